import { spawn } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { runCommandLine } from "../../server/commands/main";
import { EVERYTHING, FIXTURES, ROOT } from "../helpers/targets";

const OFFICIAL = path.join(ROOT, "node_modules/@modelcontextprotocol/inspector/clients/cli/build/index.js");

/** The official CLI 2.12.0 (a devDependency) run as a user would, stdin closed: its exit code and stderr. */
function official(argv: string[]): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [OFFICIAL, ...argv], { stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    child.once("close", (code) => resolve({ code, err }));
  });
}

/** A loopback HTTP server answering every request with `status`; its /mcp URL, and a close. */
async function answering(status: number): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    req.resume();
    res.writeHead(status).end("x");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** `inspector ARGV` in-process: stdout, stderr and the exit code. */
async function inspector(argv: string[]) {
  let out = "";
  let err = "";
  const code = await runCommandLine(argv, {}, { out: (s) => void (out += s + "\n"), err: (s) => void (err += s + "\n") });
  return { code, out, err };
}

describe("--cli where it meets the official CLI 2.12.0 (issue 37 item 7)", () => {
  test("roots are offered by default, as the official: the everything server lists get-roots-list, and roots/list is answered empty", async () => {
    const r = await inspector(["--cli", process.execPath, EVERYTHING, "stdio", "--method", "tools/list"]);
    expect(r.code, r.err).toBe(0);
    const names = JSON.parse(r.out).tools.map((t: { name: string }) => t.name);
    expect(names).toContain("get-roots-list");
    expect(names).toHaveLength(14);
    const call = await inspector([
      "--cli",
      process.execPath,
      EVERYTHING,
      "stdio",
      "--method",
      "tools/call",
      "--tool-name",
      "get-roots-list",
    ]);
    expect(call.code, call.err).toBe(0);
    expect(JSON.parse(call.out).content[0].text).toMatch(/^The client supports roots but no roots are currently configured/);
  });

  test("a stdio server's stderr passes through to stderr (escaped); stdout stays the JSON result; -q silences it", async () => {
    const argv = ["--cli", "-e", "SKILLS_MODE=good", process.execPath, path.join(FIXTURES, "skills-server.mjs"), "--method", "skills/list"];
    const r = await inspector(argv);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain("skills-server: ready");
    expect(JSON.parse(r.out).skills).toHaveLength(2);
    const quiet = await inspector([...argv, "-q"]);
    expect(quiet.err).not.toContain("skills-server: ready");
  });

  test("a missing command and a server that exits at start: exit 4 (the official's 1; the README's table says why), with the reason", async () => {
    const missing = await inspector(["--cli", "no-such-command-for-the-contract-test", "--method", "tools/list"]);
    expect(missing.code).toBe(4);
    expect(missing.err).toMatch(/no-such-command-for-the-contract-test/);
    const exits = await inspector(["--cli", process.execPath, path.join(FIXTURES, "no-such-script.mjs"), "--method", "tools/list"]);
    expect(exits.code).toBe(4);
    expect(exits.err).toMatch(/Cannot find module/);
  });

  test("the exit for a failed connection is the official's: HTTP 500 to initialize 1 (the server failed, it was reached), 401 3; check agrees", async () => {
    for (const [status, exit] of [
      [500, 1],
      [401, 3],
    ] as const) {
      const server = await answering(status);
      try {
        const theirs = await official(["--server-url", server.url, "--method", "tools/list"]);
        const ours = await inspector(["--cli", "--server-url", server.url, "--method", "tools/list"]);
        const check = await inspector(["check", "--server-url", server.url]);
        expect(theirs.code, theirs.err).toBe(exit);
        expect(ours.code, ours.err).toBe(exit);
        expect(check.code, check.out).toBe(exit);
      } finally {
        await server.close();
      }
    }
  });
});
