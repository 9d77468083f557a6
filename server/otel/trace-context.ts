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
 * The engine's trace context for one request: `{ traceparent, tracestate? }`. With `carried`, the
 * request carries its caller's own traceparent, which wins over ours: then only what joins it
 * (the tracestate) is asked for, and no ids are drawn that the caller's would replace.
 */
export type TraceMeta = (carried?: boolean) => Record<string, string>;

/**
 * The trace context joined to a caller's `_meta`, the caller's keys winning (a caller that sends its
 * own traceparent keeps it). Figure 11 sends one with every call: drawing and formatting ids only
 * to throw them away was about 7 µs of each call's CPU with export on (issue 93).
 */
export function joinTraceMeta(traceMeta: TraceMeta, callerMeta: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!callerMeta) return traceMeta();
  return { ...traceMeta(callerMeta.traceparent !== undefined), ...callerMeta };
}

/**
 * A request or notification the SDK client writes itself (`initialize`, `notifications/initialized`,
 * a cancellation) with the trace context in `params._meta`, as the engine's own requests carry it:
 * the MCP semantic conventions propagate it in every message's `_meta`, and without it the
 * handshake started a trace of its own (issue 72). A frame that carries one already is left as it is.
 */
export function withTraceMeta<M extends object>(message: M, traceMeta: TraceMeta): M {
  const m = asRecord(message);
  // A response has no method; positional params (an array) have no `_meta` to carry it.
  if (typeof m.method !== "string" || (m.params !== undefined && !isObject(m.params))) return message;
  const params = asRecord(m.params);
  const meta = objectOr(params._meta);
  if (meta?.traceparent !== undefined) return message;
  return { ...message, params: { ...params, _meta: { ...traceMeta(), ...meta } } };
}
