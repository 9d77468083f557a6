import { DEFAULT_LIMITS, type SpanLimits } from "../../lib/otel/limits";
import { parseTraceparent } from "../../lib/otel/ids";

/**
 * OpenTelemetry export settings from the standard OTEL_* variables
 * (https://opentelemetry.io/docs/specs/otel/protocol/exporter/). Nothing is exported unless the
 * person set an endpoint: the inspector never sends telemetry anywhere on its own.
 */
export interface OtelConfig {
  /** Where spans are POSTed (the signal-specific variable wins; else `<endpoint>/v1/traces`). */
  tracesUrl: string;
  /** Where the duration metric is POSTed, or undefined when OTEL_METRICS_EXPORTER=none. */
  metricsUrl?: string;
  protocol: "http/protobuf" | "http/json";
  headers: Record<string, string>;
  serviceName: string;
  resourceAttributes: Record<string, string>;
  /** How long finished spans wait before they are sent, at most (OTEL_BSP_SCHEDULE_DELAY, the SDK's 5 s by default). */
  scheduleDelayMs: number;
  /** How long one request waits for the collector's answer (OTEL_EXPORTER_OTLP_TIMEOUT, 10 s by default). */
  timeoutMs: number;
  /** OTEL_EXPORTER_OTLP_COMPRESSION=gzip: bodies sent gzipped. */
  gzip: boolean;
  /** A W3C trace context to join (TRACEPARENT/TRACESTATE, as CI systems set them), if any. */
  parent?: { traceparent: string; tracestate?: string };
  /** The attribute limits (OTEL_SPAN_ATTRIBUTE_* over OTEL_ATTRIBUTE_*), with a default length cap. */
  limits: SpanLimits;
  /**
   * Why export cannot run as asked, said once on stderr (then export is off): a protocol not
   * offered (`grpc`) is refused by name, never sent as http/protobuf to a gRPC port.
   */
  refused?: string;
  /** TRACEPARENT's sampled flag is 0: its trace is joined (ids carried to the server, flag 00) but nothing is exported. */
  unsampled?: boolean;
}

type Env = Record<string, string | undefined>;

/** The export settings, or undefined when export is off (no endpoint, or OTEL_TRACES_EXPORTER=none). */
export function otelConfigFromEnv(env: Env): OtelConfig | undefined {
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  const traces = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  if (!base && !traces) return undefined;
  if (exporterOff(env.OTEL_TRACES_EXPORTER)) return undefined;
  const asked = (env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? env.OTEL_EXPORTER_OTLP_PROTOCOL)?.trim();
  const protocol = protocolOf(asked);
  const parent = env.TRACEPARENT ? parseTraceparent(env.TRACEPARENT) : undefined;
  const metrics = env.OTEL_EXPORTER_OTLP_METRICS_ENDPOINT?.trim();
  const resourceAttributes = parseKeyValues(env.OTEL_RESOURCE_ATTRIBUTES);
  return {
    tracesUrl: traces || signalUrl(base!, "traces"),
    metricsUrl: exporterOff(env.OTEL_METRICS_EXPORTER) ? undefined : metrics || (base ? signalUrl(base, "metrics") : undefined),
    protocol: protocol ?? "http/protobuf",
    headers: { ...parseKeyValues(env.OTEL_EXPORTER_OTLP_HEADERS), ...parseKeyValues(env.OTEL_EXPORTER_OTLP_TRACES_HEADERS) },
    serviceName: env.OTEL_SERVICE_NAME?.trim() || resourceAttributes["service.name"] || "mcp-inspector-harness",
    resourceAttributes,
    scheduleDelayMs: nonNegative(env.OTEL_BSP_SCHEDULE_DELAY) ?? 5000,
    timeoutMs: positive(env.OTEL_EXPORTER_OTLP_TRACES_TIMEOUT) ?? positive(env.OTEL_EXPORTER_OTLP_TIMEOUT) ?? 10_000,
    gzip: (env.OTEL_EXPORTER_OTLP_TRACES_COMPRESSION ?? env.OTEL_EXPORTER_OTLP_COMPRESSION)?.trim() === "gzip",
    parent: env.TRACEPARENT ? { traceparent: env.TRACEPARENT, tracestate: env.TRACESTATE || undefined } : undefined,
    limits: limitsOf(env),
    ...(asked && protocol === undefined ? { refused: refusal(asked) } : {}),
    ...(parent && !parent.sampled ? { unsampled: true } : {}),
  };
}

/** True when the variables ask for export, without reading anything else (the engine's hot check). */
export function otelWanted(env: Env): boolean {
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) && !exporterOff(env.OTEL_TRACES_EXPORTER);
}

function nonNegative(v: string | undefined): number | undefined {
  const n = v === undefined || v.trim() === "" ? NaN : Number(v);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

const exporterOff = (v: string | undefined) =>
  v !== undefined &&
  v
    .split(",")
    .map((s) => s.trim())
    .includes("none");

/** The protocol asked for, or undefined for one not offered. http/protobuf is the spec's default. */
function protocolOf(v: string | undefined): OtelConfig["protocol"] | undefined {
  if (!v || v === "http/protobuf") return "http/protobuf";
  if (v === "http/json") return "http/json";
  return undefined;
}

function refusal(asked: string): string {
  // grpc is not offered: it would need a gRPC stack in the bundle, for what OTLP/HTTP does as well.
  const what =
    asked === "grpc"
      ? "OTEL_EXPORTER_OTLP_PROTOCOL=grpc is not offered"
      : `the OTLP protocol "${asked.slice(0, 40)}" is not one of http/protobuf, http/json`;
  return `OpenTelemetry export is off: ${what}; set http/protobuf (the default) or http/json, and the collector's OTLP/HTTP port (4318)`;
}

/** OTEL_SPAN_ATTRIBUTE_VALUE_LENGTH_LIMIT over OTEL_ATTRIBUTE_VALUE_LENGTH_LIMIT (and the count limits), as the spec reads them. */
function limitsOf(env: Env): SpanLimits {
  const length = positive(env.OTEL_SPAN_ATTRIBUTE_VALUE_LENGTH_LIMIT) ?? positive(env.OTEL_ATTRIBUTE_VALUE_LENGTH_LIMIT);
  const count = nonNegative(env.OTEL_SPAN_ATTRIBUTE_COUNT_LIMIT) ?? nonNegative(env.OTEL_ATTRIBUTE_COUNT_LIMIT);
  return {
    valueLength: length !== undefined ? Math.floor(length) : DEFAULT_LIMITS.valueLength,
    attributeCount: count !== undefined ? Math.floor(count) : DEFAULT_LIMITS.attributeCount,
  };
}

function positive(v: string | undefined): number | undefined {
  const n = nonNegative(v);
  return n !== undefined && n >= 1 ? n : undefined;
}

/** The spec: a base endpoint gets `/v1/<signal>` appended, after any path it has. */
function signalUrl(base: string, signal: "traces" | "metrics"): string {
  return `${base.replace(/\/+$/, "")}/v1/${signal}`;
}

/** `k=v,k2=v2` with percent-encoded values (W3C Baggage style), as OTEL_* lists are written. */
export function parseKeyValues(v: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (v ?? "").split(",")) {
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    const key = part.slice(0, eq).trim();
    if (!key || key === "__proto__") continue;
    try {
      out[key] = decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      out[key] = part.slice(eq + 1).trim();
    }
  }
  return out;
}

/** An endpoint as it may be printed: without a user and password, and without its query (a token may be there). */
export function printableUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = "";
    u.password = "";
    u.search = "";
    return u.toString();
  } catch {
    return "(the endpoint set)";
  }
}
