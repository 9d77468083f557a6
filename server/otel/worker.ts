import { parentPort, workerData } from "node:worker_threads";
import type { OtelConfig } from "./config";
import type { CompactBatch } from "./compact";
import { startPipeline } from "./pipeline";
import { sendWarningsTo } from "./warn";

/**
 * The export's worker thread (dist/otel-worker.mjs): spans built, the OpenTelemetry SDK loaded,
 * OTLP encoded and sent here, off the engine's thread (server/otel/hook.ts starts it). Messages
 * in: `{ entries }`, `{ drafts }`, `{ flush: n }`; out: `{ flushed: n }` and `{ warn }` lines.
 */
export type ToWorker = { entries: CompactBatch } | { drafts: import("../../lib/otel/spans").SpanDraft[] } | { flush: number };
export type FromWorker = { flushed: number } | { warn: string; key: string };

const port = parentPort!;
// Said by the main thread, once for the process (a worker's own stderr may be lost when it is ended).
sendWarningsTo((line, key) => port.postMessage({ warn: line, key } satisfies FromWorker));
const pipeline = startPipeline(workerData as OtelConfig);
port.on("message", (m: ToWorker) => {
  if ("entries" in m) pipeline.entries(m.entries);
  else if ("drafts" in m) pipeline.drafts(m.drafts);
  else void pipeline.flush().then(() => port.postMessage({ flushed: m.flush } satisfies FromWorker));
});
