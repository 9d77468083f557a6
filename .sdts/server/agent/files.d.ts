/**
 * The files an agent's tools touch. Cut answers go to a folder this process creates itself
 * (mkdtemp: a fresh name, mode 0700, so no other local user can have made it or put a link in
 * it), each file opened with O_EXCL and O_NOFOLLOW, and the folder is removed when the process
 * exits. What the agent asks to write (save_session) stays under `root`: the working directory,
 * or the folder the person named when starting the inspector.
 */
export declare class AgentFiles {
    readonly root: string;
    private dir?;
    private count;
    private readonly removeAtExit;
    constructor(root?: string);
    /** Write a cut answer's whole text to a new file of our own folder; its path. */
    spill(what: string, text: string): string;
    /** The folder of cut answers, once one was written. */
    get spillDir(): string | undefined;
    /**
     * An absolute path for `file` inside `root` (after resolving every link of its folder), or why
     * not: outside the folder, or an existing link. The file itself may not exist yet.
     */
    confined(file: string): {
        path: string;
    } | {
        refused: string;
    };
    /** Remove the folder of cut answers (at exit, or when the server closes). */
    dispose(): void;
}
