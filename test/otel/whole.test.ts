import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { connect } from "../../server/test-library";
import { resetOtelForTests } from "../../server/otel/hook";
import { runCommandLine } from "../../server/commands/main";
import { runExport } from "../../server/commands/export/run";
import { FIXTURES } from "../helpers/targets";
import { startEverythingHttp } from "../helpers/http-everything";
import { decodeTraces, startReceiver, until, type Receiver, type ReceivedSpan } from "./receiver";

// Issue 72: traces a collector keeps whole, through the live export from the sources (the
// pipeline in this thread) to the local OTLP/HTTP receiver; test/otel/collector.test.ts does the
// same against the real OpenTelemetry Collector.
const SERVER = path.join(FIXTURES, "otel-hostile-server.mjs");
const saved = { ...process.env };
let rx: Receiver | undefined;
let stderr: string[] = [];

beforeEach(() => {
  stderr = [];
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => (stderr.push(String(chunk)), true));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rx?.close();
  rx = undefined;
});
afterAll(() => {
  process.env = saved;
  resetOtelForTests();
});

async function exportTo(env: Record<string, string>, receiver: { maxBodyBytes?: number } = {}): Promise<Receiver> {
  rx = await startReceiver(receiver);
  process.env = { ...saved, OTEL_EXPORTER_OTLP_ENDPOINT: rx.url, OTEL_SERVICE_NAME: "whole", ...env };
  resetOtelForTests();
  return rx;
}

/** Every string a span carries. */
const stringsOf = (s: ReceivedSpan) => [
  s.name,
  s.status.message ?? "",
  ...Object.values(s.attributes).filter((v) => typeof v === "string"),
];
const ours = (r: Receiver) => r.spans.filter((s) => s.service === "whole");

/** A `--cli` call in this process; stdout's lines. */
async function cli(args: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await runCommandLine(["--cli", process.execPath, SERVER, ...args], process.env, {
    out: (t) => out.push(t),
    err: () => undefined,
  });
  return { code, out: out.join("\n") };
}

describe("every string a span carries is bounded", () => {
  it("with no limit set: a 25 MB error message and a 200,000-character tool name are cut to the default cap, in spans and metrics", async () => {
    const r = await exportTo({});
    {
      await using mcp = await connect({ command: process.execPath, args: [SERVER] });
      await mcp.request("tools/call", { name: "huge", arguments: {} }).catch(() => undefined);
      await mcp.request("tools/call", { name: "t".repeat(200_000), arguments: {} }).catch(() => undefined);
    }
    await until(() => ours(r).some((s) => s.name.startsWith("tools/call ttt")), "the long name's span");
    const huge = ours(r).find((s) => s.name === "tools/call huge")!;
    expect(huge.status.message).toMatch(/^boom E+$/);
    for (const s of ours(r)) for (const text of stringsOf(s)) expect(text.length).toBeLessThanOrEqual(4096);
    await until(() => r.metrics.some((m) => m.name === "mcp.client.operation.duration"), "the duration metric");
    for (const m of r.metrics)
      for (const a of m.attributes) for (const v of Object.values(a)) expect(String(v).length).toBeLessThanOrEqual(4096);
  }, 60_000);

  it("OTEL_SPAN_ATTRIBUTE_VALUE_LENGTH_LIMIT wins over OTEL_ATTRIBUTE_VALUE_LENGTH_LIMIT", async () => {
    const r = await exportTo({ OTEL_ATTRIBUTE_VALUE_LENGTH_LIMIT: "500", OTEL_SPAN_ATTRIBUTE_VALUE_LENGTH_LIMIT: "40" });
    {
      await using mcp = await connect({ command: process.execPath, args: [SERVER] });
      await mcp.request("tools/call", { name: "huge", arguments: {} }).catch(() => undefined);
    }
    await until(() => ours(r).some((s) => s.attributes["mcp.method.name"] === "tools/call"), "the call's span");
    for (const s of ours(r)) for (const text of stringsOf(s)) expect(text.length).toBeLessThanOrEqual(40);
  }, 60_000);

  it("a batch the collector refuses as too large is split: only the span too large alone is lost, and stderr says so with the status", async () => {
    // A limit far over what this receiver takes, so the batch is refused (400) as the Collector's 20 MiB limit refused the 25 MB message.
    const r = await exportTo({ OTEL_ATTRIBUTE_VALUE_LENGTH_LIMIT: "200000" }, { maxBodyBytes: 100_000 });
    {
      await using mcp = await connect({ command: process.execPath, args: [SERVER] });
      await mcp.callTool("echo", { message: "before" });
      await mcp.request("tools/call", { name: "huge", arguments: {} }).catch(() => undefined);
      await mcp.callTool("echo", { message: "after" });
    }
    await until(() => r.refused.length > 0 && ours(r).filter((s) => s.name === "tools/call echo").length === 2, "the others");
    const names = ours(r).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["initialize", "notifications/initialized", "tools/call echo"]));
    expect(names).not.toContain("tools/call huge");
    const said = stderr
      .join("")
      .split("\n")
      .filter((l) => l.includes("OpenTelemetry export"));
    expect(said).toEqual([
      expect.stringMatching(/\/v1\/traces: rejected with HTTP 400 \(Bad Request: request body too large\): 1 span not sent$/),
    ]);
  }, 60_000);
});

