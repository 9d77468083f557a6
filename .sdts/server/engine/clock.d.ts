/**
 * Time as the engine reads it: injectable, so tests of time limits run on a fake clock instead of
 * sleeping (CONVENTIONS 18). The real clock is monotonic (performance.now), not wall time.
 */
export interface Clock {
    now(): number;
    setTimeout(fn: () => void, ms: number): unknown;
    clearTimeout(handle: unknown): void;
}
export declare const realClock: Clock;
