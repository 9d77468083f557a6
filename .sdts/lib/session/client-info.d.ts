import type { Entry } from "../record/format";
/**
 * Who the recorded client said it was (initialize's clientInfo, or the 2026-07-28 envelope's), so
 * a replay introduces itself the same way: a server that answers by client name answers alike, and
 * `--update` does not turn the name into "…-replay" (issue 36 item 5).
 */
export declare function recordedClientInfo(entries: readonly Entry[]): {
    name: string;
    version: string;
} | undefined;
