import type { OtelConfig } from "./config";
import { SpanBuilder, type SpanDraft } from "../../lib/otel/spans";
import { entryOf, type CompactBatch } from "./compact";
import { startLiveExport } from "./live";

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

export function startPipeline(config: OtelConfig): Pipeline {
  const live = startLiveExport(config);
  const builders = new Map<number, SpanBuilder>();
  // The parent the engine's thread found for the request being added (compact.ts).
  let parent: string | undefined;
  const parentOf = () => ({ parentSpanId: parent });
  return {
    entries(batch) {
      const out: SpanDraft[] = [];
      for (const part of batch)
        for (let i = 0; i < part.times.length; i++) {
          const { engine, entry, parent: p } = entryOf(part, i);
          let builder = builders.get(engine);
          if (!entry) {
            // The session ended: what it still waits for ends now, as an error.
            if (builder) {
              out.push(...builder.finish(part.times[i]!));
              const session = builder.sessionDuration(part.times[i]!);
              if (session) live.sessionEnded(session.seconds, session.attributes);
            }
            builders.delete(engine);
            continue;
          }
          if (!builder) builders.set(engine, (builder = new SpanBuilder(parentOf)));
          parent = p;
          for (const d of builder.add(entry)) out.push(d);
        }
      parent = undefined;
      if (out.length) live.add(out);
    },
    drafts: (drafts) => live.add(drafts),
    flush: () => live.flush(),
    stop: () => live.stop(),
  };
}
