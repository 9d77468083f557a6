import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runCommandLine } from "../server/commands/main";
import { LoadReportSchema, LoadSummarySchema } from "../lib/load/summary";
import { EVERYTHING, FIXTURES, ROOT } from "./helpers/targets";
import { startEverythingHttp } from "./helpers/http-everything";

// `inspector --cli … --load` against real servers, in-process; the official CLI 2.12.0 spawned beside it.

const OFFICIAL = path.join(ROOT, "node_modules/@modelcontextprotocol/inspector/clients/cli/build/index.js");
const EVERYTHING_STDIO = [process.execPath, EVERYTHING, "stdio"];
const ECHO = ["--method", "tools/call", "--tool-name", "echo", "--tool-arg", "message=hi", "--load"];

async function run(argv: string[]) {
  let out = "";
  let err = "";
  const code = await runCommandLine(["--cli", ...argv], {}, { out: (s) => void (out += s + "\n"), err: (s) => void (err += s + "\n") });
  return { code, out, err, json: () => JSON.parse(out) };
}

/** Each key's type, nested one level (latencyMs), as a script reading the summary sees it. */
function shape(o: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(o)) {
    out[k] = Array.isArray(v) ? "array" : v === null ? "null" : typeof v;
    if (v && typeof v === "object" && !Array.isArray(v)) for (const [k2, v2] of Object.entries(v)) out[`${k}.${k2}`] = typeof v2;
  }
  return out;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "load-"));
});

