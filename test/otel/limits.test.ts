import { describe, expect, it } from "vitest";
import { boundSpan, cut, DEFAULT_LIMITS } from "../../lib/otel/limits";
import { OutgoingSpans } from "../../lib/otel/outgoing";
import { SpanBuilder, spansOfEntries, type SpanDraft } from "../../lib/otel/spans";
import { formatTraceparent } from "../../lib/otel/ids";
import { otelConfigFromEnv, printableUrl } from "../../server/otel/config";
import type { Entry } from "../../lib/record/format";

// Issue 72: what a span may carry, and how it says what it is, without a collector (the live
// path and a real collector: whole.test.ts, collector.test.ts).
const draft = (over: Partial<SpanDraft> = {}): SpanDraft => ({
  traceId: "1".repeat(32),
  spanId: "2".repeat(16),
  name: "tools/call x",
  kind: "client",
  startMs: 1,
  endMs: 2,
  attributes: { "mcp.method.name": "tools/call" },
  ...over,
});

let seq = 0;
const message = (dir: "client->server" | "server->client", m: Record<string, unknown>, http = false): Entry =>
  ({
    seq: ++seq,
    t: seq,
    kind: "message",
    dir,
    message: { jsonrpc: "2.0", ...m },
    size: 0,
    ...(http ? { http: { method: "POST", status: 200 } } : {}),
  }) as Entry;