describe("new settings in the same process", () => {
  it("the last settings' exporter stops: its metric reader sends nothing more to the collector it had", async () => {
    // Only the intervals are fake: the metric reader's 10-s export comes when told, the network is real.
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    try {
      const first = await exportTo({});
      {
        await using mcp = await connect({ command: process.execPath, args: [SERVER] });
        await mcp.callTool("echo", { message: "once" });
      }
      await until(() => first.metrics.some((m) => m.name === "mcp.client.operation.duration"), "the duration metric");
      const requests = first.requests.length;
      resetOtelForTests();
      vi.advanceTimersByTime(30_000);
      // Long enough for a request the old reader would send to arrive (it did, in this test, before the fix).
      await new Promise((r) => setTimeout(r, 1000));
      expect(first.requests.length).toBe(requests);
      expect(stderr.join("")).not.toContain("OpenTelemetry export");
    } finally {
      vi.useRealTimers();
    }
  }, 60_000);
});

describe("the live export redacts exactly as export --otlp does", () => {
  it("a token in a resource URI's query or a prompt's name leaves in neither, and both say the same", async () => {
    const token = "q8Zr2mVx7kLp4Tn9Wc3a";
    const dir = mkdtempSync(path.join(tmpdir(), "otel-whole-"));
    try {
      const r = await exportTo({});
      const file = path.join(dir, "run.mcp-session.json");
      {
        await using mcp = await connect({ command: process.execPath, args: [SERVER] });
        await mcp.request("resources/read", { uri: `https://api.example.com/doc?access_token=${token}` }).catch(() => undefined);
        await mcp.request("prompts/get", { name: token }).catch(() => undefined);
        await mcp.saveSession(file);
      }
      await until(() => ours(r).some((s) => s.attributes["mcp.method.name"] === "prompts/get"), "the prompt's span");
      const live = ours(r);
      expect(JSON.stringify(live, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v))).not.toContain(token);

      process.env = { ...saved };
      resetOtelForTests();
      const out = path.join(dir, "trace.json");
      expect(
        await runExport({ file, otlp: true, output: out, help: false, version: false }, {}, { out: () => undefined, err: () => undefined }),
      ).toBe(0);
      const exported = decodeTraces(readFileSync(out), "application/json");
      // The same strings, but for each marker's digest (a salt of its own in each run).
      const shown = (spans: ReceivedSpan[], method: string) =>
        spans
          .filter((s) => s.attributes["mcp.method.name"] === method)
          .map((s) =>
            stringsOf(s)
              .map((t) => t.replace(/\{hmac:[^}]*\}/g, ""))
              .sort(),
          );
      for (const method of ["resources/read", "prompts/get"]) expect(shown(live, method)).toEqual(shown(exported, method));
      // Fresh ids: exported after the fact, the same spans are not sent twice under the same ids.
      const liveIds = new Set(live.map((s) => s.spanId));
      expect(exported.some((s) => liveIds.has(s.spanId))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("a run is one trace", () => {
  const JOIN = { traceId: "4bf92f3577b34da6a3ce929d0e0e4736", spanId: "00f067aa0ba902b7" };

  it("check: one trace under its run span, joined to TRACEPARENT, the handshake and the server's own messages included", async () => {
    const r = await exportTo({ TRACEPARENT: `00-${JOIN.traceId}-${JOIN.spanId}-01` });
    const code = await runCommandLine(["check", process.execPath, SERVER], process.env, { out: () => undefined, err: () => undefined });
    expect(code).toBeLessThan(2);
    await until(() => ours(r).some((s) => s.name === "inspector check"), "the run span");
    const spans = ours(r);
    const run = spans.find((s) => s.name === "inspector check")!;
    expect(run.parentSpanId).toBe(JOIN.spanId);
    expect(run.attributes["inspector.exit_code"]).toBe(code);
    expect(new Set(spans.map((s) => s.traceId))).toEqual(new Set([JOIN.traceId]));
    for (const name of ["initialize", "notifications/initialized", "notifications/message", "roots/list"]) {
      const s = spans.find((x) => x.name === name);
      expect(s, name).toBeDefined();
      expect(s!.parentSpanId, name).toBe(run.spanId);
    }
    expect(spans.every((s) => s === run || s.parentSpanId === run.spanId)).toBe(true);
  }, 60_000);

  it("--cli: the handshake and the notification carry traceparent in _meta, in TRACEPARENT's trace", async () => {
    const r = await exportTo({ TRACEPARENT: `00-${JOIN.traceId}-${JOIN.spanId}-01` });
    const { out } = await cli(["--method", "tools/call", "--tool-name", "trace-seen"]);
    const seen = JSON.parse(JSON.parse(out).content[0].text) as Array<{ method: string; meta: { traceparent?: string } | null }>;
    for (const method of ["initialize", "notifications/initialized", "tools/call"])
      expect(seen.find((m) => m.method === method)?.meta?.traceparent, method).toMatch(new RegExp(`^00-${JOIN.traceId}-[0-9a-f]{16}-01$`));
    await until(() => ours(r).some((s) => s.name === "inspector --cli"), "the run span");
  }, 60_000);

  it("a TRACEPARENT whose sampled flag is 00: nothing exported, and the server is told 00 in the same trace", async () => {
    const r = await exportTo({ TRACEPARENT: `00-${JOIN.traceId}-${JOIN.spanId}-00` });
    const { out } = await cli(["--method", "tools/call", "--tool-name", "trace-seen"]);
    const seen = JSON.parse(JSON.parse(out).content[0].text) as Array<{ method: string; meta: { traceparent?: string } | null }>;
    expect(seen.find((m) => m.method === "initialize")?.meta?.traceparent).toMatch(new RegExp(`^00-${JOIN.traceId}-[0-9a-f]{16}-00$`));
    expect(seen.find((m) => m.method === "tools/call")?.meta?.traceparent).toMatch(/-00$/);
    expect(r.requests).toEqual([]);
  }, 60_000);

  it("test: the collection's span is named for its file, not its path, with attributes of our own and numbers as numbers", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "otel-whole-"));
    try {
      const r = await exportTo({});
      const file = path.join(dir, "echo.mcp-tests.yaml");
      writeFileSync(file, "steps:\n  - tool: echo\n    arguments: { message: hi }\n    expect:\n      - isError: false\n");
      const code = await runCommandLine(["test", file, process.execPath, SERVER], process.env, {
        out: () => undefined,
        err: () => undefined,
      });
      expect(code).toBe(0);
      await until(() => ours(r).some((s) => s.name === "inspector test"), "the run span");
      const spans = ours(r);
      const collection = spans.find((s) => s.name.startsWith("collection run"))!;
      expect(collection.name).toBe("collection run echo.mcp-tests.yaml");
      expect(JSON.stringify(spans.map((s) => s.name))).not.toContain(dir);
      expect(collection.attributes["inspector.collection.steps"]).toBe(1);
      expect(Object.keys(collection.attributes).filter((k) => k.startsWith("mcp."))).toEqual([]);
      expect(new Set(spans.map((s) => s.traceId)).size).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("each session's duration is the conventions' mcp.client.session.duration", async () => {
    const r = await exportTo({});
    {
      await using mcp = await connect({ command: process.execPath, args: [SERVER] });
      await mcp.callTool("echo", { message: "hi" });
    }
    await until(() => r.metrics.some((m) => m.name === "mcp.client.session.duration" && m.count >= 1), "the session metric");
    expect(r.metrics.find((m) => m.name === "mcp.client.session.duration")!.attributes[0]).toMatchObject({ "network.transport": "pipe" });
  }, 60_000);

  it("over Streamable HTTP, spans say the server's address and port and the HTTP version", async () => {
    const r = await exportTo({});
    const http = await startEverythingHttp("streamableHttp");
    try {
      {
        await using mcp = await connect({ url: http.url });
        await mcp.callTool("echo", { message: "hi" });
      }
      await until(() => ours(r).some((s) => s.name === "tools/call echo"), "the call's span");
      expect(ours(r).find((s) => s.name === "tools/call echo")!.attributes).toMatchObject({
        "server.address": "127.0.0.1",
        "server.port": Number(new URL(http.url).port),
        "network.transport": "tcp",
        "network.protocol.name": "http",
        "network.protocol.version": "1.1",
      });
    } finally {
      http.stop();
    }
  }, 60_000);

  it("OTEL_EXPORTER_OTLP_COMPRESSION=gzip sends gzipped bodies, and a collector reads them", async () => {
    const r = await exportTo({ OTEL_EXPORTER_OTLP_COMPRESSION: "gzip" });
    {
      await using mcp = await connect({ command: process.execPath, args: [SERVER] });
      await mcp.callTool("echo", { message: "hi" });
    }
    await until(() => ours(r).some((s) => s.name === "tools/call echo"), "the call's span");
    expect(r.requests.every((q) => q.headers["content-encoding"] === "gzip")).toBe(true);
  }, 60_000);
});
