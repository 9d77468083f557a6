import type { AgentFiles } from "./files";
/**
 * The most characters of JSON one answer holds: about 5k tokens, so a few answers fit an agent's
 * context beside its own work. Anything larger is cut, and the whole is written to a file.
 */
export declare const MAX_ANSWER_CHARS = 20000;
/** What an answer says when it was cut: the whole answer's size and where to read it. */
export interface Cut {
    size: string;
    path: string;
    note: string;
}
/**
 * An answer small enough for an agent: binary data (base64 `data` and `blob`) is replaced by its
 * type and size, long strings and lists are clipped until the JSON fits MAX_ANSWER_CHARS. When
 * anything was left out, the whole answer is written to a file and `cut` says where.
 */
export declare function bounded(what: string, value: Record<string, unknown>, files: AgentFiles): Record<string, unknown>;
