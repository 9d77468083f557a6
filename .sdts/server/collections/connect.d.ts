import type { AnswerRules, Collection } from "../../lib/collections/schema";
import { type HeadlessSession } from "../headless/connect";
import type { SessionSnapshot } from "../record/session-file";
import { HarnessSession } from "../test-library/session";
import type { ModelEvent } from "../../lib/model/events";
/** A session for `inspector test`: the library's session over the CLI's target and flags, answering by each step's rules. */
export interface CollectionSession {
    session: HarnessSession;
    /** Put a step's answer rules in force (undefined: none). */
    setAnswers(rules: AnswerRules | undefined): void;
    /** A model's event (an eval's answers, calls and HTTP exchanges) into this connection's record. */
    recordModel(e: ModelEvent): void;
    /** The record so far, for --save-session and the recording of a failed run. */
    snapshot(): SessionSnapshot;
    close(): Promise<void>;
}
/**
 * Connect as the headless commands do (the same flags, auth and time limits), offering sampling,
 * elicitation and roots when some step answers them. Rejects with McpHarnessError when the
 * server cannot be reached (the command's exit 4).
 */
export declare function connectForCollections(hs: HeadlessSession, collections: readonly Collection[]): Promise<CollectionSession>;
