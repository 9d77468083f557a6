import type { SessionFile } from "../../lib/session/file";
import type { SpanLimits } from "../../lib/otel/limits";
/**
 * A recording as OTLP/JSON (an ExportTraceServiceRequest, as a collector's OTLP/HTTP receiver
 * takes it): the same spans the live export sends, built from the recorded frames, with fresh
 * ids (its live spans, if export was on, were sent already). The session is redacted first as a
 * shared session is, then every span goes through what the live export's go through
 * (lib/otel/outgoing.ts: the same redaction of the span's strings, the same limits).
 */
export declare function sessionToOtlpJson(session: SessionFile, facts: {
    serviceName: string;
    resourceAttributes: Record<string, string>;
    limits: SpanLimits;
}): string;
