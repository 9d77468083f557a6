import type { Entry } from "../../lib/record/format";
import type { RecordStore } from "../record/store";
import type { Finding, Severity } from "./types";
/**
 * The protocol lint of one session's record. It runs when findings are asked for (or every
 * LINT_BATCH entries), not inside each call: it cost a call more than the call itself (bench
 * figure 9.2). The findings are the same as linting each entry as it came.
 *
 * The rules' heavy checkers (Ajv and RE2, YAML) load when an entry that needs one is recorded,
 * not at connect (issue 49, figure 9.3), and the lint stops at such an entry until they are here.
 * The session awaits `ready()` before any call of its resolves, so findings() read after an
 * awaited call are all there; read while a checker is still loading (a call not yet awaited), it
 * throws rather than return fewer.
 */
export declare class LiveLint {
    private readonly record;
    private readonly checkers;
    private readonly linter;
    private linted;
    private unlinted;
    /** The entry the lint stopped at, waiting for a checker; undefined when it has caught up. */
    private waiting?;
    /** The last entry saw() was told of. */
    private seen;
    constructor(record: RecordStore);
    /** One more entry reached the record: what it needs starts loading now. */
    saw(e: Entry): void;
    /** Resolves when every checker asked for so far has loaded (or failed to: findings() says so). */
    ready(): Promise<void>;
    /** Every finding so far of `severity` or worse. */
    findings(severity?: Severity): Finding[];
    /**
     * Every finding so far of `severity` or worse, once the checkers the record needs are loaded:
     * for a reader that can wait and whose record also fills without it (the agent's `findings`
     * tool reads a connection the page drives too).
     */
    findingsWhenLoaded(severity?: Severity): Promise<Finding[]>;
    /** Whether `e`'s checkers are here; if not, they start loading (and the lint catches up after, if it is due). */
    private canLint;
    private catchUp;
}
