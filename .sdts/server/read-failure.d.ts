/**
 * Why a file could not be read, in words: "no such file" for ENOENT, the system's message
 * otherwise. Here, beside read-bounded.ts, because the commands, the test library and the agent
 * server all say it the same way and none of them may import another for it.
 */
export declare function readFailure(e: unknown): string;
