import { type OtelConfig } from "./config";
import type { SpanDraft } from "../../lib/otel/spans";
import { type Sent } from "./send";
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
export declare function startLiveExport(config: OtelConfig): LiveExport;
export declare function failureLine(url: string, s: Exclude<Sent, {
    ok: true;
}>, lost: string): string;
