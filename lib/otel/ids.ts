/**
 * W3C Trace Context ids and the `traceparent` text (https://www.w3.org/TR/trace-context/), with
 * Web Crypto's random numbers, so the backend and the page make them the same way.
 */
const hex = (bytes: number): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, "0")).join("");

export const newTraceId = (): string => hex(16);
export const newSpanId = (): string => hex(8);

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/;

/** The ids a `traceparent` carries, or undefined for one that is malformed or all zeros. */
export function parseTraceparent(v: unknown): { traceId: string; spanId: string } | undefined {
  if (typeof v !== "string") return undefined;
  const m = TRACEPARENT.exec(v.trim().toLowerCase());
  if (!m || /^0+$/.test(m[1]) || /^0+$/.test(m[2])) return undefined;
  return { traceId: m[1], spanId: m[2] };
}

export const formatTraceparent = (ids: { traceId: string; spanId: string }): string => `00-${ids.traceId}-${ids.spanId}-01`;
