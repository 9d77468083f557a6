import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { runCommandLine } from "../../server/commands/main";
import { loadSession } from "../../server/record/session-loader";
import { parseSession, type SessionFile } from "../../lib/session/file";
import { EVERYTHING, FIXTURES } from "../helpers/targets";

// Issue 36 item 1: a recording without a browser. --cli, check and --cli --load take
// --save-session FILE and write the run's record, redacted as the page's export, pass or fail.

const SECRET = "s3cr3t-Value-7f2c9e";
const EVERYTHING_STDIO = [process.execPath, EVERYTHING, "stdio"];
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "save-session-"));
});

async function run(argv: string[]) {
  let out = "";
  let err = "";
  const code = await runCommandLine(argv, {}, { out: (s) => void (out += s + "\n"), err: (s) => void (err += s + "\n") });
  return { code, out, err };
}

/** The file as `inspector --open` reads it (the one loader every command uses), and its raw text. */
async function opened(file: string): Promise<{ session: SessionFile; text: string }> {
  const text = readFileSync(file, "utf8");
  const parsed = parseSession(text);
  expect(parsed.ok, parsed.ok ? "" : parsed.message).toBe(true);
  const loaded = await loadSession(file);
  expect(loaded.ok, loaded.ok ? "" : loaded.message).toBe(true);
  return { session: (loaded as { session: SessionFile }).session, text };
}

const methods = (s: SessionFile) =>
  s.entries.flatMap((e) =>
    e.kind === "message" && typeof (e.message as { method?: unknown }).method === "string"
      ? [String((e.message as { method: string }).method)]
      : [],
  );

