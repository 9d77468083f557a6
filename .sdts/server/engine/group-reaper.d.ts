/**
 * The reaper's whole environment: it runs `cat`, `kill` and `sleep` and needs nothing of ours (the
 * launch token, MCP_CLIENT_SECRET, MCP_ACCESS_TOKEN would sit in its /proc/PID/environ for as long as
 * the target runs).
 */
export declare const REAPER_ENV: NodeJS.ProcessEnv;
/** Watch `pgid`; `pid` is the reaper's own, when it started. */
export declare function watchGroup(pgid: number): {
    stop(): void;
    pid?: number;
};
