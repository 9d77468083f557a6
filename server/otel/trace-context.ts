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

import { asRecord, isObject, objectOr } from "../../lib/json/shape";

export { formatTraceparent, newSpanId, newTraceId, parseTraceparent } from "../../lib/otel/ids";

/**
 * A request or notification the SDK client writes itself (`initialize`, `notifications/initialized`,
 * a cancellation) with the trace context in `params._meta`, as the engine's own requests carry it:
 * the MCP semantic conventions propagate it in every message's `_meta`, and without it the
 * handshake started a trace of its own (issue 72). A frame that carries one already is left as it is.
 */
export function withTraceMeta<M extends object>(message: M, traceMeta: () => Record<string, string>): M {
  const m = asRecord(message);
  // A response has no method; positional params (an array) have no `_meta` to carry it.
  if (typeof m.method !== "string" || (m.params !== undefined && !isObject(m.params))) return message;
  const params = asRecord(m.params);
  const meta = objectOr(params._meta);
  if (meta?.traceparent !== undefined) return message;
  return { ...message, params: { ...params, _meta: { ...traceMeta(), ...meta } } };
}