describe("--cli --save-session", () => {
  test("a passing call: the file opens, holds the call and its answer, names the env variable but never its value; the line is on stderr, not stdout", async () => {
    const file = path.join(dir, "new-folder/echo.mcp-session.json");
    const r = await run([
      "--cli",
      "-e",
      `API_TOKEN=${SECRET}`,
      "--method",
      "tools/call",
      "--tool-name",
      "echo",
      "--tool-arg",
      `message=the token is ${SECRET}`,
      "--save-session",
      file,
      ...EVERYTHING_STDIO,
    ]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain(`inspector: session saved to ${file}`);
    expect(r.out).not.toContain("session saved");
    expect(JSON.parse(r.out).content[0].text).toContain("the token is");
    const { session, text } = await opened(file);
    expect(text).not.toContain(SECRET);
    expect(session.target).toMatchObject({ transport: "stdio", envNames: ["API_TOKEN"] });
    expect(methods(session)).toEqual(expect.arrayContaining(["initialize", "tools/call"]));
    expect(session.negotiated?.serverInfo).toMatchObject({ name: expect.any(String) });
    expect(session.redactions.some((n) => n.what === "value of API_TOKEN")).toBe(true);
  });

  test("a failed connect (exit 4): the file still holds the server's stderr and its exit, with the env value it printed redacted", async () => {
    const file = path.join(dir, "failed-connect.mcp-session.json");
    const leak = `process.stderr.write("starting with " + process.env.API_TOKEN + "\\n"); process.exit(7)`;
    const r = await run([
      "--cli",
      "-e",
      `API_TOKEN=${SECRET}`,
      "--method",
      "ping",
      "--save-session",
      file,
      "--",
      process.execPath,
      "-e",
      leak,
    ]);
    expect(r.code, r.err).toBe(4);
    expect(r.err).toContain(`session saved to ${file}`);
    const { session, text } = await opened(file);
    expect(text).not.toContain(SECRET);
    const stderr = session.entries.filter((e) => e.kind === "stderr").map((e) => (e as { text: string }).text);
    expect(stderr.join("\n")).toContain("starting with [redacted: value of API_TOKEN]");
    expect(session.entries.find((e) => e.kind === "lifecycle" && e.event === "exited")).toMatchObject({ code: 7 });
    expect(session.entries.at(-1)).toMatchObject({ kind: "lifecycle", event: "connect-failed" });
  });

  test("a path that cannot be written is a usage error before connecting (exit 1 as --cli's usage errors), naming the flag", async () => {
    const blocker = path.join(dir, "a-file");
    writeFileSync(blocker, "");
    // The target would fail to start (exit 4) if the run got as far as connecting.
    const r = await run(["--cli", "--method", "ping", "--save-session", path.join(blocker, "x.json"), "no-such-command-xyz"]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--save-session: .*a-file is not a folder/);
    expect(r.err).not.toMatch(/no-such-command-xyz/);
    const folder = await run(["--cli", "--method", "ping", "--save-session", dir, "no-such-command-xyz"]);
    expect(folder.code).toBe(1);
    expect(folder.err).toMatch(/--save-session: .* is a folder/);
    if (process.getuid?.() !== 0) {
      const ro = path.join(dir, "read-only");
      await import("node:fs").then((fs) => fs.mkdirSync(ro));
      chmodSync(ro, 0o500);
      const denied = await run(["--cli", "--method", "ping", "--save-session", path.join(ro, "s.json"), "no-such-command-xyz"]);
      expect(denied.code).toBe(1);
      expect(denied.err).toMatch(/--save-session: cannot write .*permission denied/);
    }
  });
});

describe("check --save-session", () => {
  test("a failed check (exit 1, the broken server): the whole conversation, probes included, in a file that opens", async () => {
    const file = path.join(dir, "check-broken.mcp-session.json");
    const r = await run([
      "check",
      "-e",
      `API_TOKEN=${SECRET}`,
      "--save-session",
      file,
      process.execPath,
      path.join(FIXTURES, "broken-server.mjs"),
    ]);
    expect(r.code, r.out).toBe(1);
    expect(r.err).toContain(`session saved to ${file}`);
    expect(r.out).not.toContain("session saved");
    const { session, text } = await opened(file);
    expect(text).not.toContain(SECRET);
    expect(methods(session)).toEqual(expect.arrayContaining(["initialize", "tools/list", "ping"]));
    expect(session.entries.some((e) => e.kind === "stdout-noise")).toBe(true);
  });

  test("a check that cannot connect (exit 4) still writes the file, with the server's stderr", async () => {
    const file = path.join(dir, "check-crash.mcp-session.json");
    const r = await run(["check", "--format", "json", "--save-session", file, process.execPath, path.join(FIXTURES, "crash.mjs"), "init"]);
    expect(r.code).toBe(4);
    JSON.parse(r.out);
    const { session } = await opened(file);
    expect(session.entries.some((e) => e.kind === "stderr" && e.text.includes("crash fixture"))).toBe(true);
  });
});

describe("--cli --load --save-session", () => {
  test("the handshake and the calls in a file that opens; the env value redacted", async () => {
    const file = path.join(dir, "load.mcp-session.json");
    const r = await run([
      "--cli",
      "-e",
      `API_TOKEN=${SECRET}`,
      "--method",
      "tools/call",
      "--tool-name",
      "echo",
      "--tool-arg",
      `message=${SECRET}`,
      "--load",
      "--load-requests",
      "20",
      "--format",
      "json",
      "--save-session",
      file,
      ...EVERYTHING_STDIO,
    ]);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).result.requests).toBe(20);
    expect(r.err).toContain(`session saved to ${file}`);
    const { session, text } = await opened(file);
    expect(text).not.toContain(SECRET);
    const calls = methods(session).filter((m) => m === "tools/call");
    expect(calls.length).toBe(20);
    expect(methods(session)[0]).toBe("initialize");
  });
});

describe("--help", () => {
  test.each([["--cli"], ["check"], ["--cli", "--load"]])("%s --help lists --save-session FILE", async (...words) => {
    const r = await run([...words, "--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/--save-session FILE\s+also write the run's record as a session file/);
  });
  test("the page does not take it, and says which commands do", async () => {
    const r = await run(["--save-session", "x.json"]);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/--save-session/);
    expect(r.err).toMatch(/check/);
    expect(existsSync("x.json")).toBe(false);
  });
});
