// Static imports: this module is itself the chunk loaded on demand (server/otel/hook.ts), and the
// SDK's packages are CommonJS, whose named exports a bundled dynamic import() does not give.
import { ExportResultCode, type ExportResult } from "@opentelemetry/core";
import {
  JsonMetricsSerializer,
  JsonTraceSerializer,
  ProtobufMetricsSerializer,
  ProtobufTraceSerializer,
} from "@opentelemetry/otlp-transformer";
import { resourceFromAttributes } from "@opentelemetry/resources";
import type { ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { MeterProvider, PeriodicExportingMetricReader, type PushMetricExporter, type ResourceMetrics } from "@opentelemetry/sdk-metrics";
import type { Histogram } from "@opentelemetry/api";
import { printableUrl, type OtelConfig } from "./config";
import type { SpanDraft } from "../../lib/otel/spans";
import { OutgoingSpans } from "../../lib/otel/outgoing";
import { readableSpans } from "./readable";
import { postOtlp, type PostOptions, type Sent } from "./send";
import { warnOnce } from "./warn";

/**
 * The live exporter, loaded only when export is on (server/otel/hook.ts imports it on demand):
 * spans, redacted and bounded as `export --otlp` does (lib/otel/outgoing.ts), batched to the OTLP
 * endpoint; every request's duration as the conventions' `mcp.client.operation.duration`
 * histogram (a load run's calls included) and each session's as `mcp.client.session.duration`.
 * Sent with our own POST (send.ts) over the SDK's OTLP serializers, so that a refusal of one batch
 * is known by its status and the batch split until only what the collector refuses is lost.
 */
export interface LiveExport {
  add(drafts: SpanDraft[]): void;
  /** A session ended after `seconds`; `attributes` as the conventions' session metric takes them. */
  sessionEnded(seconds: number, attributes: Record<string, string | number | boolean>): void;
  flush(): Promise<void>;
  /** Sends and says nothing more: the batch timer cleared, the queue and the metrics dropped. */
  stop(): void;
}

const BATCH = 512;
const INTERVAL_MS = 1000;
/**
 * A request body larger than this is split before it is sent: the Collector's OTLP receiver
 * refuses more than 20 MiB by default (`max_request_body_size`), and other backends less.
 */
const MAX_BODY = 4 * 1024 * 1024;
/** The conventions' advice for these histograms, in seconds. */
const BUCKETS = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 30, 60, 120, 300];

export function startLiveExport(config: OtelConfig): LiveExport {
  const outgoing = new OutgoingSpans(config.limits);
  const contentType = config.protocol === "http/json" ? "application/json" : "application/x-protobuf";
  const traceSerializer = config.protocol === "http/json" ? JsonTraceSerializer : ProtobufTraceSerializer;
  const metrics = config.metricsUrl ? meter(config, contentType) : undefined;
  let queue: SpanDraft[] = [];
  let sending: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  /** Sends `spans`; a batch the collector refuses as a whole (400, 413) is split in two and each half sent, down to one span. */
  const sendSpans = async (spans: ReadableSpan[]): Promise<void> => {
    const body = traceSerializer.serializeRequest(spans);
    if (!body) return;
    if (body.byteLength > MAX_BODY && spans.length > 1) return sendHalves(spans);
    const sent = await postOtlp(config.tracesUrl, body, contentType, config);
    if (sent.ok || stopped) return;
    if (sent.how === "rejected" && (sent.status === 400 || sent.status === 413) && spans.length > 1) return sendHalves(spans);
    warnOnce(failureLine(config.tracesUrl, sent, `${spans.length} span${spans.length === 1 ? "" : "s"} not sent`), `traces ${kind(sent)}`);
  };
  const sendHalves = async (spans: ReadableSpan[]) => {
    const half = Math.ceil(spans.length / 2);
    await sendSpans(spans.slice(0, half));
    await sendSpans(spans.slice(half));
  };

  const send = (): Promise<void> => {
    if (timer) {
      clearTimeout(timer);
      timer = undefined;
    }
    if (queue.length === 0) return sending;
    const batch = queue;
    queue = [];
    const spans = readableSpans(batch, config);
    sending = sending.then(() => sendSpans(spans));
    return sending;
  };

  return {
    add(drafts) {
      for (const raw of drafts) {
        const d = outgoing.prepare(raw);
        queue.push(d);
        if (d.kind === "client" && metrics) metrics.operation.record((d.endMs - d.startMs) / 1000, durationAttributes(d));
      }
      if (queue.length >= BATCH) void send();
      else if (!timer && queue.length) (timer = setTimeout(() => void send(), INTERVAL_MS)).unref();
    },
    sessionEnded(seconds, attributes) {
      metrics?.session.record(seconds, attributes);
    },
    async flush() {
      // Side by side: a slow collector's two answers must fit in the one wait a command gives them.
      await Promise.all([send(), metrics?.provider.forceFlush().catch(() => undefined)]);
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      queue = [];
      if (!metrics) return;
      // The reader's shutdown exports once more: to an exporter that is off by then.
      metrics.exporter.off = true;
      void metrics.provider.shutdown().catch(() => undefined);
    },
  };
}

