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
/**
 * A request or notification the SDK client writes itself (`initialize`, `notifications/initialized`,
 * a cancellation) with the trace context in `params._meta`, as the engine's own requests carry it:
 * the MCP semantic conventions propagate it in every message's `_meta`, and without it the
 * handshake started a trace of its own (issue 72). A frame that carries one already is left as it is.
 */
export declare function withTraceMeta<M extends object>(message: M, traceMeta: () => Record<string, string>): M;
