import type { Entry } from "../record/format";
import { type Finding, type Severity } from "./finding";
import type { JsonObject } from "../json/shape";
import type { LintCheckers } from "./checkers";
/**
 * What the linter assumes before the record tells it otherwise: for a record that starts
 * mid-session (its initialize evicted or never captured). A record with its own initialize
 * needs none of it, and every "connecting" entry starts a fresh session without it.
 */
export interface LintContext {
    clientCapabilities?: JsonObject;
    serverCapabilities?: JsonObject;
    protocolVersion?: string;
    /** The handshake already completed before the first entry. */
    initialized?: boolean;
    /** The protocol era of the connection the record starts in (a modern record cut before its first request). */
    era?: "legacy" | "modern";
}
/**
 * Live protocol lint: feed it the record's entries in order with push(); each call returns
 * the findings for that entry (O(1) state per entry; a message costs its schema checks).
 * finish() adds the end-of-session findings. Pure: no I/O, runs in the page and in Node. Its
 * heavy checkers are given (./checkers.ts): this module loads none of them.
 */
export declare class Linter {
    private readonly families;
    private readonly all;
    private session;
    private out;
    private readonly report;
    constructor(context: LintContext, checkers: LintCheckers);
    /** Check one entry (entries must come in seq order); returns its findings, possibly none. */
    push(entry: Entry): Finding[];
    /** End of the record: the findings only the end can tell (requests never answered). */
    finish(): Finding[];
    /** Every finding so far, in the order reported. */
    findings(): readonly Finding[];
    counts(): Record<Severity, number>;
    private endSession;
    private collect;
}
