import { execFile, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, ROOT, freePort } from "../helpers/targets";
import { decodeTraces, until, type ReceivedSpan } from "./receiver";

// Issue 72, proven against the real OpenTelemetry Collector (its OTLP receiver and file exporter,
// built from its Go modules at the release test/otel/collector/go.mod pins), fed by the built
// command as users run it. The collector is built by `npm run interop:otel` (once, into
// node_modules/.cache/otelcol/; a few minutes), which then runs this file; after that, any run of
// this file on that machine uses it. Where it was never built (a fresh CI clone) this file skips.
const run = promisify(execFile);
const BIN = path.join(ROOT, "bin/inspector.mjs");
const SERVER = path.join(FIXTURES, "otel-hostile-server.mjs");
const which = spawnSync(process.execPath, [path.join(ROOT, "scripts/otelcol.mjs"), "--if-built"], { encoding: "utf8" });
const COLLECTOR = which.status === 0 ? which.stdout.trim() : "";
const ready = Boolean(COLLECTOR) && existsSync(path.join(ROOT, "dist/inspector.mjs"));
// `npm run interop:otel` asks for this file: there, skipping would pass without proving anything.
if (!ready && process.env.OTELCOL_INTEROP)
  throw new Error("test/otel/collector needs the collector and dist/: npm run interop:otel builds both");
const LIMIT = 4096; // the default cap (lib/otel/limits.ts)
const TOKEN = "q8Zr2mVx7kLp4Tn9Wc3a";
const JOIN = { traceId: "0af7651916cd43dd8448eb211c80319c", spanId: "b7ad6b7169203331" };

