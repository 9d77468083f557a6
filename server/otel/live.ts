import { printableUrl, type OtelConfig } from "./config";
import type { SpanDraft } from "../../lib/otel/spans";
import { OutgoingSpans } from "../../lib/otel/outgoing";
import { encodeMetricsRequest, encodeTraceRequest, type HistogramMetric } from "../../lib/otel/otlp-proto";
import { Histogram } from "./histograms";
import { postOtlp, type Sent } from "./send";
import { warnOnce } from "./warn";
import { VERSION } from "../paths";

/**
 * The live exporter, loaded only when export is on (server/otel/hook.ts imports it on demand):
 * spans, redacted and bounded as `export --otlp` does (lib/otel/outgoing.ts), batched to the OTLP
 * endpoint; every request's duration as the conventions' `mcp.client.operation.duration`
 * histogram (a load run's calls included) and each session's as `mcp.client.session.duration`.
 * Sent with our own POST (send.ts), so that a refusal of one batch is known by its status and the
 * batch split until only what the collector refuses is lost. OTLP/protobuf (the default) is
 * written by lib/otel/otlp-proto.ts and the histograms kept by ./histograms.ts, with no SDK in the
 * process (figure 11: the SDK's loading, its ReadableSpan rebuilt per span and its generic encoder
 * were most of what export cost); OTLP/JSON loads the SDK's serializers (./sdk-json.ts).
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
  const json = config.protocol === "http/json";
  const contentType = json ? "application/json" : "application/x-protobuf";
  const resource = { serviceName: config.serviceName, resourceAttributes: config.resourceAttributes, version: VERSION };
  let sdkJson: Promise<typeof import("./sdk-json")> | undefined;
  const jsonOf = () => (sdkJson ??= import("./sdk-json"));
  const serialize = async (spans: SpanDraft[]): Promise<Uint8Array | undefined> =>
    json ? (await jsonOf()).jsonTraces(spans, config) : encodeTraceRequest(spans, resource);
  const metrics = config.metricsUrl
    ? new Metrics(config, contentType, async (m, endMs) =>
        json ? (await jsonOf()).jsonMetrics(m, endMs, config) : encodeMetricsRequest(m, endMs, resource),
      )
    : undefined;
  let queue: SpanDraft[] = [];
  let sending: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  /** Sends `spans`; a batch the collector refuses as a whole (400, 413) is split in two and each half sent, down to one span. */
  const sendSpans = async (spans: SpanDraft[]): Promise<void> => {
    const body = await serialize(spans);
    if (!body) return;
    if (body.byteLength > MAX_BODY && spans.length > 1) return sendHalves(spans);
    const sent = await postOtlp(config.tracesUrl, body, contentType, config);
    if (sent.ok || stopped) return;
    if (sent.how === "rejected" && (sent.status === 400 || sent.status === 413) && spans.length > 1) return sendHalves(spans);
    warnOnce(failureLine(config.tracesUrl, sent, `${spans.length} span${spans.length === 1 ? "" : "s"} not sent`), `traces ${kind(sent)}`);
  };
  const sendHalves = async (spans: SpanDraft[]) => {
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
    sending = sending.then(() => sendSpans(batch));
    return sending;
  };

  return {
    add(drafts) {
      for (const raw of drafts) {
        const d = outgoing.prepare(raw);
        queue.push(d);
        if (d.kind === "client" && metrics) metrics.operation(d);
      }
      if (queue.length >= BATCH) void send();
      else if (!timer && queue.length) (timer = setTimeout(() => void send(), INTERVAL_MS)).unref();
    },
    sessionEnded(seconds, attributes) {
      metrics?.session.record(seconds, JSON.stringify(attributes), () => attributes);
    },
    async flush() {
      // Side by side: a slow collector's two answers must fit in the one wait a command gives them.
      await Promise.all([send(), metrics?.send()]);
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      queue = [];
      metrics?.stop();
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

/** Every EXPORT_MS the histograms are sent whole (cumulative), as the SDK's periodic reader did by default; and at a flush. */
const EXPORT_MS = 10_000;

/** The conventions' two duration histograms, sent as the traces are sent, what went wrong said the same way. */
class Metrics {
  private readonly durations = new Histogram(
    "mcp.client.operation.duration",
    "The duration of the MCP request or notification as observed on the sender from the time it was sent until the response or ack is received.",
    "s",
    BUCKETS,
  );
  readonly session = new Histogram(
    "mcp.client.session.duration",
    "The duration of the MCP session as observed on the MCP client.",
    "s",
    BUCKETS,
  );
  private readonly timer: NodeJS.Timeout;
  private sending: Promise<void> = Promise.resolve();
  /** Set by stop: sends nothing, says nothing. */
  private off = false;

  constructor(
    private readonly config: OtelConfig,
    private readonly contentType: string,
    private readonly encode: (metrics: HistogramMetric[], endMs: number) => Promise<Uint8Array | undefined>,
  ) {
    this.timer = setInterval(() => void this.send(), EXPORT_MS);
    this.timer.unref();
  }

  /** A CLIENT span's duration, under the attributes the conventions name for it. */
  operation(d: SpanDraft): void {
    // The point's key: the values of DURATION_KEYS in their order (an absent one marked), no sorting, no JSON.
    const a = d.attributes;
    let key = "";
    for (const k of DURATION_KEYS) {
      const v = a[k];
      key += v === undefined ? "\u0001" : `${typeof v === "string" ? "s" : typeof v === "number" ? "n" : "b"}${String(v)}\u0000`;
    }
    this.durations.record((d.endMs - d.startMs) / 1000, key, () => {
      const out: Record<string, string | number | boolean> = {};
      for (const k of DURATION_KEYS) if (a[k] !== undefined) out[k] = a[k];
      return out;
    });
  }

  /** Both histograms as they stand, if either holds a value; one request at a time. */
  send(): Promise<void> {
    this.sending = this.sending.then(async () => {
      const metrics = [this.durations.collect(), this.session.collect()].filter((m) => m !== undefined);
      if (this.off || metrics.length === 0) return;
      const body = await this.encode(metrics, Date.now()).catch(() => undefined);
      if (!body) return;
      const sent = await postOtlp(this.config.metricsUrl!, body, this.contentType, this.config);
      if (sent.ok || this.off) return;
      warnOnce(failureLine(this.config.metricsUrl!, sent, "the duration metrics not sent"), `metrics ${kind(sent)}`);
    });
    return this.sending;
  }

  stop(): void {
    this.off = true;
    clearInterval(this.timer);
  }
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
