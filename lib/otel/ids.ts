/**
 * W3C Trace Context ids and the `traceparent` text (https://www.w3.org/TR/trace-context/), with
 * Web Crypto's random numbers, so the backend and the page make them the same way.
 */

// Two ids per request with export on (figure 11): random bytes are drawn 4 KiB at a time and
// written as hex through a table, not an array per id mapped and joined (most of an id's cost).
const POOL = 4096;
const pool = new Uint8Array(POOL);
let used = POOL;
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"));

function hex(bytes: number): string {
  if (used + bytes > POOL) {
    crypto.getRandomValues(pool);
    used = 0;
  }
  let s = "";
  for (let i = used, end = used + bytes; i < end; i++) s += HEX[pool[i]];
  used += bytes;
  // The spec: an all-zero id is invalid (one chance in 2^64 at least; drawn again).
  return /[^0]/.test(s) ? s : hex(bytes);
}

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