/** The official CLI 2.12.0's run, as a child (so ours runs beside it): its exit code, stdout and stderr. */
function runOfficial(argv: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [OFFICIAL, ...argv], { encoding: "utf8", timeout: 30_000 }, (error, stdout, stderr) =>
      resolve({ status: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

// The tests run at once where each starts its own server and no verdict rests on a latency another
// run could slow (the thresholds and baselines below run alone): most of the time is servers starting.
describe.concurrent("the summary matches the official CLI's", () => {
  test.each([
    ["count-bounded", ["--load-requests", "200"]],
    ["duration-bounded", ["--load-duration", "0.3", "--load-rate", "500"]],
  ])("--format json: the same keys, in the same order, of the same types, under result (%s run)", async (_name, bound) => {
    const [official, ours] = await Promise.all([
      runOfficial([...EVERYTHING_STDIO, ...ECHO, ...bound, "--format", "json"]),
      run([...EVERYTHING_STDIO, ...ECHO, ...bound, "--format", "json"]),
    ]);
    expect(official.status, official.stderr).toBe(0);
    const theirs = JSON.parse(official.stdout).result;
    expect(ours.code, ours.err).toBe(0);
    const mine = ours.json().result;
    expect(Object.keys(mine)).toEqual(Object.keys(theirs));
    expect(shape(mine)).toEqual(shape(theirs));
    expect(mine).toMatchObject({ tool: "echo", concurrency: 10, errors: 0, errorMessages: [] });
    expect(mine.ok).toBe(mine.requests);
  });

  test("text: the summary itself, pretty, on stdout; how it was measured on stderr; the requests counted exactly", async () => {
    const r = await run([...EVERYTHING_STDIO, ...ECHO, "--load-requests", "150", "--load-concurrency", "4"]);
    expect(r.code, r.err).toBe(0);
    const s = LoadSummarySchema.parse(r.json());
    expect(s).toMatchObject({ tool: "echo", concurrency: 4, requestLimit: 150, requests: 150, ok: 150, errorRate: 0 });
    expect(r.out).toContain('\n  "tool": "echo"');
    expect(r.err).toMatch(/the inspector's own time per call: [\d.]+ ms/);
  });

  test("--format json's details: the report schema, the wire latency beside the call latency, a histogram of every call, a sample kept instead of every frame", async () => {
    const r = await run([...EVERYTHING_STDIO, ...ECHO, "--load-requests", "300", "--load-warmup", "20", "--format", "json"]);
    expect(r.code, r.err).toBe(0);
    const report = LoadReportSchema.parse({ format: "mcp-inspector-load", version: 1, ...r.json() });
    const d = report.details;
    expect(report.result.requests).toBe(300);
    expect(d.warmup).toBe(20);
    expect(d.percentiles).toBe("exact");
    expect(d.histogram.reduce((n, b) => n + b.count, 0)).toBe(300);
    expect(d.wireLatencyMs!.p50).toBeLessThanOrEqual(report.result.latencyMs!.p50);
    expect(d.overheadMsPerCall).toBeGreaterThanOrEqual(0);
    // 320 calls are 640 frames: five slowest pairs are kept, the rest counted.
    expect(d.sampled.kept.filter((e) => e.kind === "message").length).toBe(10);
    expect(d.sampled.framesNotKept).toBeGreaterThan(600);
  });

  test("--tool-args-json and a rate: no more calls start than the rate allows in the duration", async () => {
    const r = await run([
      ...EVERYTHING_STDIO,
      "--method",
      "tools/call",
      "--tool-name",
      "get-sum",
      "--tool-args-json",
      '{"a":1,"b":2}',
      "--load",
      "--load-rate",
      "100",
      "--load-duration",
      "0.3",
      "--format",
      "json",
    ]);
    expect(r.code, r.err).toBe(0);
    const s = r.json().result;
    expect(s).toMatchObject({ tool: "get-sum", rate: 100, durationMs: 300, errors: 0, toolErrors: 0 });
    expect(s.requests).toBeGreaterThan(0);
    expect(s.requests).toBeLessThanOrEqual(30);
  });
});

describe.concurrent("errors and tool errors are counted and grouped", () => {
  test("a tool that fails now and then: JSON-RPC errors under errorMessages, isError results counted as toolErrors and grouped in details", async () => {
    const r = await run([
      process.execPath,
      path.join(FIXTURES, "load-dies.mjs"),
      "--method",
      "tools/call",
      "--tool-name",
      "flaky",
      "--load",
      "--load-requests",
      "30",
      "--load-concurrency",
      "1",
      "--format",
      "json",
    ]);
    expect(r.code, r.err).toBe(0);
    const { result, details } = r.json();
    expect(result).toMatchObject({ requests: 30, errors: 10, toolErrors: 4, ok: 16, errorRate: 0.4667 });
    expect(result.errorMessages).toEqual([{ message: "MCP error -32000: flaky: try again", count: 10 }]);
    expect(details.toolErrorMessages).toEqual([{ message: "flaky: tool said no", count: 4 }]);
  });

  test("a server that dies mid-run: the summary still prints with the failed calls counted; exit 1", async () => {
    const r = await run([
      process.execPath,
      path.join(FIXTURES, "load-dies.mjs"),
      "50",
      "--method",
      "tools/call",
      "--tool-name",
      "work",
      "--load",
      "--load-duration",
      "20",
      "--format",
      "json",
    ]);
    expect(r.code).toBe(1);
    const { result, details } = r.json();
    expect(result.ok).toBe(50);
    expect(result.errors).toBeGreaterThan(0);
    expect(result.requests).toBe(result.ok + result.errors);
    expect(details.stopReason).toBe("connection-lost");
    expect(details.connectionLost).toMatch(/exited with code 3/);
    expect(r.err).toMatch(/connection was lost mid-run/);
  });

  test("a server whose exit is heard before its stdout ends: the run stops at the loss, not at its 20 s deadline", async () => {
    // Calls on an exited server fail at once; the run must still let the stdout's end (the
    // connection's close) be heard, or it spins to the deadline holding the whole process.
    const r = await run([
      process.execPath,
      path.join(FIXTURES, "load-dies.mjs"),
      "50",
      "late",
      ...["--method", "tools/call", "--tool-name", "work", "--load", "--load-duration", "20", "--format", "json"],
    ]);
    expect(r.code).toBe(1);
    const { result, details } = r.json();
    // The 50 before the exit and the late one.
    expect(result.ok).toBe(51);
    expect(details.stopReason).toBe("connection-lost");
    expect(result.elapsedMs).toBeLessThan(20_000);
  });

  test("a tool the server does not have: exit 5, as the official CLI", async () => {
    const r = await run([
      ...EVERYTHING_STDIO,
      "--method",
      "tools/call",
      "--tool-name",
      "no-such-tool",
      "--load",
      "--load-requests",
      "5",
      "--format",
      "json",
    ]);
    expect(r.code).toBe(5);
    // The envelope goes to stderr, as the official CLI's (its handleError) and the README say; stdout stays empty.
    expect(r.out).toBe("");
    expect(JSON.parse(r.err)).toMatchObject({ error: { code: "tool_not_found", message: "Tool 'no-such-tool' not found on server." } });
  });
});

describe("thresholds and baselines decide the exit code", () => {
  const base = [...EVERYTHING_STDIO, ...ECHO, "--load-requests", "100"];
  test("--load-max-p99 and --load-max-error-rate: exit 0 within them, 1 beyond, the failed check named", async () => {
    expect((await run([...base, "--load-max-p99", "60000", "--load-max-error-rate", "0"])).code).toBe(0);
    const slow = await run([...base, "--load-max-p99", "0.001"]);
    expect(slow.code).toBe(1);
    expect(slow.err).toMatch(/FAILED: p99 ≤ 0\.001 ms/);
    const failing = await run([
      ...EVERYTHING_STDIO,
      "--method",
      "tools/call",
      "--tool-name",
      "echo",
      "--load",
      "--load-requests",
      "20",
      "--load-max-error-rate",
      "0.5",
      "-q",
    ]);
    expect(failing.code).toBe(1);
    expect(failing.err).toMatch(/load check failed: error rate ≤ 0\.5 \(got 1\)/);
  });

  test("--load-baseline: a saved summary (ours or the official's, json or text) that this run is not worse than: 0; one far faster: 1", async () => {
    const json = await run([...base, "--format", "json"]);
    const ok = path.join(dir, "ok.json");
    writeFileSync(
      ok,
      JSON.stringify({ result: { ...json.json().result, throughput: 1, latencyMs: { ...json.json().result.latencyMs, p99: 60_000 } } }),
    );
    expect((await run([...base, "--load-baseline", ok])).code).toBe(0);
    const fast = path.join(dir, "fast.json");
    writeFileSync(fast, JSON.stringify({ ...json.json().result, throughput: 1e9 }, null, 2));
    const r = await run([...base, "--load-baseline", fast, "--load-tolerance", "10"]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/FAILED: throughput ≥ baseline's 1000000000\/s − 10 %/);
  });

  test("--format junit: a test case per check, a failure for the one exceeded", async () => {
    const r = await run([...base, "--load-max-p99", "0.001", "--load-max-error-rate", "1", "--format", "junit"]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/<testsuites name="inspector load" tests="3" failures="1" errors="0">/);
    expect(r.out).toMatch(/<testcase classname="load.checks" name="p99 ≤ 0.001 ms">\s*<failure type="threshold"/);
  });
});

describe.concurrent("bad input: a usage error naming the flag, exit 1", () => {
  const cases: Array<[string[], RegExp]> = [
    [[...EVERYTHING_STDIO, "--method", "tools/call", "--load"], /--load requires --tool-name/],
    [[...EVERYTHING_STDIO, "--method", "tools/list", "--load"], /--load requires --method tools\/call/],
    [[...EVERYTHING_STDIO, ...ECHO, "--load-concurrency", "0"], /--load-concurrency must be a positive integer, got "0"/],
    [[...EVERYTHING_STDIO, ...ECHO, "--load-concurrency", "-3"], /--load-concurrency must be a positive integer/],
    [[...EVERYTHING_STDIO, ...ECHO, "--load-rate", "0"], /--load-rate must be a positive number, got "0"/],
    [[...EVERYTHING_STDIO, ...ECHO, "--load-rate", "-5"], /--load-rate must be a positive number/],
    [[...EVERYTHING_STDIO, ...ECHO, "--load-duration", "ten"], /--load-duration must be a positive number of seconds, got "ten"/],
    [[...EVERYTHING_STDIO, "--method", "tools/call", "--tool-name", "echo", "--load-requests", "5"], /--load-requests requires --load/],
    [[...EVERYTHING_STDIO, ...ECHO, "--output", "x.json"], /--load cannot be combined with --output/],
    [
      [...EVERYTHING_STDIO, ...ECHO, "--load-baseline", "/nonexistent/base.json"],
      /--load-baseline: cannot read \/nonexistent\/base.json: no such file/,
    ],
  ];
  test.each(cases)("%j", async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
    expect(r.out).toBe("");
  });
});

describe.concurrent("over Streamable HTTP and SSE", () => {
  const servers: Array<{ stop(): void }> = [];
  afterAll(() => servers.forEach((s) => s.stop()));
  test.each(["streamableHttp", "sse"] as const)("%s: every call ok, the transport in the details", async (mode) => {
    const server = await startEverythingHttp(mode);
    servers.push(server);
    const r = await run(["--server-url", server.url, ...ECHO, "--load-requests", "100", "--format", "json"]);
    expect(r.code, r.err).toBe(0);
    expect(r.json().result).toMatchObject({ requests: 100, ok: 100, errors: 0 });
    expect(r.json().details.transport).toBe(mode === "sse" ? "sse" : "http");
  });
});
