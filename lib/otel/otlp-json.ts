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

type AnyValue = { stringValue: string } | { intValue: string } | { doubleValue: number } | { boolValue: boolean };

const KIND = { internal: 1, server: 2, client: 3 } as const;
const STATUS_ERROR = 2;

function anyValue(v: string | number | boolean): AnyValue {
  if (typeof v === "string") return { stringValue: v };
  if (typeof v === "boolean") return { boolValue: v };
  return Number.isInteger(v) ? { intValue: String(v) } : { doubleValue: v };
}

const attributes = (a: Record<string, string | number | boolean>) => Object.entries(a).map(([key, v]) => ({ key, value: anyValue(v) }));

/** Milliseconds since the epoch (sub-millisecond) as OTLP's nanoseconds, exactly, as a decimal string. */
function nanos(ms: number): string {
  const whole = Math.floor(ms);
  const sub = Math.round((ms - whole) * 1e6);
  return (BigInt(whole) * 1_000_000n + BigInt(sub)).toString();
}

export function otlpJson(spans: readonly SpanDraft[], resource: OtlpResource): Record<string, unknown> {
  return {
    resourceSpans: [
      {
        resource: { attributes: attributes({ ...resource.resourceAttributes, "service.name": resource.serviceName }) },
        scopeSpans: [
          {
            scope: { name: "mcp-inspector-harness", version: resource.version },
            spans: spans.map((s) => ({
              traceId: s.traceId,
              spanId: s.spanId,
              ...(s.parentSpanId ? { parentSpanId: s.parentSpanId } : {}),
              name: s.name,
              kind: KIND[s.kind],
              startTimeUnixNano: nanos(s.startMs),
              endTimeUnixNano: nanos(s.endMs),
              attributes: attributes(s.attributes),
              ...(s.droppedAttributes ? { droppedAttributesCount: s.droppedAttributes } : {}),
              // The conventions: an error's description is its message; success leaves the status unset.
              status: s.error ? { code: STATUS_ERROR, ...(s.error.message ? { message: s.error.message } : {}) } : {},
            })),
          },
        ],
      },
    ],
  };
}
