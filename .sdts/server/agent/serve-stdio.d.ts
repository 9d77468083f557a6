/**
 * `inspector mcp`: the agent tools over this process's stdin and stdout (nothing else may write
 * to stdout). Resolves when the agent closes stdin; every connection it opened is closed first
 * (a stdio target's process group ends with it), and the cut answers' folder is removed.
 * `root`: the folder save_session writes in (default the working directory).
 */
export declare function serveStdio(opts?: {
    root?: string;
}): Promise<void>;