describe.skipIf(!ready)("the real OpenTelemetry Collector keeps our traces whole", () => {
  let dir: string;
  let collector: ChildProcess;
  let endpoint: string;
  /** A second OTLP receiver that takes at most 100 kB a request, as a strict collector would. */
  let strict: string;
  const spansFile = () => path.join(dir, "traces.json");

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "otelcol-"));
    const port = await freePort();
    const strictPort = await freePort();
    endpoint = `http://127.0.0.1:${port}`;
    strict = `http://127.0.0.1:${strictPort}`;
    const config = path.join(dir, "config.yaml");
    writeFileSync(
      config,
      [
        "receivers:",
        "  otlp:",
        "    protocols:",
        "      http:",
        `        endpoint: 127.0.0.1:${port}`,
        "  otlp/strict:",
        "    protocols:",
        "      http:",
        `        endpoint: 127.0.0.1:${strictPort}`,
        "        max_request_body_size: 100000",
        "exporters:",
        "  file/traces:",
        `    path: ${spansFile()}`,
        "    flush_interval: 100ms",
        "  file/metrics:",
        `    path: ${path.join(dir, "metrics.json")}`,
        "service:",
        // No telemetry of its own: its default metrics port (8888) is not ours to take.
        "  telemetry:",
        "    metrics:",
        "      level: none",
        "  pipelines:",
        "    traces: { receivers: [otlp, otlp/strict], exporters: [file/traces] }",
        "    metrics: { receivers: [otlp], exporters: [file/metrics] }",
        "",
      ].join("\n"),
    );
    collector = spawn(COLLECTOR, ["--config", config], { stdio: ["ignore", "ignore", "pipe"] });
    let log = "";
    collector.stderr!.on("data", (c: Buffer) => (log += c.toString()));
    await until(() => log.includes("Everything is ready"), `the collector to start (${log.slice(-500)})`, 30_000);
  }, 40_000);

  afterAll(() => {
    collector?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Everything the collector wrote to its file, of one service. */
  const kept = (service: string): ReceivedSpan[] =>
    existsSync(spansFile())
      ? readFileSync(spansFile(), "utf8")
          .split("\n")
          .filter(Boolean)
          .flatMap((line) => decodeTraces(Buffer.from(line), "application/json"))
          .filter((s) => s.service === service)
      : [];
  const inspector = (service: string, args: string[], env: Record<string, string> = {}) =>
    run(process.execPath, [BIN, ...args], {
      env: { ...process.env, OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_SERVICE_NAME: service, ...env },
      maxBuffer: 64 * 1024 * 1024,
    }).catch((e: { stdout: string; stderr: string; code: number }) => e);

  it("a 25 MB error loses no other span, and no string it keeps is over the limit", async () => {
    const r = await inspector("big-error", ["--cli", process.execPath, SERVER, "--method", "tools/call", "--tool-name", "huge"]);
    expect(r.stderr).not.toMatch(/OpenTelemetry export/);
    await until(() => kept("big-error").some((s) => s.name === "inspector --cli"), "the run span");
    const spans = kept("big-error");
    expect(spans.map((s) => s.name)).toEqual(expect.arrayContaining(["initialize", "notifications/initialized", "tools/call huge"]));
    expect(spans.find((s) => s.name === "tools/call huge")!.status.message!.length).toBe(LIMIT);

    const long = "t".repeat(100_000);
    await inspector("long-name", ["--cli", process.execPath, SERVER, "--method", "tools/call", "--tool-name", long], {
      OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
    });
    await until(() => kept("long-name").some((s) => s.name === "inspector --cli"), "the run span");
    for (const s of [...spans, ...kept("long-name")])
      for (const text of [s.name, s.status.message ?? "", ...Object.values(s.attributes).map(String)])
        expect(text.length).toBeLessThanOrEqual(LIMIT);
  }, 90_000);

  it("a batch the collector refuses as too large loses only the span too large alone, and stderr quotes the collector", async () => {
    // A limit far over what this receiver takes: the Collector itself refuses the request (400).
    const r = await inspector("strict", ["--cli", process.execPath, SERVER, "--method", "tools/call", "--tool-name", "huge"], {
      OTEL_EXPORTER_OTLP_ENDPOINT: strict,
      OTEL_ATTRIBUTE_VALUE_LENGTH_LIMIT: "200000",
    });
    await until(() => kept("strict").some((s) => s.name === "inspector --cli"), "the run span");
    const names = kept("strict").map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["initialize", "notifications/initialized", "tools/list"]));
    expect(names).not.toContain("tools/call huge");
    expect(r.stderr).toMatch(/\/v1\/traces: rejected with HTTP 400 \(Bad Request: [^\n]*too large[^\n]*\): 1 span not sent\n/);
  }, 90_000);

  it("no secret the after-the-fact export redacts: a token in a resource URI's query, or after a secret's name in a prompt's name", async () => {
    const calls = [
      ["--method", "resources/read", "--uri", `https://api.example.com/d?access_token=${TOKEN}`],
      ["--method", "prompts/get", "--prompt-name", `api_key=${TOKEN}`],
    ];
    for (const [i, call] of calls.entries()) {
      const session = path.join(dir, `run-${i}.mcp-session.json`);
      await inspector("secrets", ["--cli", process.execPath, SERVER, ...call, "--save-session", session]);
      // The same run exported after the fact hides it too (and says the same: test/otel/whole.test.ts).
      const exported = await inspector("secrets", ["export", "--otlp", session]);
      expect(exported.stdout).toContain("redacted");
      expect(exported.stdout.includes(TOKEN)).toBe(false);
    }
    await until(() => kept("secrets").filter((s) => s.name === "inspector --cli").length === 2, "both runs");
    expect(kept("secrets").filter((s) => /^(resources\/read|prompts\/get)/.test(s.name))).toHaveLength(2);
    expect(readFileSync(spansFile(), "utf8").includes(TOKEN)).toBe(false);
  }, 90_000);

  it("one trace per check, under its run span, and TRACEPARENT holds the handshake", async () => {
    await inspector("check", ["check", process.execPath, SERVER], { TRACEPARENT: `00-${JOIN.traceId}-${JOIN.spanId}-01` });
    await until(() => kept("check").some((s) => s.name === "inspector check"), "the run span");
    const spans = kept("check");
    expect(new Set(spans.map((s) => s.traceId))).toEqual(new Set([JOIN.traceId]));
    const runSpan = spans.find((s) => s.name === "inspector check")!;
    expect(runSpan.parentSpanId).toBe(JOIN.spanId);
    for (const name of ["initialize", "notifications/initialized", "roots/list"])
      expect(spans.find((s) => s.name === name)?.parentSpanId, name).toBe(runSpan.spanId);
  }, 90_000);
});
