import { Linter } from "../../lib/lint";
import type { RecordStore } from "../record/store";
import type { Finding, Severity } from "./types";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** Caught up this often, long before the record's memory bound could evict an entry the lint has not seen. */
const LINT_BATCH = 5_000;

/**
 * The protocol lint of one session's record. It runs when findings are asked for (or every
 * LINT_BATCH entries), not inside each call: it cost a call more than the call itself (bench
 * figure 9.2). The findings are the same as linting each entry as it came.
 */
export class LiveLint {
  private readonly linter = new Linter();
  private linted = 0;
  private unlinted = 0;

  constructor(private readonly record: RecordStore) {}

  /** One more entry reached the record. */
  saw(): void {
    if (++this.unlinted >= LINT_BATCH) this.catchUp();
  }

  /** Every finding so far of `severity` or worse. */
  findings(severity: Severity = "info"): Finding[] {
    this.catchUp();
    return this.linter.findings().filter((f) => RANK[f.severity] <= RANK[severity]);
  }

  private catchUp(): void {
    for (const e of this.record.since(this.linted)) {
      this.linter.push(e);
      this.linted = e.seq;
    }
    this.unlinted = 0;
  }
}
