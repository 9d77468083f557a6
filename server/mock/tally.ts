import type { DiffOp } from "../../lib/session/json-diff";
import { labelOf, type Exchange, type Script } from "./script";
import { describeOp } from "./match";
import { visible } from "../../lib/text/visible";

/** What the mock did, across every client it served: the summary at the end is made from it. */
export class Tally {
  matched = 0;
  readonly unmatched: Array<{ label: string; code: number; message: string }> = [];
  /** Client answers to played server requests that differ from the recorded ones. */
  readonly answerMismatches: Array<{ seq: number; method: string; problem: string }> = [];
  /** Recorded client messages some client's message played. */
  readonly used = new Set<number>();
  /** Server messages that could not reach the client (Streamable HTTP without a stream open). */
  undelivered = 0;
  ignoredNotifications = 0;
  /** Things worth knowing that are not failures, each said once. */
  readonly notes = new Set<string>();
  /** Requests not in the recording answered with the empty result the spec makes their only answer. */
  readonly answeredBySpec = new Map<string, number>();

  constructor(private readonly script: Script) {}

  answerMismatch(seq: number, method: string, diff: DiffOp[] | string): void {
    const problem =
      typeof diff === "string"
        ? diff
        : diff.slice(0, 3).map(describeOp).join("; ") + (diff.length > 3 ? `; … ${diff.length - 3} more` : "");
    this.answerMismatches.push({ seq, method, problem });
  }

  /** Recorded requests no client asked for. */
  unused(): Exchange[] {
    return this.script.exchanges.filter((x) => !x.notification && !this.used.has(x.seq));
  }

  /** Failed under `--strict`: an unmatched request or a client answer unlike the recorded one. */
  failed(): boolean {
    return this.unmatched.length > 0 || this.answerMismatches.length > 0;
  }

  /** The summary printed on stderr when the mock stops. */
  format(): string {
    const unused = this.unused();
    const lines = [
      `mock: ${this.matched} matched, ${this.unmatched.length} unmatched, ${unused.length} recorded request(s) unused${this.answerMismatches.length ? `, ${this.answerMismatches.length} client answer(s) unlike the recording` : ""}`,
    ];
    for (const u of this.unmatched) lines.push(`  unmatched ${u.label}: ${u.code} ${u.message}`);
    for (const a of this.answerMismatches) lines.push(`  answer to #${a.seq} ${a.method} differs: ${a.problem}`);
    for (const x of unused) lines.push(`  unused #${x.seq} ${labelOf(x.method, x.params)}`);
    if (this.undelivered)
      lines.push(
        `  ${this.undelivered} server message(s) not delivered: the client had no stream open for them (Streamable HTTP answered with JSON)`,
      );
    if (this.ignoredNotifications) lines.push(`  ${this.ignoredNotifications} client notification(s) not in the recording, ignored`);
    for (const [method, n] of this.answeredBySpec)
      lines.push(
        `  ${n} ${method} request(s) not in the recording answered with {} (the only answer the spec allows a server that offers it)`,
      );
    for (const n of this.notes) lines.push(`  note: ${n}`);
    // Method names, tool names and messages come from a received file: never raw to a terminal.
    return lines.map((l) => visible(l)).join("\n");
  }
}
