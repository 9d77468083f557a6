// Static imports: this module is itself the chunk loaded on demand (server/otel/hook.ts), and the
// exporters are CommonJS, whose named exports a bundled dynamic import() does not give.
import { ExportResultCode } from "@opentelemetry/core";
import { OTLPTraceExporter as ProtoTraceExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { OTLPTraceExporter as JsonTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { OTLPMetricExporter as ProtoMetricExporter } from "@opentelemetry/exporter-metrics-otlp-proto";
import { OTLPMetricExporter as JsonMetricExporter } from "@opentelemetry/exporter-metrics-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import type { SpanExporter } from "@opentelemetry/sdk-trace-base";
import { MeterProvider, PeriodicExportingMetricReader, type PushMetricExporter } from "@opentelemetry/sdk-metrics";
import type { Histogram } from "@opentelemetry/api";
import type { OtelConfig } from "./config";
import type { SpanDraft } from "../../lib/otel/spans";
import { readableSpans } from "./readable";
import { warnOnce } from "./warn";

/**
 * The live exporter, loaded only when export is on (server/otel/hook.ts imports it on demand):
 * spans batched to the OTLP endpoint, and every request's duration as the conventions'
 * `mcp.client.operation.duration` histogram (a load run's calls included).
 */
export interface LiveExport {
  add(drafts: SpanDraft[]): void;
  flush(): Promise<void>;
}

const BATCH = 512;
const INTERVAL_MS = 1000;
/** The conventions' advice for this histogram, in seconds. */
const BUCKETS = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 30, 60, 120, 300];

export function startLiveExport(config: OtelConfig): LiveExport {
  const traces = traceExporter(config);
  const metrics = config.metricsUrl ? meter(config) : undefined;
  let queue: SpanDraft[] = [];
  let sending: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  const send = (): Promise<void> => {
    if (timer) {
      clearTimeout(timer);
      timer = undefined;
    }
    if (queue.length === 0) return sending;
    const batch = queue;
    queue = [];
    const spans = readableSpans(batch, config);
    sending = sending.then(
      () =>
        new Promise<void>((resolve) =>
          traces.export(spans, (r) => {
            // An unreachable collector must never stop the session: one line on stderr, once.
            if (r.code !== ExportResultCode.SUCCESS)
              warnOnce(`OpenTelemetry export to ${config.tracesUrl} failed: ${r.error?.message ?? "unknown error"}`);
            resolve();
          }),
        ),
    );
    return sending;
  };

  return {
    add(drafts) {
      for (const d of drafts) {
        queue.push(d);
        if (d.kind === "client" && metrics) metrics.histogram.record((d.endMs - d.startMs) / 1000, durationAttributes(d));
      }
      if (queue.length >= BATCH) void send();
      else if (!timer && queue.length) (timer = setTimeout(() => void send(), INTERVAL_MS)).unref();
    },
    async flush() {
      await send();
      await metrics?.provider
        .forceFlush()
        .catch((e: Error) => warnOnce(`OpenTelemetry metric export to ${config.metricsUrl} failed: ${e.message}`));
    },
  };
}

function traceExporter(config: OtelConfig): SpanExporter {
  const opts = { url: config.tracesUrl, headers: config.headers };
  return config.protocol === "http/json" ? new JsonTraceExporter(opts) : new ProtoTraceExporter(opts);
}

function meter(config: OtelConfig): { provider: MeterProvider; histogram: Histogram } {
  const opts = { url: config.metricsUrl, headers: config.headers };
  const exporter: PushMetricExporter = config.protocol === "http/json" ? new JsonMetricExporter(opts) : new ProtoMetricExporter(opts);
  const provider = new MeterProvider({
    resource: resourceFromAttributes({ ...config.resourceAttributes, "service.name": config.serviceName }),
    readers: [new PeriodicExportingMetricReader({ exporter, exportIntervalMillis: 10_000 })],
  });
  const histogram = provider.getMeter("mcp-inspector-harness").createHistogram("mcp.client.operation.duration", {
    unit: "s",
    description:
      "The duration of the MCP request or notification as observed on the sender from the time it was sent until the response or ack is received.",
    advice: { explicitBucketBoundaries: BUCKETS },
  });
  return { provider, histogram };
}

const DURATION_KEYS = [
  "mcp.method.name",
  "gen_ai.tool.name",
  "gen_ai.prompt.name",
  "gen_ai.operation.name",
  "error.type",
  "mcp.protocol.version",
  "network.transport",
  "rpc.response.status_code",
];

function durationAttributes(d: SpanDraft): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const k of DURATION_KEYS) if (d.attributes[k] !== undefined) out[k] = d.attributes[k];
  return out;
}
