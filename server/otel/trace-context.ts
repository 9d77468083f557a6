/**
 * W3C Trace Context for MCP: the ids (lib/otel/ids.ts), and the span ids of a scope
 * (a collection run, a test, a load run) whose span is the parent of the requests made inside it. Kept free of
 * the OpenTelemetry SDK, so the engine can carry trace context with none of it loaded.
 */
export interface SpanIds {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  tracestate?: string;
}

export { formatTraceparent, newSpanId, newTraceId, parseTraceparent } from "../../lib/otel/ids";
