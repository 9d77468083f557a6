import type { Entry } from "../record/format";
import { countBySeverity, type Finding, type Severity } from "./finding";
import { classify } from "./rules/jsonrpc";
import { createFamilies } from "./rules";
import type { JsonObject } from "../json/shape";
import type { LintCheckers } from "./checkers";
import type { Family, MessageCtx, Report, Session } from "./rule";

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
export class Linter {
  private readonly families: Family[];
  private readonly all: Finding[] = [];
  private session: Session;
  private out: Finding[] = [];
  private readonly report: Report = (rule, seq, message, opts) => {
    const f: Finding = { rule: rule.id, severity: opts?.severity ?? rule.severity, message, seq, specUrl: opts?.specUrl ?? rule.specUrl };
    if (opts?.relatedSeq !== undefined) f.relatedSeq = opts.relatedSeq;
    this.out.push(f);
  };

  constructor(context: LintContext, checkers: LintCheckers) {
    this.families = createFamilies(checkers);
    this.session = {
      clientCapabilities: context.clientCapabilities,
      serverCapabilities: context.serverCapabilities,
      protocolVersion: context.protocolVersion,
      initializeAnswered: !!context.initialized,
      initialized: !!context.initialized,
      era: context.era,
    };
  }

  /** Check one entry (entries must come in seq order); returns its findings, possibly none. */
  push(entry: Entry): Finding[] {
    this.out = [];
    if (entry.kind === "lifecycle" && entry.event === "connecting") {
      // A new connection: what the last one left open is settled now.
      this.endSession();
      for (const f of this.families) f.reset();
      this.session = { initializeAnswered: false, initialized: false };
    }
    if (entry.kind === "message") {
      const reported = new Set<string>();
      const ctx: MessageCtx = {
        entry,
        msg: classify(entry.message),
        session: this.session,
        reported,
        coveredPaths: [],
        flag: (rule, message, opts) => {
          reported.add(rule.id);
          this.report(rule, entry.seq, message, opts);
        },
      };
      // A body the record cut is a marker, not what the server sent: only the envelope is judged
      // (jsonrpc/body-cut says so, with the size and digest kept).
      for (const f of this.families) if (!(entry.cut && f.readsBody)) f.message?.(ctx);
    } else {
      for (const f of this.families) f.other?.(entry, this.report, this.session);
    }
    return this.collect();
  }

  /** End of the record: the findings only the end can tell (requests never answered). */
  finish(): Finding[] {
    this.out = [];
    this.endSession();
    for (const f of this.families) f.reset();
    return this.collect();
  }

  /** Every finding so far, in the order reported. */
  findings(): readonly Finding[] {
    return this.all;
  }

  counts(): Record<Severity, number> {
    return countBySeverity(this.all);
  }

  private endSession(): void {
    const before = this.out.length;
    for (const f of this.families) f.end?.(this.report, this.session);
    const ended = this.out.splice(before).sort((a, b) => a.seq - b.seq);
    this.out.push(...ended);
  }

  private collect(): Finding[] {
    const out = this.out;
    this.out = [];
    this.all.push(...out);
    return out;
  }
}
