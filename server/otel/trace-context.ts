import { AsyncLocalStorage } from "node:async_hooks";

/**
 * W3C Trace Context for MCP: the ids (lib/otel/ids.ts), and the scope (a collection
 * run, a test, a load run) whose span is the parent of the requests made inside it. Kept free of
 * the OpenTelemetry SDK, so the engine can carry trace context with none of it loaded.
 */
export interface SpanIds {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  tracestate?: string;
}

export { formatTraceparent, newSpanId, newTraceId, parseTraceparent } from "../../lib/otel/ids";

const scopes = new AsyncLocalStorage<SpanIds>();

/** The scope span the current async context runs in, if any. */
export const currentScope = (): SpanIds | undefined => scopes.getStore();

/** Runs `fn` with `ids` as the parent of every request it makes (through AsyncLocalStorage). */
export const runInScope = <T>(ids: SpanIds, fn: () => T): T => scopes.run(ids, fn);
