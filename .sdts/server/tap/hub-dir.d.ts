import { ensureOwnDir, runtimeDirPath } from "../runtime-dir";
/**
 * Where the taps of one user find their hub (issue 65): a folder of this user's alone, and in it
 * the hub file (the hub's pid, its page's port and token, and the secret a joining tap proves
 * itself with). Another user can read neither; a file or folder that is not ours, or open to
 * others, is never trusted.
 */
export declare const HUB_FILE = "hub.json";
export interface HubFile {
    version: 1;
    pid: number;
    port: number;
    /** The page's token: a hub that takes over keeps it, so an open page reconnects. */
    token: string;
    /** What a joining tap sends to be let in. */
    secret: string;
}
/** The per-user folder: the person's runtime folder (server/runtime-dir.ts). */
export declare const hubDirPath: typeof runtimeDirPath;
/** Make the folder (0700) or check the one there; throws in words when it is not this user's alone. */
export declare const ensureHubDir: typeof ensureOwnDir;
/** The hub file: absent, one to use, or one to replace (and why). */
export type HubFileRead = {
    file?: undefined;
    bad?: undefined;
} | {
    file: HubFile;
    bad?: undefined;
} | {
    file?: undefined;
    bad: string;
};
export declare function readHubFile(dir: string): HubFileRead;
/** Write the hub file (0600) whole or not at all: a new file renamed over the old one. */
export declare function writeHubFile(dir: string, file: HubFile): void;
/** Remove the hub file if it still names this process (a hub that leaves; one that took over keeps its own). */
export declare function removeHubFile(dir: string, pid?: number): void;
/** The process runs and is this user's (kill 0: EPERM is another user's process, a pid reused). */
export declare function pidAlive(pid: number): boolean;
/**
 * Run `fn` holding the folder's election lock (a folder made with mkdir: made by one process only).
 * Only the election holds it (read the hub file, listen, write it): a few milliseconds. Undefined
 * when it could not be had within `waitMs`.
 */
export declare function withHubLock<T>(dir: string, fn: () => Promise<T>, waitMs?: number): Promise<{
    value: T;
} | undefined>;
