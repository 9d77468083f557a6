import type { Entry } from "../../lib/record/format";
import type { SessionState } from "../../lib/session/state";
import type { Target } from "../../lib/target/target";
/** A host's session as the session file states it, from the host's initialize params and the server's result. */
export declare function hostState(params: Record<string, unknown> | undefined, result: Record<string, unknown> | undefined, target: Target): SessionState;
/** The host's first initialize in a record, and the result that answered it (the journal's way to the state). */
export declare function initializeIn(entries: readonly Entry[]): {
    params?: Record<string, unknown>;
    result?: Record<string, unknown>;
};
