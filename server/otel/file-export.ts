import type { SessionFile } from "../../lib/session/file";
import { redactSession } from "../../lib/session/redact";
import { otlpJson } from "../../lib/otel/otlp-json";
import { spansOfEntries } from "../../lib/otel/spans";
import { VERSION } from "../paths";

/**
 * A recording as OTLP/JSON (an ExportTraceServiceRequest, as a collector's OTLP/HTTP receiver
 * takes it): the same spans the live export sends, built from the recorded frames. The session
 * is redacted first as a shared session is, so no secret leaves in a span.
 */
export function sessionToOtlpJson(
  session: SessionFile,
  facts: { serviceName: string; resourceAttributes: Record<string, string> },
): string {
  const { session: redacted } = redactSession(session, { secrets: {} });
  return JSON.stringify(otlpJson(spansOfEntries(redacted.entries), { ...facts, version: VERSION }));
}
