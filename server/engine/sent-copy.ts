import { wireCopy, type WireCopy } from "./wire-copy";

/**
 * The copy of a frame the engine records as sent: what a JSON wire carries (server/engine/wire-copy.ts)
 * and its size, so the record keeps what was sent even when the caller changes its own object
 * afterwards (a test that reuses its arguments object for the next call).
 *
 * The in-process pair hands that same copy to the server instead of making another: one slot,
 * keyed by the object and taken once, since a transport sends synchronously right after the
 * record. Anything else (another object, a second send of the same one) is copied afresh.
 */
let lastSent: unknown;
let lastCopy: WireCopy | undefined;

/** The frame as recorded, remembered for the send that follows. */
export function copyForRecord(message: unknown): WireCopy {
  const c = wireCopy(message);
  lastSent = message;
  lastCopy = c;
  return c;
}

/** The copy to hand over for a frame: the one just recorded for this very object, else a fresh one. */
export function sentCopy(message: unknown): WireCopy {
  const recorded = message === lastSent ? lastCopy : undefined;
  lastSent = lastCopy = undefined;
  return recorded ?? wireCopy(message);
}