/** One kind of failure is said once a process: what happened, to which endpoint (never its credentials), and what was lost. */
const kind = (s: Exclude<Sent, { ok: true }>) => (s.how === "rejected" ? `rejected ${s.status}` : s.how);

export function failureLine(url: string, s: Exclude<Sent, { ok: true }>, lost: string): string {
  const where = `OpenTelemetry export to ${printableUrl(url)}`;
  switch (s.how) {
    case "refused":
      return `${where}: connection refused (is a collector listening there?): ${lost}`;
    case "timeout":
      return `${where}: timed out (${s.detail}): ${lost}`;
    case "rejected":
      return `${where}: rejected with HTTP ${s.status}${s.detail ? ` (${s.detail})` : ""}: ${lost}`;
    default:
      return `${where}: failed (${s.detail}): ${lost}`;
  }
}

/** The SDK's metric reader hands its data to this exporter, which sends it as the traces are sent and says what went wrong the same way. */
class MetricSender implements PushMetricExporter {
  /** Set by LiveExport.stop: sends nothing, says nothing. */
  off = false;
  constructor(
    private readonly url: string,
    private readonly contentType: string,
    private readonly options: PostOptions,
  ) {}

  export(metrics: ResourceMetrics, done: (result: ExportResult) => void): void {
    const serializer = this.contentType === "application/json" ? JsonMetricsSerializer : ProtobufMetricsSerializer;
    const body = this.off ? undefined : serializer.serializeRequest(metrics);
    if (!body) return done({ code: ExportResultCode.SUCCESS });
    void postOtlp(this.url, body, this.contentType, this.options).then((sent) => {
      if (sent.ok || this.off) return done({ code: ExportResultCode.SUCCESS });
      warnOnce(failureLine(this.url, sent, "the duration metrics not sent"), `metrics ${kind(sent)}`);
      done({ code: ExportResultCode.FAILED });
    });
  }

  forceFlush = () => Promise.resolve();
  shutdown = () => Promise.resolve();
}

function meter(
  config: OtelConfig,
  contentType: string,
): { provider: MeterProvider; exporter: MetricSender; operation: Histogram; session: Histogram } {
  const exporter = new MetricSender(config.metricsUrl!, contentType, config);
  const provider = new MeterProvider({
    resource: resourceFromAttributes({ ...config.resourceAttributes, "service.name": config.serviceName }),
    readers: [new PeriodicExportingMetricReader({ exporter, exportIntervalMillis: 10_000 })],
  });
  const m = provider.getMeter("mcp-inspector-harness");
  const operation = m.createHistogram("mcp.client.operation.duration", {
    unit: "s",
    description:
      "The duration of the MCP request or notification as observed on the sender from the time it was sent until the response or ack is received.",
    advice: { explicitBucketBoundaries: BUCKETS },
  });
  const session = m.createHistogram("mcp.client.session.duration", {
    unit: "s",
    description: "The duration of the MCP session as observed on the MCP client.",
    advice: { explicitBucketBoundaries: BUCKETS },
  });
  return { provider, exporter, operation, session };
}

const DURATION_KEYS = [
  "mcp.method.name",
  "gen_ai.tool.name",
  "gen_ai.prompt.name",
  "gen_ai.operation.name",
  "error.type",
  "mcp.protocol.version",
  "network.transport",
  "network.protocol.name",
  "network.protocol.version",
  "server.address",
  "server.port",
  "rpc.response.status_code",
];

function durationAttributes(d: SpanDraft): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const k of DURATION_KEYS) if (d.attributes[k] !== undefined) out[k] = d.attributes[k];
  return out;
}
