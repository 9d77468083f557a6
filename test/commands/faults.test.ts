import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runCommandLine } from "../../server/commands/main";
import { parseSession } from "../../lib/session/file";
import { FIXTURES, ROOT, freePort } from "../helpers/targets";
// @ts-expect-error a plain .mjs fixture, typed where it is used
import { startHttpFaults as startHttpFaultsUntyped } from "../fixtures/http-faults.mjs";

// Issue 91: every fault ends in words, an exit code and a recording, on every command. Each
// command that connects (--cli, check, test, replay, a load run) against each fault: an HTTP
// server that resets mid-answer, answers 500, stalls its event stream or closes the connection,
// one that refuses the connection, a stdio server that stops reading its stdin, one killed
// mid-call. In-process (as test/commands/ runs commands); one spawned run for what only a real
// process shows (Node's silent exit 13 when nothing was left waiting on the call).

type HttpFaults = { url: string; close(): Promise<void> };
const startHttpFaults = startHttpFaultsUntyped as (mode: string) => Promise<HttpFaults>;

const STDIO = path.join(FIXTURES, "stdio-faults.mjs");
/**
 * The calls' time limit: what a stalled stream and a server that stopped reading run into. Unread
 * stdin is told from a slow server by what was sent to it waiting over a second to be written: its
 * limit leaves that second and the flood that fills the pipe room on a loaded machine. 3.5 s was
 * too little at a load of 19 on 2 cores (a fresh clone's run beside other work): the client had
 * not yet answered enough of the server's 2,000 pings to fill the pipe, and the call's timeout came
 * as a plain "did not answer" (the right words for what the client had seen by then).
 */
const timeout = (fault: Fault) => ["--request-timeout", fault === "deaf" ? "5000" : fault === "stall" ? "1000" : "2000"];

/** Each fault, and the words that name it (on stderr, whatever the command prints on stdout). */
const FAULTS = {
  // undici reports the reset as ECONNRESET, or on a loaded machine at times as "other side closed":
  // the words follow what the client saw, and either way the answer's stream was cut mid-event.
  reset: /the server (reset|closed) the connection .* in the middle of its answer's event stream/,
  500: /the server received tools\/call and answered HTTP 500/,
  stall: /its answer's event stream \(HTTP 200\) stalled/,
  close: /the server closed the connection/,
  refused: /nothing is listening|ECONNREFUSED|refused/,
  deaf: /the server is not reading its stdin/,
  killed: /the server was killed by SIGKILL before answering tools\/call/,
} as const;
type Fault = keyof typeof FAULTS;
const COMMANDS = ["cli", "check", "test", "replay", "load"] as const;
type CommandName = (typeof COMMANDS)[number];

/**
 * The exit code each command gives a fault in the middle of a call: a failed call (1); a load run
 * counts its failed calls and finishes (0, as the official CLI) unless the server died (the
 * connection was lost: 1). A refused connection never came up: 4, and replay's 2 (no connection).
 */
function exitOf(command: CommandName, fault: Fault): number {
  if (fault === "refused") return command === "replay" ? 2 : 4;
  if (command === "load") return fault === "killed" ? 1 : 0;
  return 1;
}

let dir: string;
let collection: string;
const recordings: Record<"http" | "stdio", string> = { http: "", stdio: "" };
const servers: HttpFaults[] = [];
const urls: Partial<Record<Fault, string>> = {};

async function run(argv: string[]) {
  let out = "";
  let err = "";
  const code = await runCommandLine(
    argv,
    { PATH: process.env.PATH },
    { out: (s) => void (out += s + "\n"), err: (s) => void (err += s + "\n") },
  );
  return { code, out, err };
}

const isStdio = (f: Fault) => f === "deaf" || f === "killed";

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "faults-"));
  collection = path.join(dir, "fault.mcp-tests.yaml");
  writeFileSync(collection, "version: 1\nsteps:\n  - name: the fault\n    tool: fault\n    expect:\n      - isError: false\n");
  const ok = await startHttpFaults("ok");
  servers.push(ok);
  for (const mode of ["reset", "500", "stall", "close"] as const) {
    const s = await startHttpFaults(mode);
    servers.push(s);
    urls[mode] = s.url;
  }
  urls.refused = `http://127.0.0.1:${await freePort()}/mcp`;
  // What replay replays: the call answered, recorded from the same servers in their "ok" mode.
  const call = ["--cli", "--method", "tools/call", "--tool-name", "fault", "--save-session"];
  recordings.http = path.join(dir, "recorded-http.mcp-session.json");
  recordings.stdio = path.join(dir, "recorded-stdio.mcp-session.json");
  expect((await run([...call, recordings.http, "--server-url", ok.url])).code).toBe(0);
  expect((await run([...call, recordings.stdio, process.execPath, STDIO, "ok"])).code).toBe(0);
});

afterAll(async () => {
  for (const s of servers) await s.close();
});

