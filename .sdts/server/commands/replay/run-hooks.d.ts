/** Per-run preparation of a stateful server (issue 36 item 4): fresh paths, setup and teardown commands. */
export interface RunHooks {
    /** `NAME`: a path that does not exist yet in a new empty folder; `NAME/`: that empty folder itself. */
    freshEnv: readonly string[];
    setup?: string;
    teardown?: string;
}
/** The variables a run gets: each NAME a new path, so no run sees what the one before it stored. */
export declare function freshPaths(names: readonly string[]): {
    vars: Record<string, string>;
    cleanup: () => void;
};
/**
 * Run a --setup or --teardown command in a shell (the person typed it on this command line, as
 * they would in CI's `run:`), in the server's directory with the server's variables; its output
 * goes to stderr (stdout is the report's). Resolves with the exit code, or -1 when it cannot start.
 */
export declare function runHook(what: "setup" | "teardown", command: string, o: {
    cwd?: string;
    env: Record<string, string | undefined>;
    err: (line: string) => void;
}): Promise<number>;
