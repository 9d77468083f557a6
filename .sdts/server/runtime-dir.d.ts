/**
 * The person's own runtime folder (issue 75): $XDG_RUNTIME_DIR/mcp-inspector-harness (the
 * runtime folder is theirs alone, and goes at logout), else the temporary folder's
 * mcp-inspector-harness-UID. The hub file and the coding agent's token file live there, never
 * loose in the shared temporary folder.
 */
export declare function runtimeDirPath(env?: NodeJS.ProcessEnv): string;
/** Why a file or folder is not to be trusted (not ours, open to others), or undefined. */
export declare function untrusted(st: {
    uid: number;
    mode: number;
}, what: string): string | undefined;
/** Make the folder (0700) or check the one there; throws in words when it is not this user's alone (another's, open, a link). */
export declare function ensureOwnDir(dir: string): string;
