import { checkersNeeded } from "../../lib/lint/checker-needs";
import { Linter } from "../../lib/lint/linter";
import type { Entry } from "../../lib/record/format";
import type { RecordStore } from "../record/store";
import { McpHarnessError } from "./errors";
import { LazyCheckers } from "./lint-checkers";
import type { Finding, Severity } from "./types";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** Caught up this often, long before the record's memory bound could evict an entry the lint has not seen. */
const LINT_BATCH = 5_000;

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
export class LiveLint {
  private readonly checkers = new LazyCheckers();
  private readonly linter = new Linter({}, this.checkers);
  private linted = 0;
  private unlinted = 0;
  /** The entry the lint stopped at, waiting for a checker; undefined when it has caught up. */
  private waiting?: number;
  /** The last entry saw() was told of. */
  private seen = 0;

  constructor(private readonly record: RecordStore) {}

  /** One more entry reached the record: what it needs starts loading now. */
  saw(e: Entry): void {
    this.seen = e.seq;
    this.canLint(e);
    // While the lint waits for a checker, the load's own callback catches up: not every entry of a flood.
    if (++this.unlinted >= LINT_BATCH && this.waiting === undefined) this.catchUp();
  }

  /** Resolves when every checker asked for so far has loaded (or failed to: findings() says so). */
  ready(): Promise<void> {
    // Entries recorded after the session stopped listening (during its close) are asked for here.
    for (const e of this.record.since(this.seen)) this.saw(e);
    return this.checkers.settled();
  }

  /** Every finding so far of `severity` or worse. */
  findings(severity: Severity = "info"): Finding[] {
    this.catchUp();
    if (this.waiting !== undefined) {
      const failed = this.checkers.failure();
      throw new McpHarnessError(
        "usage",
        "findings()",
        failed === undefined
          ? `the lint of entry ${this.waiting} needs a checker that is still loading: read findings once the call that received it has resolved`
          : `the lint of entry ${this.waiting} needs a checker that failed to load: ${String(failed)}`,
        failed === undefined ? {} : { cause: failed },
      );
    }
    return this.linter.findings().filter((f) => RANK[f.severity] <= RANK[severity]);
  }

  /**
   * Every finding so far of `severity` or worse, once the checkers the record needs are loaded:
   * for a reader that can wait and whose record also fills without it (the agent's `findings`
   * tool reads a connection the page drives too).
   */
  async findingsWhenLoaded(severity: Severity = "info"): Promise<Finding[]> {
    // Each pass loads what the entry it stopped at needs; each checker loads once, so this ends.
    for (this.catchUp(); this.waiting !== undefined && this.checkers.failure() === undefined; this.catchUp()) await this.checkers.settled();
    return this.findings(severity);
  }

  /** Whether `e`'s checkers are here; if not, they start loading (and the lint catches up after, if it is due). */
  private canLint(e: Entry): boolean {
    const needs = checkersNeeded(e);
    if (this.checkers.has(needs)) return true;
    this.checkers.load(needs).then(
      () => this.unlinted >= LINT_BATCH && this.catchUp(),
      () => undefined, // findings() reports it
    );
    return false;
  }

  private catchUp(): void {
    this.waiting = undefined;
    for (const e of this.record.since(this.linted)) {
      if (!this.canLint(e)) {
        this.waiting = e.seq;
        break;
      }
      this.linter.push(e);
      this.linted = e.seq;
    }
    this.unlinted = this.record.lastSeq - this.linted;
  }
}
