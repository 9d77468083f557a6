import { AsyncLocalStorage } from "node:async_hooks";
import { randomBytes } from "node:crypto";

/**
 * W3C Trace Context for MCP: ids, the `traceparent` header's text, and the scope (a collection
 * run, a test, a load run) whose span is the parent of the requests made inside it. Kept free of
 * the OpenTelemetry SDK, so the engine can carry trace context with none of it loaded.
 */
export interface SpanIds {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  tracestate?: string;
}

export const newTraceId = (): string => randomBytes(16).toString("hex");
export const newSpanId = (): string => randomBytes(8).toString("hex");

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/;

/** The ids a `traceparent` carries, or undefined for one that is malformed or all zeros. */
export function parseTraceparent(v: unknown): { traceId: string; spanId: string } | undefined {
  if (typeof v !== "string") return undefined;
  const m = TRACEPARENT.exec(v.trim().toLowerCase());
  if (!m || /^0+$/.test(m[1]) || /^0+$/.test(m[2])) return undefined;
  return { traceId: m[1], spanId: m[2] };
}

export const formatTraceparent = (ids: { traceId: string; spanId: string }): string => `00-${ids.traceId}-${ids.spanId}-01`;

const scopes = new AsyncLocalStorage<SpanIds>();

/** The scope span the current async context runs in, if any. */
export const currentScope = (): SpanIds | undefined => scopes.getStore();

/** Runs `fn` with `ids` as the parent of every request it makes (through AsyncLocalStorage). */
export const runInScope = <T>(ids: SpanIds, fn: () => T): T => scopes.run(ids, fn);
