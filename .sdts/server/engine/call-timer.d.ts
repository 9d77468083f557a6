import type { Clock } from "./clock";
/**
 * The time limits of one call the engine sent: an idle limit (restarted by progress when asked)
 * and an optional total. Both stand still while `pause()` is in force: a server request that a
 * call caused (sampling, elicitation) can wait on the person, and the person being slow is not
 * the server failing to answer.
 */
export declare class CallTimer {
    private readonly clock;
    private readonly idleMs;
    private readonly expire;
    private idleLeft;
    private totalLeft;
    private since;
    private timer;
    private paused;
    private done;
    constructor(clock: Clock, idleMs: number, totalMs: number | undefined, expire: (which: "idle" | "total") => void);
    start(paused: boolean): void;
    /** Progress arrived: the idle limit starts over. */
    touch(): void;
    pause(): void;
    resume(): void;
    stop(): void;
    /** Take the time run since the last arm off both limits. */
    private charge;
    private arm;
}
