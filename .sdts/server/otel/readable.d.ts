import type { ReadableSpan } from "@opentelemetry/sdk-trace-base";
import type { SpanDraft } from "../../lib/otel/spans";
/** What names the exporting process in every batch (OTEL_SERVICE_NAME, OTEL_RESOURCE_ATTRIBUTES). */
export interface ResourceFacts {
    serviceName: string;
    resourceAttributes: Record<string, string>;
}
/** Our drafts as the SDK's ReadableSpan, which its OTLP serializers and exporters take. */
export declare function readableSpans(drafts: SpanDraft[], facts: ResourceFacts): ReadableSpan[];