describe("span limits", () => {
  it("reads OTEL_SPAN_ATTRIBUTE_* over OTEL_ATTRIBUTE_*, with a default length cap when neither is set", () => {
    const base = { OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318" };
    expect(otelConfigFromEnv(base)!.limits).toEqual(DEFAULT_LIMITS);
    expect(DEFAULT_LIMITS.valueLength).toBeLessThanOrEqual(8192);
    expect(otelConfigFromEnv({ ...base, OTEL_ATTRIBUTE_VALUE_LENGTH_LIMIT: "100", OTEL_ATTRIBUTE_COUNT_LIMIT: "9" })!.limits).toEqual({
      valueLength: 100,
      attributeCount: 9,
    });
    expect(
      otelConfigFromEnv({ ...base, OTEL_ATTRIBUTE_VALUE_LENGTH_LIMIT: "100", OTEL_SPAN_ATTRIBUTE_VALUE_LENGTH_LIMIT: "50" })!.limits
        .valueLength,
    ).toBe(50);
    expect(otelConfigFromEnv({ ...base, OTEL_ATTRIBUTE_VALUE_LENGTH_LIMIT: "nope" })!.limits.valueLength).toBe(DEFAULT_LIMITS.valueLength);
  });

  it("cuts the name, every string attribute and the status message; drops attributes past the count and counts them", () => {
    const long = "x".repeat(10_000);
    const d = boundSpan(draft({ name: long, attributes: { a: long, b: 7, c: true, d: "short" }, error: { type: long, message: long } }), {
      valueLength: 64,
      attributeCount: 3,
    });
    expect(d.name).toHaveLength(64);
    expect(d.attributes).toEqual({ a: "x".repeat(64), b: 7, c: true });
    expect(d.droppedAttributes).toBe(1);
    expect(d.error).toEqual({ type: "x".repeat(64), message: "x".repeat(64) });
  });

  it("never cuts inside a surrogate pair", () => {
    expect(cut("ab😀cd", 3)).toBe("ab");
    expect(cut("ab😀cd", 4)).toBe("ab😀");
  });
});

describe("what every span goes through (live and export --otlp)", () => {
  it("hides a token in a URI's query and wherever it appears after, before cutting", () => {
    const out = new OutgoingSpans({ valueLength: 4096, attributeCount: 128 });
    // No shape of its own: only the query parameter's name says it is a secret.
    const token = "q8Zr2mVx7kLp4Tn9Wc3";
    const a = out.prepare(draft({ attributes: { "mcp.resource.uri": `https://api.example.com/x?access_token=${token}` } }));
    expect(JSON.stringify(a)).not.toContain(token);
    expect(String(a.attributes["mcp.resource.uri"])).toMatch(/access_token=\[redacted: /);
    // The same secret later, where no pattern would see it (a prompt's name, a message): hidden too.
    const b = out.prepare(
      draft({
        name: `prompts/get ${token}`,
        attributes: { "gen_ai.prompt.name": token },
        error: { type: "-32602", message: `no ${token}` },
      }),
    );
    expect(JSON.stringify(b)).not.toContain(token);
    expect(b.name).toMatch(/^prompts\/get \[redacted: /);
  });

  it("a 25 MB message is cut, and a secret across the cut does not leave half of itself", () => {
    const out = new OutgoingSpans({ valueLength: 100, attributeCount: 128 });
    const d = out.prepare(
      draft({ error: { type: "-32603", message: `${"E".repeat(90)} Bearer abcdefghijklmnopqrstuvwxyz ${"E".repeat(25e6)}` } }),
    );
    expect(d.error!.message!.length).toBeLessThanOrEqual(100);
    expect(d.error!.message).not.toContain("abcdefgh");
  });
});

describe("spans from the record", () => {
  it("an HTTP span has server.address, server.port and network.protocol.version", () => {
    const b = new SpanBuilder();
    b.add({
      seq: 0,
      t: 0,
      kind: "lifecycle",
      event: "connecting",
      text: "",
      target: "http://user:pw@Localhost:8123/mcp (Streamable HTTP)",
    });
    b.add(message("client->server", { id: 1, method: "tools/list" }, true));
    const [span] = b.add(message("server->client", { id: 1, result: { tools: [] } }, true));
    expect(span!.attributes).toMatchObject({
      "server.address": "localhost",
      "server.port": 8123,
      "network.transport": "tcp",
      "network.protocol.name": "http",
      "network.protocol.version": "1.1",
    });
    expect(b.sessionDuration(100)!.attributes["server.port"]).toBe(8123);
  });

  it("a server's message with trace context is a child of the span it names, not a copy of its id", () => {
    const parent = { traceId: "a".repeat(32), spanId: "b".repeat(16) };
    const [span] = new SpanBuilder().add(
      message("server->client", { method: "notifications/message", params: { _meta: { traceparent: formatTraceparent(parent) } } }),
    );
    expect(span!.traceId).toBe(parent.traceId);
    expect(span!.parentSpanId).toBe(parent.spanId);
    expect(span!.spanId).not.toBe(parent.spanId);
  });

  it("a recording's spans get fresh ids: its live spans were sent already (export --otlp sends no duplicate)", () => {
    const ids = { traceId: "c".repeat(32), spanId: "d".repeat(16) };
    const tp = formatTraceparent(ids);
    const spans = spansOfEntries([
      message("client->server", { id: 1, method: "tools/list", params: { _meta: { traceparent: tp } } }),
      message("server->client", { id: 1, result: { tools: [] } }),
      message("client->server", {
        id: 2,
        method: "ping",
        params: { _meta: { traceparent: formatTraceparent({ ...ids, spanId: "e".repeat(16) }) } },
      }),
      message("server->client", { id: 2, result: {} }),
    ]);
    expect(spans).toHaveLength(2);
    for (const s of spans) {
      expect(s.traceId).not.toBe(ids.traceId);
      expect(s.spanId).not.toMatch(/^(d+|e+)$/);
    }
    // Still one trace, as they were.
    expect(spans[0]!.traceId).toBe(spans[1]!.traceId);
  });
});

describe("the endpoint as printed", () => {
  it("has no user, password or query", () => {
    expect(printableUrl("https://me:hunter2@collector.example:4318/v1/traces?api_key=k")).toBe("https://collector.example:4318/v1/traces");
  });
});

describe("OTEL_EXPORTER_OTLP_PROTOCOL", () => {
  it("grpc is refused by name; http/json and http/protobuf are taken", () => {
    const base = { OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4317" };
    expect(otelConfigFromEnv({ ...base, OTEL_EXPORTER_OTLP_PROTOCOL: "grpc" })!.refused).toMatch(/grpc is not offered/);
    expect(otelConfigFromEnv({ ...base, OTEL_EXPORTER_OTLP_PROTOCOL: "http/json" })!.refused).toBeUndefined();
    expect(otelConfigFromEnv(base)!.protocol).toBe("http/protobuf");
  });
});

describe("the page's OTLP download", () => {
  it("cuts a 25 MB error message to the default limit, so a collector takes the file", async () => {
    const { sessionOtlpJson } = await import("../../features/share/otlp-download");
    const json = sessionOtlpJson({
      version: 1,
      inspectorVersion: "0.1.0",
      createdAt: "2026-11-26T00:00:00.000Z",
      target: { transport: "stdio", command: "node", args: [] },
      answers: [],
      redactions: [],
      entries: [
        message("client->server", { id: 1, method: "tools/call", params: { name: "huge" } }),
        message("server->client", { id: 1, error: { code: -32603, message: "E".repeat(25e6) } }),
      ],
    } as unknown as import("../../lib/session/file").SessionFile);
    expect(json.length).toBeLessThan(10_000);
    expect(json).toContain(`"message":"${"E".repeat(DEFAULT_LIMITS.valueLength)}"`);
  });
});

describe("trace context on the frames the SDK writes itself", () => {
  it("joins a request's or notification's _meta, keeps one it has, and leaves responses and positional params alone", async () => {
    const { withTraceMeta } = await import("../../server/otel/trace-context");
    const meta = () => ({ traceparent: "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01" });
    expect(withTraceMeta({ jsonrpc: "2.0", method: "notifications/initialized" }, meta)).toEqual({
      jsonrpc: "2.0",
      method: "notifications/initialized",
      params: { _meta: meta() },
    });
    const own = { jsonrpc: "2.0", id: 0, method: "initialize", params: { _meta: { traceparent: "mine", x: 1 } } };
    expect(withTraceMeta(own, meta)).toBe(own);
    const result = { jsonrpc: "2.0", id: 0, result: {} };
    expect(withTraceMeta(result, meta)).toBe(result);
    const positional = { jsonrpc: "2.0", id: 1, method: "x", params: [1, 2] };
    expect(withTraceMeta(positional, meta)).toBe(positional);
  });
});