function argvOf(command: CommandName, fault: Fault, saved: string): string[] {
  const TIMEOUT = timeout(fault);
  const target = isStdio(fault) ? [process.execPath, STDIO, fault] : ["--server-url", urls[fault]!];
  const save = ["--save-session", saved];
  const call = ["--method", "tools/call", "--tool-name", "fault"];
  switch (command) {
    case "cli":
      return ["--cli", ...call, ...TIMEOUT, ...save, ...target];
    case "check":
      return ["check", ...TIMEOUT, ...save, ...target];
    case "test":
      return ["test", collection, ...TIMEOUT, ...save, ...target];
    case "replay":
      return [
        "replay",
        isStdio(fault) ? recordings.stdio : recordings.http,
        ...TIMEOUT,
        ...save,
        ...(isStdio(fault) ? ["--command", `${process.execPath} ${STDIO} ${fault}`] : target),
      ];
    case "load":
      return ["--cli", ...call, "--load", "--load-requests", "1", "--load-concurrency", "1", ...TIMEOUT, ...save, ...target];
  }
}

describe.concurrent.each(Object.keys(FAULTS) as Fault[])("%s", (fault) => {
  test.each(COMMANDS)("%s: a line on stderr names it, the exit code says it, the session is saved", async (command) => {
    const saved = path.join(dir, `${fault}-${command}.mcp-session.json`);
    const r = await run(argvOf(command, fault, saved));
    expect(r.err, `${command} on ${fault}: stdout was\n${r.out}`).toMatch(FAULTS[fault]);
    expect(r.code, r.err).toBe(exitOf(command, fault));
    // The report names it too (--cli prints no result when its call failed; replay and a load run
    // that never connected print no report).
    if (command !== "cli" && fault !== "refused") expect(r.out).toMatch(FAULTS[fault]);
    expect(r.err).toContain(`session saved to ${saved}`);
    const session = parseSession(readFileSync(saved, "utf8"));
    expect(session.ok, session.ok ? "" : session.message).toBe(true);
  });
});

describe("what a fault leaves in the record and the JSON envelope", () => {
  test("--cli --format json on a reset mid-answer: the envelope names the fault; the record keeps the half-written event, as received", async () => {
    const saved = path.join(dir, "reset-json.mcp-session.json");
    const r = await run([
      "--cli",
      "--method",
      "tools/call",
      "--tool-name",
      "fault",
      "--format",
      "json",
      "--save-session",
      saved,
      "--server-url",
      urls.reset!,
    ]);
    expect(r.code).toBe(1);
    const envelope = JSON.parse(r.err.trim().split("\n").at(-1)!);
    expect(envelope.error).toMatchObject({ code: expect.stringMatching(/^connection_(reset|closed)$/), exitCode: 1 });
    const cut = JSON.parse(readFileSync(saved, "utf8")).entries.find(
      (e: { kind: string; reason?: string }) => e.kind === "http" && /middle of an event/.test(e.reason ?? ""),
    );
    expect(cut.text).toMatch(/^id: half-1\ndata: \{"jsonrpc":"2.0","id":\d+,"result":\{"content":\[\{"type":"text","text":"par$/);
    expect(cut.reason).toMatch(/(reset|closed) the connection/);
  });

  test("a stalled stream: its half-written event is in the record when the call gives up", async () => {
    const saved = path.join(dir, "stall-record.mcp-session.json");
    const r = await run([
      "--cli",
      "--method",
      "tools/call",
      "--tool-name",
      "fault",
      "--request-timeout",
      "500",
      "--save-session",
      saved,
      "--server-url",
      urls.stall!,
    ]);
    expect(r.code).toBe(1);
    const entries = JSON.parse(readFileSync(saved, "utf8")).entries as Array<{ kind: string; reason?: string; text?: string }>;
    expect(entries.find((e) => e.kind === "http" && /stalled in the middle of an event/.test(e.reason ?? ""))?.text).toMatch(
      /^id: half-1\ndata: /,
    );
  });

  test("an HTTP 500 says the server received the call, not that it was not sent; the envelope's code is http_status", async () => {
    const r = await run(["--cli", "--method", "tools/call", "--tool-name", "fault", "--format", "json", "--server-url", urls[500]!]);
    expect(r.err).not.toMatch(/was not sent/);
    expect(JSON.parse(r.err.trim().split("\n").at(-1)!).error).toMatchObject({
      code: "http_status",
      message: expect.stringContaining("internal error: the tool blew up"),
    });
  });
});

test("spawned: a reset mid-answer ends the process with its words, exit 1 and the session file (it was Node's silent exit 13)", async () => {
  const saved = path.join(dir, "spawned-reset.mcp-session.json");
  const bin = path.join(ROOT, "bin/inspector.mjs");
  const argv = [
    bin,
    "--cli",
    "--method",
    "tools/call",
    "--tool-name",
    "fault",
    "--format",
    "json",
    "--save-session",
    saved,
    "--server-url",
    urls.reset!,
  ];
  const r = await promisify(execFile)(process.execPath, argv, { cwd: ROOT }).then(
    (ok) => ({ code: 0, stderr: ok.stderr }),
    (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
  );
  expect(r.code, r.stderr).toBe(1);
  expect(JSON.parse(r.stderr.trim().split("\n").at(-1)!).error.code).toMatch(/^connection_(reset|closed)$/);
  expect(existsSync(saved)).toBe(true);
});
