import type { OtelConfig } from "./config";
import { type SpanDraft } from "../../lib/otel/spans";
import { type CompactBatch } from "./compact";
/**
 * Where spans are built and sent: the compact entries of every engine in the process (one
 * SpanBuilder each, as request ids are per session) and the inspector's own spans, handed to the
 * OpenTelemetry SDK's exporters (server/otel/live.ts). It runs in the export's worker thread
 * (server/otel/worker.ts), or in the engine's own thread where no built worker exists (tests run
 * from the sources).
 */
export interface Pipeline {
    /** Compact entries (server/otel/compact.ts). */
    entries(batch: CompactBatch): void;
    /** Finished spans of the inspector's own (a run, a test). */
    drafts(drafts: SpanDraft[]): void;
    flush(): Promise<void>;
    /** Sends and says nothing more (server/otel/hook.ts's resetOtelForTests). */
    stop(): void;
}
export declare function startPipeline(config: OtelConfig): Pipeline;
