import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { ProtobufMetricsSerializer, ProtobufTraceSerializer } from "@opentelemetry/otlp-transformer";
import { ExportResultCode } from "@opentelemetry/core";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { MeterProvider, PeriodicExportingMetricReader, type PushMetricExporter, type ResourceMetrics } from "@opentelemetry/sdk-metrics";
import { encodeMetricsRequest, encodeTraceRequest } from "../../lib/otel/otlp-proto";
import { Histogram } from "../../server/otel/histograms";
import type { SpanDraft } from "../../lib/otel/spans";
import { readableSpans } from "../../server/otel/readable";
import { VERSION } from "../../server/paths";

// Our OTLP/protobuf encoder (lib/otel/otlp-proto.ts) against the SDK's serializer it replaced in
// the live export: the same spans both ways, each body decoded with the protocol's own definitions
// (protobufjs, otlp-proto-definitions) and compared whole, every field of every message. A field
// one side writes and the other does not (flags, a dropped count, a status message) fails here.
const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- protobufjs's generated root is untyped here
const root: any = require("otlp-proto-definitions/build/src/generated/root.js");
const TraceRequest = root.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;

const decoded = (body: Uint8Array) =>
  TraceRequest.toObject(TraceRequest.decode(body), { longs: String, bytes: String, defaults: true, arrays: true, objects: true });

const facts = { serviceName: "svc", resourceAttributes: { "deployment.environment": "test", team: "ünïcode ✓" } };

const t0 = 1_764_300_000_123.456789;
const spans: SpanDraft[] = [
  {
    traceId: "4bf92f3577b34da6a3ce929d0e0e4736",
    spanId: "00f067aa0ba902b7",
    name: "tools/call echo",
    kind: "client",
    startMs: t0,
    endMs: t0 + 1.234567,
    attributes: {
      "mcp.method.name": "tools/call",
      "jsonrpc.request.id": "7",
      "server.port": 8080,
      "big.int": 2 ** 40 + 3,
      "negative.int": -42,
      "a.double": 0.125,
      "a.true": true,
      "a.false": false,
      "empty.string": "",
      "long.string": "x".repeat(300) + "é",
    },
  },
  {
    traceId: "4BF92F3577B34DA6A3CE929D0E0E4736",
    spanId: "a1b2c3d4e5f60718",
    parentSpanId: "00f067aa0ba902b7",
    name: "sampling/createMessage",
    kind: "server",
    startMs: 1_000.9999999,
    endMs: 2_000,
    attributes: { "mcp.method.name": "sampling/createMessage" },
    error: { type: "-32603", message: "bearer [redacted] 🙂 failed" },
    droppedAttributes: 3,
  },
  {
    traceId: "0123456789abcdef0123456789abcdef",
    spanId: "fedcba9876543210",
    name: "inspector check",
    kind: "internal",
    startMs: t0,
    endMs: t0 + 60_000,
    attributes: {},
    error: { type: "tool_error" },
  },
];

describe("OTLP/protobuf, ours against the OpenTelemetry SDK's serializer", () => {
  it("encodes the same ExportTraceServiceRequest: resource, scope, ids, times, attributes of every type, status, flags, no events or links", () => {
    const ours = decoded(encodeTraceRequest(spans, { ...facts, version: VERSION }));
    const sdk = decoded(ProtobufTraceSerializer.serializeRequest(readableSpans(spans, facts))!);
    expect(ours).toEqual(sdk);
    // The definitions at hand (0.57's) predate Span.flags (field 16), which the decoder skips: the bytes themselves are the SDK's.
    expect(Buffer.from(encodeTraceRequest(spans, { ...facts, version: VERSION }))).toEqual(
      Buffer.from(ProtobufTraceSerializer.serializeRequest(readableSpans(spans, facts))!),
    );
    // What the comparison covered, so that it cannot pass on two empty messages.
    const got = ours.resourceSpans[0].scopeSpans[0].spans;
    expect(got).toHaveLength(3);
    expect(got[0].attributes).toHaveLength(10);
    expect(got[0].events).toEqual([]);
    expect(got[0].links).toEqual([]);
    expect(got[1].status).toEqual({ code: 2, message: "bearer [redacted] 🙂 failed" });
    expect(got[1].droppedAttributesCount).toBe(3);
    expect(ours.resourceSpans[0].resource.attributes.map((a: { key: string }) => a.key)).toEqual([
      "deployment.environment",
      "team",
      "service.name",
    ]);
  });

  it("writes a batch larger than its first buffer, and lengths past one byte, the same", () => {
    const many: SpanDraft[] = Array.from({ length: 700 }, (_, i) => ({
      ...spans[i % 3]!,
      spanId: (0x1000000000000 + i).toString(16).padStart(16, "0"),
      startMs: t0 + i,
      endMs: t0 + i + 0.5,
    }));
    const ours = encodeTraceRequest(many, { ...facts, version: VERSION });
    const sdk = ProtobufTraceSerializer.serializeRequest(readableSpans(many, facts))!;
    expect(decoded(ours)).toEqual(decoded(sdk));
    expect(Buffer.from(ours)).toEqual(Buffer.from(sdk));
  });

  it("writes attributes met again in a batch as the SDK does, whatever their type or length", () => {
    // Values one key takes in turn, equal as map keys but not as attributes ("1", 1 and true; 0 and
    // -0, the same int_value; 0.5 and "0.5"), long ones, a request id new in every span: a cache of
    // encoded attributes (tried for issue 93, not kept) must write each as the SDK does.
    const values: Array<string | number | boolean> = ["1", 1, true, 0, -0, 0.5, "0.5", false, "x".repeat(129), "é✓"];
    const many: SpanDraft[] = Array.from({ length: 300 }, (_, i) => ({
      ...spans[0]!,
      spanId: (0x1000000000000 + i).toString(16).padStart(16, "0"),
      attributes: {
        "mcp.method.name": "tools/call",
        "jsonrpc.request.id": String(i),
        "same.key": values[i % values.length]!,
        [`key.${i % 300}`]: i,
      },
    }));
    const ours = encodeTraceRequest(many, { ...facts, version: VERSION });
    const sdk = ProtobufTraceSerializer.serializeRequest(readableSpans(many, facts))!;
    expect(decoded(ours)).toEqual(decoded(sdk));
    expect(Buffer.from(ours)).toEqual(Buffer.from(sdk));
  });

  it("a service.name among the resource attributes keeps its place and takes OTEL_SERVICE_NAME's value, as the SDK's resource does", () => {
    const f = { serviceName: "named", resourceAttributes: { "service.name": "from-attrs", zone: "a" } };
    const ours = decoded(encodeTraceRequest(spans.slice(0, 1), { ...f, version: VERSION }));
    const sdk = decoded(ProtobufTraceSerializer.serializeRequest(readableSpans(spans.slice(0, 1), f))!);
    expect(ours).toEqual(sdk);
    expect(ours.resourceSpans[0].resource.attributes.map((a: { key: string }) => a.key)).toEqual(["service.name", "zone"]);
  });
});

