import { SpanKind, SpanStatusCode, TraceFlags } from "@opentelemetry/api";
import { resourceFromAttributes } from "@opentelemetry/resources";
import type { ReadableSpan } from "@opentelemetry/sdk-trace-base";
import type { SpanDraft } from "../../lib/otel/spans";
import { VERSION } from "../paths";

/** What names the exporting process in every batch (OTEL_SERVICE_NAME, OTEL_RESOURCE_ATTRIBUTES). */
export interface ResourceFacts {
  serviceName: string;
  resourceAttributes: Record<string, string>;
}

const KIND = { client: SpanKind.CLIENT, server: SpanKind.SERVER, internal: SpanKind.INTERNAL } as const;

const hr = (ms: number): [number, number] => {
  const s = Math.floor(ms / 1000);
  return [s, Math.round((ms - s * 1000) * 1e6)];
};

/** Our drafts as the SDK's ReadableSpan, which its OTLP serializers and exporters take. */
export function readableSpans(drafts: SpanDraft[], facts: ResourceFacts): ReadableSpan[] {
  const resource = resourceFromAttributes({ ...facts.resourceAttributes, "service.name": facts.serviceName });
  const scope = { name: "mcp-inspector-harness", version: VERSION };
  return drafts.map((d) => {
    const context = { traceId: d.traceId, spanId: d.spanId, traceFlags: TraceFlags.SAMPLED };
    return {
      name: d.name,
      kind: KIND[d.kind],
      spanContext: () => context,
      parentSpanContext: d.parentSpanId ? { traceId: d.traceId, spanId: d.parentSpanId, traceFlags: TraceFlags.SAMPLED } : undefined,
      startTime: hr(d.startMs),
      endTime: hr(d.endMs),
      duration: hr(d.endMs - d.startMs),
      // The conventions: an error's description is the error's message; success leaves it unset.
      status: d.error ? { code: SpanStatusCode.ERROR, message: d.error.message } : { code: SpanStatusCode.UNSET },
      attributes: d.attributes,
      links: [],
      events: [],
      ended: true,
      resource,
      instrumentationScope: scope,
      droppedAttributesCount: d.droppedAttributes ?? 0,
      droppedEventsCount: 0,
      droppedLinksCount: 0,
    };
  });
}
