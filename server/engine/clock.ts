/**
 * Time as the engine reads it: injectable, so tests of time limits run on a fake clock instead of
 * sleeping (CONVENTIONS 18). The real clock is monotonic (performance.now), not wall time.
 */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realClock: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, ms);
    // A call's time limit never keeps the process alive by itself.
    t.unref?.();
    return t;
  },
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};
