import type { Entry } from "../record/format";
import { type SessionFile } from "./file";
/** One request a replay will send again, as the confirm shows it. */
export interface ListedRequest {
    seq: number;
    method: string;
    /** tools/call: the tool's name. */
    tool?: string;
    /** The arguments (tools/call) or params, as JSON; undefined when there are none. */
    args?: string;
    notification: boolean;
    /** A tool the recording's tools/list did not mark read-only (annotations.readOnlyHint): it may change something. */
    sideEffect: boolean;
}
/**
 * Every request `replay` and the page's Reproduce send again, in order, with the tools that may
 * change something marked (issue 38 item 7: a confirm that showed only the command let a recorded
 * `write_file` overwrite a `.bashrc`). Only a tool the recording's own tools/list marked
 * `readOnlyHint: true` counts as read-only; an unlisted one may do anything.
 */
export declare function replayListing(session: SessionFile): ListedRequest[];
/** A value shown on one line: escaped, and past `max` characters cut with how much more there is. */
export declare function folded(text: string, max: number): string;
/** The listing as terminal lines: `!` marks what may change something. */
export declare function formatReplayListing(items: readonly ListedRequest[], max?: number): string[];
/** A tool whose behaviour the recording did not exercise, and why (issue 64: coverage you can see). */
export interface NotExercised {
    tool: string;
    why: string;
}
/**
 * The tools a recording does not exercise: listed by its tools/list and never called, or called
 * only with arguments the server refused (an `isError` answer or a JSON-RPC error: with arguments
 * guessed from a schema, as `check --call-tools --save-session` guesses them, the behaviour behind
 * real arguments is never tested). A replay or a collection made from it says nothing of these.
 */
export declare function sessionCoverage(entries: readonly Entry[]): NotExercised[];