describe("the duration histograms, ours against the OpenTelemetry SDK's MeterProvider", () => {
  it("aggregate and encode the same ExportMetricsServiceRequest: points per attribute set, buckets, count, sum, min, max", async () => {
    const MetricsRequest = root.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
    const decodeMetrics = (body: Uint8Array) =>
      MetricsRequest.toObject(MetricsRequest.decode(body), { longs: String, bytes: String, defaults: true, arrays: true, objects: true });
    const bounds = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 30, 60, 120, 300];
    const description = "The duration of the MCP request.";
    // The SDK's provider, its reader's export captured.
    let collected: ResourceMetrics | undefined;
    const exporter: PushMetricExporter = {
      export: (m, done) => {
        collected = m;
        done({ code: ExportResultCode.SUCCESS });
      },
      forceFlush: () => Promise.resolve(),
      shutdown: () => Promise.resolve(),
    };
    const provider = new MeterProvider({
      resource: resourceFromAttributes({ ...facts.resourceAttributes, "service.name": facts.serviceName }),
      readers: [new PeriodicExportingMetricReader({ exporter, exportIntervalMillis: 60_000 })],
    });
    const sdk = provider
      .getMeter("mcp-inspector-harness")
      .createHistogram("mcp.client.operation.duration", { unit: "s", description, advice: { explicitBucketBoundaries: bounds } });
    const ours = new Histogram("mcp.client.operation.duration", description, "s", bounds);
    const a = { "mcp.method.name": "tools/call", "gen_ai.tool.name": "echo", "server.port": 8080 };
    const b = { "mcp.method.name": "ping", "error.type": "-32601" };
    // On a bound (inclusive), between, past the last, zero, and values the histogram refuses.
    const values: Array<[number, typeof a | typeof b]> = [
      [0.01, a],
      [0.015, a],
      [0, b],
      [301, a],
      [2, b],
      [0.2, a],
      [-1, a],
      [Number.NaN, b],
    ];
    for (const [v, attrs] of values) {
      sdk.record(v, attrs);
      ours.record(v, JSON.stringify(attrs), () => attrs);
    }
    await provider.forceFlush();
    await provider.shutdown();
    const theirs = collected!.scopeMetrics[0]!.metrics[0]!;
    const toMs = ([s, ns]: [number, number]) => s * 1000 + ns / 1e6;
    // The times are each side's clock: ours take the SDK's, so that every other field is compared.
    const mine = ours.collect()!;
    mine.points.forEach((p, i) => (p.startMs = toMs(theirs.dataPoints[i]!.startTime)));
    const endMs = toMs(theirs.dataPoints[0]!.endTime);
    const ourBody = encodeMetricsRequest([mine], endMs, { ...facts, version: VERSION });
    const sdkBody = ProtobufMetricsSerializer.serializeRequest(collected!)!;
    expect(decodeMetrics(ourBody)).toEqual(decodeMetrics(sdkBody));
    expect(Buffer.from(ourBody)).toEqual(Buffer.from(sdkBody));
    const points = decodeMetrics(ourBody).resourceMetrics[0].scopeMetrics[0].metrics[0].histogram.dataPoints;
    expect(points.map((p: { count: string }) => p.count)).toEqual(["4", "2"]);
    expect(points[0].bucketCounts.slice(0, 2)).toEqual(["1", "1"]);
  });

  it("has nothing to send before a value is recorded (the SDK's reader sends nothing then either)", () => {
    expect(new Histogram("h", "", "s", [1]).collect()).toBeUndefined();
  });
});
