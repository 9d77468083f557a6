import { JsonTraceSerializer } from "@opentelemetry/otlp-transformer";
import type { SessionFile } from "../../lib/session/file";
import { redactSession } from "../../lib/session/redact";
import { readableSpans, type ResourceFacts } from "./readable";
import { SpanBuilder, type SpanDraft } from "./spans";

/**
 * A recording as OTLP/JSON (an ExportTraceServiceRequest, as a collector's OTLP/HTTP receiver
 * takes it): the same spans the live export sends, built from the recorded frames. The session
 * is redacted first as a shared session is, so no secret leaves in a span.
 */
export function sessionSpans(session: SessionFile): SpanDraft[] {
  const { session: redacted } = redactSession(session, { secrets: {} });
  const builder = new SpanBuilder();
  const spans: SpanDraft[] = [];
  let last = 0;
  for (const entry of redacted.entries) {
    last = entry.t;
    spans.push(...builder.add(entry));
  }
  spans.push(...builder.finish(last));
  return spans;
}

export function sessionToOtlpJson(session: SessionFile, facts: ResourceFacts): string {
  const bytes = JsonTraceSerializer.serializeRequest(readableSpans(sessionSpans(session), facts));
  return new TextDecoder().decode(bytes);
}
