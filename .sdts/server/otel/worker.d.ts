import type { CompactBatch } from "./compact";
/**
 * The export's worker thread (dist/otel-worker.mjs): spans built, the OpenTelemetry SDK loaded,
 * OTLP encoded and sent here, off the engine's thread (server/otel/hook.ts starts it). Messages
 * in: `{ entries }`, `{ drafts }`, `{ flush: n }`; out: `{ flushed: n }` and `{ warn }` lines.
 */
export type ToWorker = {
    entries: CompactBatch;
} | {
    drafts: import("../../lib/otel/spans").SpanDraft[];
} | {
    flush: number;
};
export type FromWorker = {
    flushed: number;
} | {
    warn: string;
    key: string;
};
