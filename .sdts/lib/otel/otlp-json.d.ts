import type { SpanDraft } from "./spans";
/**
 * Spans as OTLP/JSON: an ExportTraceServiceRequest in the JSON mapping of the OpenTelemetry
 * protocol (https://opentelemetry.io/docs/specs/otlp/#json-protobuf-encoding): ids as hex,
 * 64-bit times as decimal strings, enums as numbers. Pure, so the page writes the same file as
 * `inspector export --otlp`; the tests read it back with the protocol's own definitions.
 */
export interface OtlpResource {
    serviceName: string;
    resourceAttributes?: Record<string, string>;
    /** The instrumentation scope's version: this inspector's. */
    version: string;
}
export declare function otlpJson(spans: readonly SpanDraft[], resource: OtlpResource): Record<string, unknown>;
