import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runCommandLine } from "../../server/commands/main";
import { LoadReportSchema, type LoadReport } from "../../lib/load/summary";
import { FIXTURES, freePort } from "../helpers/targets";
import { startEverythingHttp } from "../helpers/http-everything";
import { ensureLocust } from "./locust-venv";
import { startOAuthFixture } from "../helpers/oauth-fixture";
import { exitedAndRead } from "../helpers/exited";

// An exported locustfile run by Locust itself (from PyPI, in the tests' own venv): a master and two
// workers on loopback against the everything server (2025-11-25, answers as SSE), one process
// against a 2026-07-28 server; the summary the master writes is compared with Locust's own
// statistics and judged by load-check. Every run is bounded: a rate, a --run-time, loopback only.

let bin: string;
let dir: string;
const servers: Array<{ stop(): void }> = [];
const children: ChildProcess[] = [];
let legacyUrl: string;
let modernUrl: string;

async function cli(argv: string[]) {
  let out = "";
  let err = "";
  const code = await runCommandLine(argv, {}, { out: (s) => void (out += s + "\n"), err: (s) => void (err += s + "\n") });
  return { code, out, err };
}

function exportFile(url: string, name: string, tool: string[], more: string[] = []) {
  const file = path.join(dir, name);
  return cli(["--cli", "--server-url", url, "--method", "tools/call", ...tool, "--load", ...more, "--load-export", "locust", file]).then(
    (r) => ({ ...r, file }),
  );
}

/** Run locust to its end (bounded by --run-time; killed past `ms`), with the summary path in its environment. */
function locust(args: string[], summary?: string, ms = 90_000): Promise<{ code: number | null; log: string }> {
  const child = spawn(path.join(bin, "locust"), args, {
    cwd: dir,
    env: { ...process.env, ...(summary ? { MCP_LOAD_SUMMARY: summary } : {}) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let log = "";
  child.stdout!.on("data", (d: Buffer) => void (log += d.toString()));
  child.stderr!.on("data", (d: Buffer) => void (log += d.toString()));
  const timer = setTimeout(() => child.kill("SIGKILL"), ms);
  return exitedAndRead(child).then(({ code }) => {
    clearTimeout(timer);
    return { code, log };
  });
}

async function startModern(): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, [path.join(FIXTURES, "modern-only-server.mjs"), "--port", "0"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let log = "";
    child.stdout!.on("data", (d: Buffer) => {
      log += d.toString();
      const m = /at (http:\/\/\S+)/.exec(log);
      if (m) resolve(m[1]);
    });
    child.once("exit", (c) => reject(new Error(`modern-only server exited with ${c}: ${log}`)));
  });
  return { url, stop: () => child.kill("SIGKILL") };
}

/** Locust's --csv stats: one row per request name. */
function csvRows(file: string): Map<string, Record<string, string>> {
  const [head, ...lines] = readFileSync(file, "utf8").trim().split("\n");
  const keys = head.split(",");
  return new Map(
    lines.map((l) => {
      const cells = l.split(",");
      const row = Object.fromEntries(keys.map((k, i) => [k, cells[i]]));
      return [row.Name, row];
    }),
  );
}

const readReport = (file: string): LoadReport => LoadReportSchema.parse(JSON.parse(readFileSync(file, "utf8")));

beforeAll(async () => {
  bin = await ensureLocust();
  dir = mkdtempSync(path.join(tmpdir(), "locust-"));
  const [everything, modern] = await Promise.all([startEverythingHttp("streamableHttp"), startModern()]);
  servers.push(everything, modern);
  legacyUrl = everything.url;
  modernUrl = modern.url;
}, 300_000);

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
  for (const s of servers) s.stop();
});

