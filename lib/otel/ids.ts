/**
 * W3C Trace Context ids and the `traceparent` text (https://www.w3.org/TR/trace-context/), with
 * Web Crypto's random numbers, so the backend and the page make them the same way.
 */

// Two ids per request with export on (figure 11): random bytes are drawn 4 KiB at a time and
// written as hex once per draw, through a table; an id is a slice of that text (no string built
// per id, nothing to flatten when it is hashed or written out).
const POOL = 4096;
const pool = new Uint8Array(POOL);
let poolHex = "";
let used = POOL;
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"));

function hex(bytes: number): string {
  if (used + bytes > POOL) {
    crypto.getRandomValues(pool);
    // A plain loop: Array.from(pool, fn).join("") took about 3x as long (150 against 40-60 µs a draw).
    let text = "";
    for (let i = 0; i < POOL; i++) text += HEX[pool[i]];
    poolHex = text;
    used = 0;
  }
  const from = used;
  used += bytes;
  // The spec: an all-zero id is invalid (one chance in 2^64 at least; drawn again).
  for (let i = from; i < used; i++) if (pool[i] !== 0) return poolHex.slice(2 * from, 2 * used);
  return hex(bytes);
}

export const newTraceId = (): string => hex(16);
export const newSpanId = (): string => hex(8);

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/**
 * The ids a `traceparent` carries and its sampled flag (the low bit of its flags), or undefined
 * for one that is malformed or all zeros.
 */
export function parseTraceparent(v: unknown): { traceId: string; spanId: string; sampled: boolean } | undefined {
  if (typeof v !== "string") return undefined;
  const m = TRACEPARENT.exec(v.trim().toLowerCase());
  if (!m || /^0+$/.test(m[1]) || /^0+$/.test(m[2])) return undefined;
  return { traceId: m[1], spanId: m[2], sampled: (parseInt(m[3], 16) & 1) === 1 };
}

/** A `traceparent` for these ids, sampled unless told otherwise (a caller's 00 is passed on as 00). */
export const formatTraceparent = (ids: { traceId: string; spanId: string }, sampled = true): string =>
  `00-${ids.traceId}-${ids.spanId}-${sampled ? "01" : "00"}`;
