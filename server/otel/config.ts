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
  /** A W3C trace context to join (TRACEPARENT/TRACESTATE, as CI systems set them), if any. */
  parent?: { traceparent: string; tracestate?: string };
}

type Env = Record<string, string | undefined>;

/** The export settings, or undefined when export is off (no endpoint, or OTEL_TRACES_EXPORTER=none). */
export function otelConfigFromEnv(env: Env): OtelConfig | undefined {
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  const traces = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  if (!base && !traces) return undefined;
  if (exporterOff(env.OTEL_TRACES_EXPORTER)) return undefined;
  const protocol = protocolOf(env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? env.OTEL_EXPORTER_OTLP_PROTOCOL);
  const metrics = env.OTEL_EXPORTER_OTLP_METRICS_ENDPOINT?.trim();
  const resourceAttributes = parseKeyValues(env.OTEL_RESOURCE_ATTRIBUTES);
  return {
    tracesUrl: traces || signalUrl(base!, "traces"),
    metricsUrl: exporterOff(env.OTEL_METRICS_EXPORTER) ? undefined : metrics || (base ? signalUrl(base, "metrics") : undefined),
    protocol,
    headers: { ...parseKeyValues(env.OTEL_EXPORTER_OTLP_HEADERS), ...parseKeyValues(env.OTEL_EXPORTER_OTLP_TRACES_HEADERS) },
    serviceName: env.OTEL_SERVICE_NAME?.trim() || resourceAttributes["service.name"] || "mcp-inspector-harness",
    resourceAttributes,
    scheduleDelayMs: nonNegative(env.OTEL_BSP_SCHEDULE_DELAY) ?? 5000,
    parent: env.TRACEPARENT ? { traceparent: env.TRACEPARENT, tracestate: env.TRACESTATE || undefined } : undefined,
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

function protocolOf(v: string | undefined): OtelConfig["protocol"] {
  // grpc is not offered (it would need a gRPC stack in the bundle); http/protobuf is the spec's default.
  return v?.trim() === "http/json" ? "http/json" : "http/protobuf";
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
