import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runCommandLine } from "../server/commands/main";

// Issue 48, point 7: `check` reads and does not act unless asked; its exit codes for a failed
// connection are `--cli`'s (the official CLI's); `--load --format json` puts its error envelope
// on stderr, always. Point 5 (CLI side): tool_not_found comes from the tool list, not the text.

const SERVER = path.join(import.meta.dirname, "commands/fixtures/acting-server.mjs");

async function inspector(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCommandLine(argv, { ...process.env }, { out: (s) => void out.push(s), err: (s) => void err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

function actLog(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), "check-read-only-")), "acted.log");
}
const acted = (file: string) => (existsSync(file) ? readFileSync(file, "utf8").trim().split("\n") : []);

describe("check only reads unless asked", () => {
  test("a prompt with a required argument is not run without --call-tools: a skip that names the flag, nothing acted", async () => {
    const log = actLog();
    const r = await inspector(["check", "--format", "json", "-e", `ACT_LOG=${log}`, process.execPath, SERVER]);
    const report = JSON.parse(r.out) as { probes: Array<{ id: string; status: string; message: string }> };
    const byId = Object.fromEntries(report.probes.map((p) => [p.id, p]));
    expect(byId["prompt-get/run"]).toMatchObject({ status: "skip" });
    expect(byId["prompt-get/run"].message).toContain("--call-tools");
    // A prompt without arguments is only read: still probed.
    expect(byId["prompt-get/hello"]).toMatchObject({ status: "pass" });
    expect(acted(log)).toEqual([]);
    expect(r.code).toBe(0);
  });

  test("with --call-tools the prompt runs with a guessed argument, as tools do", async () => {
    const log = actLog();
    const r = await inspector(["check", "--call-tools", "--format", "json", "-e", `ACT_LOG=${log}`, process.execPath, SERVER]);
    const report = JSON.parse(r.out) as { probes: Array<{ id: string; status: string }> };
    expect(report.probes.find((p) => p.id === "prompt-get/run")).toMatchObject({ status: "pass" });
    expect(acted(log)).toContain('prompt run "test"');
  });
});

/** An HTTP server that answers every request with `status`. */
function answering(status: number) {
  let url = "";
  const server = http.createServer((req, res) => {
    req.resume();
    res.writeHead(status, { "content-type": "text/plain" }).end(`status ${status}`);
  });
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  return () => url;
}

describe("a failed connection exits as --cli does (the official CLI's codes)", () => {
  const unauthorized = answering(401);
  const broken = answering(500);

  test("401: check and --cli both exit 3 (authorization required)", async () => {
    const check = await inspector(["check", "--auth", "off", "--server-url", unauthorized()]);
    const cli = await inspector(["--cli", "--auth", "off", "--server-url", unauthorized(), "--method", "tools/list"]);
    expect(cli.code, cli.err).toBe(3);
    expect(check.code, check.out).toBe(3);
  });

  test("HTTP 500 to initialize: the server's failure, not unreachable: check and --cli both exit 1", async () => {
    const check = await inspector(["check", "--server-url", broken()]);
    const cli = await inspector(["--cli", "--server-url", broken(), "--method", "tools/list"]);
    expect(check.out).toMatch(/^inspector check: the server at http:\S+ \(Streamable HTTP\) failed the connection: HTTP 500/);
    expect(check.code, check.out).toBe(1);
    expect(cli.code, cli.err).toBe(1);
  });

  test("nothing listening: both exit 4 (unreachable)", async () => {
    const server = http.createServer();
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`;
    await new Promise<void>((r) => server.close(() => r()));
    expect((await inspector(["check", "--server-url", url])).code).toBe(4);
    expect((await inspector(["--cli", "--server-url", url, "--method", "tools/list"])).code).toBe(4);
  });
});

describe("--load --format json: the error envelope goes to stderr, one in every failure", () => {
  const load = ["--method", "tools/call", "--tool-name", "echo", "--tool-arg", "message=hi", "--load", "--load-requests", "3"];

  test("the server cannot be reached: an unreachable envelope on stderr, nothing on stdout, exit 4", async () => {
    const r = await inspector(["--cli", "no-such-server-xyz", ...load, "--format", "json"]);
    expect(r.code).toBe(4);
    expect(r.out).toBe("");
    const envelope = JSON.parse(r.err.split("\n").find((l) => l.startsWith("{"))!) as { error: Record<string, unknown> };
    expect(envelope.error).toMatchObject({ code: "unreachable", exitCode: 4 });
    expect(String(envelope.error.message)).toContain("no-such-server-xyz");
  });

  test("the tool is not on the server: a tool_not_found envelope on stderr, nothing on stdout, exit 5", async () => {
    const r = await inspector(["--cli", process.execPath, SERVER, ...load.map((w) => (w === "echo" ? "nope" : w)), "--format", "json"]);
    expect(r.code).toBe(5);
    expect(r.out).toBe("");
    const envelope = JSON.parse(r.err.split("\n").find((l) => l.startsWith("{"))!) as { error: Record<string, unknown> };
    expect(envelope.error).toMatchObject({ code: "tool_not_found", exitCode: 5 });
  });
});

describe("--cli: tool_not_found comes from the protocol, not the message's words", () => {
  test("-32602 'Invalid arguments for tool echo' for a listed tool is a failed call (exit 1), not an unknown tool", async () => {
    const r = await inspector(["--cli", process.execPath, SERVER, "--method", "tools/call", "--tool-name", "echo", "--format", "json"]);
    expect(r.code).toBe(1);
    const envelope = JSON.parse(r.err) as { error: Record<string, unknown> };
    expect(envelope.error).toMatchObject({ code: "error", rpcCode: -32602 });
  });

  test("a tool the server does not list is tool_not_found (exit 5), whatever its error says", async () => {
    const r = await inspector(["--cli", process.execPath, SERVER, "--method", "tools/call", "--tool-name", "nope", "--format", "json"]);
    expect(r.code).toBe(5);
    const envelope = JSON.parse(r.err) as { error: Record<string, unknown> };
    expect(envelope.error).toMatchObject({ code: "tool_not_found", rpcCode: -32602 });
  });
});
