import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { gunzipSync } from "node:zlib";

/**
 * A local OTLP/HTTP receiver, as a collector's: it takes POSTs to /v1/traces and /v1/metrics in
 * protobuf or JSON and decodes them with the OpenTelemetry protocol's own definitions (the
 * generated protobufjs root of @opentelemetry/otlp-transformer 0.57, installed as
 * otlp-proto-definitions). Loopback only.
 */
const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- protobufjs's generated root is untyped here
const root: any = require("otlp-proto-definitions/build/src/generated/root.js");
const TraceRequest = root.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
const MetricsRequest = root.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;

export interface ReceivedSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  kind: number;
  attributes: Record<string, string | number | boolean>;
  status: { code: number; message?: string };
  service: string;
  startNs: bigint;
  endNs: bigint;
  droppedAttributesCount: number;
}

export interface Received {
  contentType: string;
  headers: Record<string, string | string[] | undefined>;
  path: string;
}

export interface Receiver {
  url: string;
  spans: ReceivedSpan[];
  metrics: Array<{ name: string; unit: string; count: number; attributes: Record<string, unknown>[] }>;
  requests: Received[];
  /** The size of each body refused as too large. */
  refused: number[];
  close(): Promise<void>;
}

const hex = (v: unknown): string =>
  v instanceof Uint8Array
    ? Buffer.from(v).toString("hex")
    : typeof v === "string"
      ? /^[0-9a-f]*$/i.test(v)
        ? v.toLowerCase()
        : Buffer.from(v, "base64").toString("hex")
      : "";

function value(v: Record<string, unknown> | undefined): string | number | boolean {
  if (!v) return "";
  if (v.stringValue !== undefined && v.stringValue !== null) return v.stringValue as string;
  if (v.intValue !== undefined && v.intValue !== null) return Number(v.intValue);
  if (v.doubleValue !== undefined && v.doubleValue !== null) return Number(v.doubleValue);
  if (v.boolValue !== undefined && v.boolValue !== null) return Boolean(v.boolValue);
  return "";
}

const attrs = (list: Array<{ key: string; value: Record<string, unknown> }> = []) =>
  Object.fromEntries(list.map((a) => [a.key, value(a.value)]));

/** Either encoding, as plain objects (protobuf decoded by the protocol's definitions). */
function decode(type: typeof TraceRequest, body: Buffer, contentType: string): Record<string, unknown> {
  if (!contentType.includes("json")) return type.toObject(type.decode(body), { longs: String, bytes: Buffer });
  // OTLP/JSON writes ids as hex (not proto3 JSON's base64): turn them into bytes, then read the
  // message through the protocol's definitions, by way of its binary form (a field the
  // definitions do not have is lost there, and the assertions on it fail).
  const obj = hexIdsToBytes(JSON.parse(body.toString("utf8")));
  const binary = type.encode(type.fromObject(obj)).finish();
  return type.toObject(type.decode(binary), { longs: String, bytes: Buffer });
}

function hexIdsToBytes(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(hexIdsToBytes);
  if (!v || typeof v !== "object") return v;
  return Object.fromEntries(
    Object.entries(v).map(([k, x]) => [
      k,
      /^(traceId|spanId|parentSpanId)$/.test(k) && typeof x === "string" ? Buffer.from(x, "hex") : hexIdsToBytes(x),
    ]),
  );
}

/** The spans of one ExportTraceServiceRequest body, protobuf or OTLP/JSON. */
export function decodeTraces(body: Buffer, contentType: string): ReceivedSpan[] {
  const out: ReceivedSpan[] = [];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the decoded message's shape is the proto's, untyped here
  const decoded = decode(TraceRequest, body, contentType) as { resourceSpans?: any[] };
  for (const rs of decoded.resourceSpans ?? []) {
    const service = String(attrs(rs.resource?.attributes)["service.name"] ?? "");
    for (const ss of rs.scopeSpans ?? [])
      for (const s of ss.spans ?? [])
        out.push({
          traceId: hex(s.traceId),
          spanId: hex(s.spanId),
          parentSpanId: hex(s.parentSpanId),
          name: s.name,
          kind: Number(s.kind),
          attributes: attrs(s.attributes),
          status: { code: Number(s.status?.code ?? 0), message: s.status?.message || undefined },
          service,
          startNs: BigInt(s.startTimeUnixNano ?? 0),
          endNs: BigInt(s.endTimeUnixNano ?? 0),
          droppedAttributesCount: Number(s.droppedAttributesCount ?? 0),
        });
  }
  return out;
}

/**
 * `maxBodyBytes`: a body larger than this is refused as the Collector's OTLP receiver refuses it
 * (400, "request body too large"); `delayMs`: each answer comes this late (a slow collector).
 */
export async function startReceiver(o: { maxBodyBytes?: number; delayMs?: number } = {}): Promise<Receiver> {
  const spans: ReceivedSpan[] = [];
  const metrics: Receiver["metrics"] = [];
  const requests: Received[] = [];
  const refused: number[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const sent = Buffer.concat(chunks);
      const body = req.headers["content-encoding"] === "gzip" ? gunzipSync(sent) : sent;
      const answer = () => {
        if (o.maxBodyBytes !== undefined && body.length > o.maxBodyBytes) {
          refused.push(body.length);
          res.writeHead(400, { "content-type": "text/plain" });
          return void res.end("request body too large");
        }
        try {
          take(body);
        } catch (e) {
          res.writeHead(400, { "content-type": "text/plain" });
          res.end(String(e));
        }
      };
      if (o.delayMs) setTimeout(answer, o.delayMs);
      else answer();
    });
    const take = (body: Buffer) => {
      const contentType = String(req.headers["content-type"] ?? "");
      requests.push({ contentType, headers: req.headers, path: req.url ?? "" });
      if (req.url === "/v1/traces") {
        spans.push(...decodeTraces(body, contentType));
      } else if (req.url === "/v1/metrics") {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the decoded message's shape is the proto's, untyped here
        const decoded = decode(MetricsRequest, body, contentType) as { resourceMetrics?: any[] };
        for (const rm of decoded.resourceMetrics ?? [])
          for (const sm of rm.scopeMetrics ?? [])
            for (const m of sm.metrics ?? []) {
              const points = m.histogram?.dataPoints ?? [];
              metrics.push({
                name: m.name,
                unit: m.unit,
                count: points.reduce((n: number, p: { count?: unknown }) => n + Number(p.count ?? 0), 0),
                attributes: points.map((p: { attributes?: Array<{ key: string; value: Record<string, unknown> }> }) => attrs(p.attributes)),
              });
            }
      }
      res.writeHead(200, { "content-type": contentType.includes("json") ? "application/json" : "application/x-protobuf" });
      res.end(contentType.includes("json") ? "{}" : "");
    };
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    spans,
    metrics,
    requests,
    refused,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Waits (bounded) until `ok()` holds: the exporter sends in the background. */
export async function until(ok: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