// The three runs at once: Locust spends its --run-time waiting on a bounded rate (a few CPU seconds
// in all), so one after another the file mostly waited out their run-times.
describe.concurrent("a load run exported as a locustfile, run by Locust", () => {
  test("a master and two workers: the summary written to $MCP_LOAD_SUMMARY agrees with Locust's own counts, and load-check judges it", async () => {
    const exported = await exportFile(
      legacyUrl,
      "echo.py",
      ["--tool-name", "echo", "--tool-arg", "message=hi"],
      ["--load-concurrency", "4", "--load-rate", "40", "--load-duration", "4"],
    );
    expect(exported.code, exported.err).toBe(0);
    const port = await freePort();
    const summary = path.join(dir, "echo-summary.json");
    const worker = () => locust(["-f", exported.file, "--worker", "--master-host", "127.0.0.1", "--master-port", String(port)]);
    const workers = [worker(), worker()];
    const master = await locust(
      [
        "-f",
        exported.file,
        "--headless",
        "--master",
        "--master-bind-host",
        "127.0.0.1",
        "--master-bind-port",
        String(port),
        "--expect-workers",
        "2",
        "--expect-workers-max-wait",
        "60",
        "-u",
        "4",
        "-r",
        "4",
        // 10 s, not 4: in a whole run (load 9 on two cores) the two workers' users once took all of
        // 4 s to start, and the run ended with no call made (issue 76).
        "--run-time",
        "10s",
        "--csv",
        path.join(dir, "echo"),
        "--json-file",
        path.join(dir, "echo-locust"),
      ],
      summary,
    );
    expect(master.code, master.log).toBe(0);
    await Promise.all(workers);

    const report = readReport(summary);
    const s = report.result;
    expect(report.details).toMatchObject({ engine: "locust", workers: 2, transport: "http", percentiles: "locust" });
    expect(s).toMatchObject({ tool: "echo", concurrency: 4, rate: 40, durationMs: 10_000, errors: 0, toolErrors: 0, errorMessages: [] });
    // Bounded by the rate (40/s over 10 s); how many fit depends on the machine's load.
    expect(s.requests).toBeGreaterThan(0);
    // Locust's own statistics, two ways: its CSV and its JSON.
    const row = csvRows(path.join(dir, "echo_stats.csv")).get("echo")!;
    expect(Number(row["Request Count"])).toBe(s.requests);
    expect(Number(row["Failure Count"])).toBe(s.errors + s.toolErrors);
    const json = JSON.parse(readFileSync(path.join(dir, "echo-locust.json"), "utf8")) as Array<{ name: string; num_requests: number }>;
    expect(json.find((r) => r.name === "echo")?.num_requests).toBe(s.requests);
    // Each user opened its own session (the everything server refuses a call without one): at most
    // one initialize per user (4; a user spawned as the run ends may not get there), none failed.
    const rows = csvRows(path.join(dir, "echo_stats.csv"));
    expect(Number(rows.get("initialize")?.["Request Count"])).toBeGreaterThan(0);
    expect(Number(rows.get("initialize")?.["Request Count"])).toBeLessThanOrEqual(4);
    expect(Number(rows.get("initialize")?.["Failure Count"])).toBe(0);
    expect(Number(rows.get("notifications/initialized")?.["Failure Count"])).toBe(0);
    // Percentiles from Locust's histogram: the CSV's columns, held within min and max.
    const clamp = (x: number) => Math.min(Math.max(x, s.latencyMs!.min), s.latencyMs!.max);
    expect(s.latencyMs!.p50).toBeCloseTo(clamp(Number(row["50%"])), 1);
    expect(s.latencyMs!.p99).toBeCloseTo(clamp(Number(row["99%"])), 1);
    expect(report.details.throughput.reduce((n, p) => n + p.perSecond, 0)).toBe(s.requests);
    expect(report.details.histogram.reduce((n, b) => n + b.count, 0)).toBe(s.requests);

    // load-check: --load's verdicts and exit codes.
    const passes = await cli(["load-check", summary, "--load-max-error-rate", "0", "--load-baseline", summary]);
    expect(passes.code, passes.out + passes.err).toBe(0);
    expect(passes.out).toMatch(/Locust running an exported locustfile \(2 workers\)/);
    expect(passes.out).toMatch(/ok: error rate ≤ 0 \(0\)/);
    const fails = await cli(["load-check", summary, "--load-max-p99", "0.001", "--format", "json"]);
    expect(fails.code).toBe(1);
    expect(JSON.parse(fails.out).details.verdicts).toEqual([
      { check: "p99 ≤ 0.001 ms", actual: s.latencyMs!.p99, limit: 0.001, passed: false },
    ]);
    // Locust's own --json, judged the same way: the same calls counted.
    const theirs = await cli(["load-check", path.join(dir, "echo-locust.json"), "--format", "json", "--load-max-error-rate", "0"]);
    expect(theirs.code, theirs.err).toBe(0);
    expect(JSON.parse(theirs.out)).toMatchObject({
      result: { tool: "echo", requests: s.requests, errors: 0 },
      details: { source: "locust" },
    });
  }, 150_000);

  test("a 2026-07-28 server (server/discover, per-request _meta): isError results and JSON-RPC errors are failures, grouped by message", async () => {
    const toolError = await exportFile(
      modernUrl,
      "add.py",
      ["--tool-name", "add", "--tool-arg", "a=x", "--tool-arg", "b=2"],
      ["--load-concurrency", "2", "--load-rate", "20", "--protocol-era", "modern"],
    );
    expect(toolError.code, toolError.err).toBe(0);
    const missing = await exportFile(
      modernUrl,
      "missing.py",
      ["--tool-name", "no-such-tool"],
      ["--load-concurrency", "2", "--load-rate", "20"],
    );
    expect(missing.code, missing.err).toBe(0);
    const one = (file: string, summary: string) =>
      locust(["-f", file, "--headless", "-u", "2", "-r", "2", "--run-time", "4s", "--csv", summary.replace(/\.json$/, "")], summary);
    const [a, b] = [path.join(dir, "add.json"), path.join(dir, "missing.json")];
    const [ra, rb] = await Promise.all([one(toolError.file, a), one(missing.file, b)]);
    expect(ra.code, ra.log).toBe(1); // Locust exits 1 when any request failed
    expect(rb.code, rb.log).toBe(1);

    const add = readReport(a);
    expect(add.result.requests).toBeGreaterThan(0);
    expect(add.result).toMatchObject({ toolErrors: add.result.requests, errors: 0, errorRate: 1, errorMessages: [] });
    expect(add.details.toolErrorMessages).toEqual([
      { message: expect.stringMatching(/^Input validation error: .*add/), count: add.result.requests },
    ]);
    expect(Number(csvRows(path.join(dir, "add_stats.csv")).get("server/discover")?.["Failure Count"])).toBe(0);

    const gone = readReport(b);
    expect(gone.result.requests).toBeGreaterThan(0);
    expect(gone.result).toMatchObject({ toolErrors: 0, errors: gone.result.requests });
    expect(gone.result.errorMessages).toEqual([
      { message: expect.stringMatching(/^MCP error -32602: .*no-such-tool/), count: gone.result.requests },
    ]);

    const judged = await cli(["load-check", b, "--load-max-error-rate", "0.5"]);
    expect(judged.code).toBe(1);
    expect(judged.out).toMatch(/FAILED: error rate ≤ 0\.5 \(1\)/);
  }, 120_000);

  test("OAuth client credentials: the file asks for its own token, the secret only from MCP_CLIENT_SECRET", async () => {
    const secret = "locust-m2m-secret-0123456789";
    const oauth = await startOAuthFixture({
      m2m: true,
      authMethods: ["client_secret_basic"],
      clients: [{ client_id: "robot", client_secret: secret, token_endpoint_auth_method: "client_secret_basic" }],
    });
    try {
      const exported = await exportFile(
        oauth.url,
        "oauth.py",
        ["--tool-name", "echo"],
        ["--auth", "client-credentials", "--client-id", "robot", "--load-concurrency", "2", "--load-rate", "20"],
      );
      expect(exported.code, exported.err).toBe(0);
      expect(readFileSync(exported.file, "utf8")).not.toContain(secret);
      const summary = path.join(dir, "oauth.json");
      const child = spawn(path.join(bin, "locust"), ["-f", exported.file, "--headless", "-u", "2", "-r", "2", "--run-time", "4s"], {
        cwd: dir,
        env: { ...process.env, MCP_LOAD_SUMMARY: summary, MCP_CLIENT_SECRET: secret },
        stdio: ["ignore", "pipe", "pipe"],
      });
      children.push(child);
      let log = "";
      child.stderr!.on("data", (d: Buffer) => void (log += d.toString()));
      const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
      expect(code, log).toBe(0);
      const s = readReport(summary).result;
      expect(s.requests).toBeGreaterThan(0);
      expect(s).toMatchObject({ tool: "echo", errors: 0, toolErrors: 0 });
    } finally {
      await oauth.close();
    }
  }, 90_000);
});
