import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { runCommandLine } from "../../server/commands/main";
import { pythonLiteral } from "../../server/load/locustfile";
import { savedSummaryFrom, locustPercentile } from "../../lib/load/saved";
import { EVERYTHING } from "../helpers/targets";

// --load-export locust (what it writes and what it refuses) and load-check's readers, without Locust.

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "locust-export-"));
});

async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let out = "";
  let err = "";
  const code = await runCommandLine(argv, env, { out: (s) => void (out += s + "\n"), err: (s) => void (err += s + "\n") });
  return { code, out, err };
}

const URL = "http://127.0.0.1:9/mcp";
const LOAD = ["--method", "tools/call", "--tool-name", "echo", "--tool-arg", "message=hi", "--load"];

describe("--load-export locust FILE.py", () => {
  test("writes a locustfile of Locust's own classes for the run's scenario, exits 0 and connects to nothing", async () => {
    const file = path.join(dir, "scenario.py");
    // Port 9 (discard) on loopback: nothing listens, so a connection would fail the command.
    const r = await run([
      "--cli",
      "--server-url",
      URL,
      ...LOAD,
      "--load-concurrency",
      "3",
      "--load-rate",
      "30",
      "--load-duration",
      "7",
      "--load-warmup",
      "6",
      "--tool-metadata",
      "trace=t1",
      "--protocol-era",
      "legacy",
      "--load-export",
      "locust",
      file,
    ]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toBe("");
    const py = readFileSync(file, "utf8");
    for (const line of [
      `SERVER_URL = "${URL}"`,
      `TOOL = "echo"`,
      `ARGUMENTS = {"message": "hi"}`,
      `META = {"trace": "t1"}`,
      `PROTOCOL_ERA = "legacy"`,
      "CONCURRENCY = 3",
      "RATE = 30",
      "REQUESTS = None",
      "WARMUP = 6",
      `TOKEN_ENV = "MCP_ACCESS_TOKEN"`,
      "class McpToolUser(FastHttpUser):",
      "    wait_time = constant_throughput(RATE / CONCURRENCY) if RATE else constant(0)",
      "    @task",
      "@events.quitting.add_listener",
      "-u 3 -r 3 --run-time 7s",
    ])
      expect(py).toContain(line);
    // It is Python: it compiles (Locust itself runs it in test/load/locust.test.ts).
    const compiled = spawnSync("python3", ["-c", "import ast,sys; ast.parse(open(sys.argv[1]).read())", file], { encoding: "utf8" });
    expect(compiled.status, compiled.stderr).toBe(0);
  });

  test("a stdio target is refused with one line saying why", async () => {
    const file = path.join(dir, "stdio.py");
    const r = await run(["--cli", process.execPath, EVERYTHING, "stdio", ...LOAD, "--load-export", "locust", file]);
    expect(r.code).toBe(1);
    expect(r.err.trim().split("\n")).toEqual([
      "inspector: --load-export locust needs an HTTP target (--server-url): a stdio server runs inside one process, and a distributed run needs a server that many machines can reach",
    ]);
    expect(existsSync(file)).toBe(false);
  });

  test("no secret is written into the file: client credentials name the env var of the secret; a secret header is refused", async () => {
    const file = path.join(dir, "oauth.py");
    const secret = "s3cr3t-value-never-in-the-file";
    const r = await run(
      [
        "--cli",
        "--server-url",
        URL,
        ...LOAD,
        "--auth",
        "client-credentials",
        "--client-id",
        "load-client",
        "--scope",
        "tools",
        "--load-export",
        "locust",
        file,
      ],
      { MCP_CLIENT_SECRET: secret },
    );
    expect(r.code, r.err).toBe(0);
    const py = readFileSync(file, "utf8");
    expect(py).not.toContain(secret);
    expect(py).toContain(`OAUTH = {"client_id": "load-client", "secret_env": "MCP_CLIENT_SECRET", "scope": "tools", "token_url": None}`);

    const header = await run([
      "--cli",
      "--server-url",
      URL,
      "--header",
      `Authorization: Bearer ${secret}`,
      ...LOAD,
      "--load-export",
      "locust",
      path.join(dir, "h.py"),
    ]);
    expect(header.code).toBe(1);
    expect(header.err).toMatch(/does not write --header Authorization into the file/);
    expect(header.err).not.toContain(secret);
    expect(existsSync(path.join(dir, "h.py"))).toBe(false);
  });

  test("usage errors name the flag", async () => {
    expect((await run(["--cli", "--server-url", URL, ...LOAD, "--load-export", "k6", "x.py"])).err).toMatch(
      /--load-export takes locust FILE\.py/,
    );
    expect((await run(["--cli", "--server-url", URL, ...LOAD, "--load-export", "locust"])).err).toMatch(
      /--load-export needs a Python file after locust/,
    );
    const noLoad = await run([
      "--cli",
      "--server-url",
      URL,
      "--method",
      "tools/call",
      "--tool-name",
      "echo",
      "--load-export",
      "locust",
      "x.py",
    ]);
    expect(noLoad.code).toBe(1);
    expect(noLoad.err).toMatch(/--load-export requires --load/);
  });

  test("JSON values become Python literals", () => {
    expect(pythonLiteral({ a: [true, false, null, 1.5, 'q"\n\u2028'], b: {} })).toBe(
      `{"a": [True, False, None, 1.5, "q\\"\\n\u2028"], "b": {}}`,
    );
  });
});

describe("load-check reads every saved form", () => {
  const official = {
    tool: "echo",
    concurrency: 10,
    requestLimit: 100,
    requests: 100,
    ok: 98,
    toolErrors: 0,
    errors: 2,
    errorRate: 0.02,
    elapsedMs: 500,
    throughput: 200,
    latencyMs: { min: 1, mean: 2, p50: 2, p90: 3, p99: 9, max: 12 },
    errorMessages: [{ message: "MCP error -32603: boom", count: 2 }],
  };

  test("the official CLI's --format json and text output: verdicts and exit codes as --load's", async () => {
    const json = path.join(dir, "official.json");
    writeFileSync(json, JSON.stringify({ result: official }));
    const text = path.join(dir, "official.txt");
    writeFileSync(text, JSON.stringify(official, null, 2));
    const ok = await run(["load-check", json, "--load-max-p99", "10"]);
    expect(ok.code, ok.err).toBe(0);
    expect(ok.out).toContain("the official CLI's --load run");
    expect(ok.out).toContain("ok: p99 ≤ 10 ms (9)");
    const bad = await run(["load-check", text, "--load-max-error-rate", "0.01", "--format", "junit"]);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('<failure type="threshold" message="error rate ≤ 0.01: got 0.02"');
    // A baseline regression: this run's p99 of 9 ms against a baseline's 5 (20 % allowed: 6).
    const base = path.join(dir, "base.json");
    writeFileSync(base, JSON.stringify({ result: { ...official, latencyMs: { ...official.latencyMs, p99: 5 } } }));
    const regressed = await run(["load-check", json, "--load-baseline", base]);
    expect(regressed.code).toBe(1);
    expect(regressed.out).toContain("FAILED: p99 ≤ baseline's 5 ms + 20 % (9)");
  });

  test("what is not a summary is a usage error naming the file, exit 1", async () => {
    const f = path.join(dir, "nope.json");
    writeFileSync(f, JSON.stringify({ hello: 1 }));
    const r = await run(["load-check", f]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^inspector: load-check: .*nope\.json is not a load summary \(at tool/);
    expect((await run(["load-check"])).err).toMatch(/load-check needs a summary file/);
    expect((await run(["load-check", path.join(dir, "missing.json")])).err).toMatch(/cannot read .*missing\.json: no such file/);
  });

  test("Locust's --json statistics: the tool's row, percentiles by Locust's own rule", () => {
    const row = (name: string, n: number, times: Record<string, number>) => ({
      name,
      method: "POST",
      start_time: 100,
      last_request_timestamp: 102,
      num_requests: n,
      num_failures: name === "echo" ? 1 : 0,
      total_response_time: n * 10,
      min_response_time: 3,
      max_response_time: 96.4,
      response_times: times,
    });
    const saved = savedSummaryFrom([row("initialize", 4, { "20": 4 }), row("echo", 10, { "3": 5, "10": 4, "96": 1 })]);
    expect(saved.ok && saved.saved.source).toBe("locust");
    if (!saved.ok) return;
    expect(saved.saved.summary).toMatchObject({
      tool: "echo",
      requests: 10,
      ok: 9,
      errors: 1,
      errorRate: 0.1,
      throughput: 5,
      elapsedMs: 2000,
    });
    // As locust.stats.calculate_response_time_percentile gives for these buckets: 10, 96, 96.
    expect(saved.saved.summary.latencyMs).toEqual({ min: 3, mean: 10, p50: 10, p90: 96, p99: 96, max: 96.4 });
    expect(locustPercentile({ "3": 5, "10": 4, "96": 1 }, 10, 0.95)).toBe(96);
  });
});
