import type { Finding, LintContext, Linter, Severity } from "../lib/lint";
import { countBySeverity } from "../lib/lint/finding";
import type { Entry } from "../lib/record/format";
import { NO_FILTER, type TimelineFilter } from "./timeline-store";
import { Store } from "./store";

/** What a timeline row shows for its findings: how many, and the worst severity. */
export interface LintMark {
  count: number;
  severity: Severity;
}

/** Where the linter reads entries from: the timeline store fits (size, entry by index via a view). */
export interface EntrySource {
  readonly size: number;
  at(i: number): Entry;
  subscribe(listener: () => void): () => void;
}

type Later = (fn: () => void) => void;

export interface LintStoreOptions {
  /** How long one slice may lint before yielding to the page (ms). */
  budgetMs?: number;
  now?: () => number;
  later?: Later;
  context?: LintContext;
  /** The source is a complete recording: add the end-of-session findings once all is linted. */
  complete?: boolean;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

type LintCode = typeof import("../lib/lint");
let lintCode: LintCode | undefined;
let lintLoading: Promise<LintCode> | undefined;

/**
 * The linter's code, loaded once, apart from the page's first load (issue 89): its rules bring ajv,
 * re2js and yaml, a third of the page's script and about 35 ms of its start, for findings that can
 * come a moment after the first entries. Resolves at once after the first time.
 */
export function loadLinter(): Promise<LintCode> {
  return (lintLoading ??= import("../lib/lint").then(
    (m) => (lintCode = m),
    (e: unknown) => {
      // A load that failed (the backend gone or replaced by another build) is tried again by the next store.
      lintLoading = undefined;
      throw e;
    },
  ));
}

/**
 * Live lint of the page's record. Each entry is linted once, in order, as it arrives (the
 * Linter is incremental); a large history (100,000 entries at hello) is linted in time slices
 * so the page stays responsive. Findings are kept in arrival order and by seq for the markers.
 */
export class LintStore extends Store {
  /** Undefined until the linter's code has loaded (loadLinter); entries wait in the source meanwhile. */
  private linter?: Linter;
  /** Settles once this store can lint: a caller that must lint synchronously (drain) awaits it first. */
  readonly ready: Promise<void>;
  /** Why the linter's code could not be loaded, if it could not: no findings come, and the Problems tab says why. */
  unavailable?: string;
  private next = 0;
  private all: Finding[] = [];
  private readonly bySeqMap = new Map<number, Finding[]>();
  private readonly marks = new Map<number, LintMark>();
  private counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  /** Seq of the latest "connecting" entry: findings from there on are this connection's. */
  private connectionFrom = 0;
  /** Findings up to this seq were cleared by the person (hidden, not forgotten: markers stay). */
  private clearedThrough = -1;
  private groups?: { key: string; current: Finding[]; earlier: Finding[]; counts: Record<Severity, number> };
  private scheduled = false;
  private finished = false;
  private unsubscribe?: () => void;
  private readonly budgetMs: number;
  private readonly now: () => number;
  private readonly later: Later;

  constructor(
    private readonly source: EntrySource,
    private readonly opts: LintStoreOptions = {},
  ) {
    super();
    this.linter = lintCode && new lintCode.Linter(opts.context);
    this.ready = this.linter
      ? Promise.resolve()
      : loadLinter().then(
          (code) => {
            this.linter ??= new code.Linter(this.opts.context);
            this.kick();
          },
          (e: unknown) => {
            this.unavailable = e instanceof Error ? e.message : String(e);
            this.changed();
          },
        );
    this.budgetMs = opts.budgetMs ?? 8;
    this.now = opts.now ?? (() => (typeof performance !== "undefined" ? performance.now() : Date.now()));
    this.later = opts.later ?? ((fn) => setTimeout(fn, 0));
  }

  /** Start following the source; lints what it already holds. */
  start(): this {
    this.unsubscribe ??= this.source.subscribe(() => this.kick());
    this.kick();
    return this;
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /**
   * The record is complete (a shared recording): add the end-of-session findings, such as
   * requests never answered. A live session never finishes: its requests may still be in flight.
   */
  finish(): void {
    if (!this.linter) return void this.ready.then(() => this.linter && this.finish());
    this.drain();
    if (this.finished) return;
    this.finished = true;
    this.add(this.linter.finish());
    this.changed();
  }

  /** Lint everything queued now, without slicing (tests, and finish()); nothing before `ready`. */
  drain(): void {
    this.run(Infinity);
  }

  /** Every finding so far, in the order reported (grows in place; the version tells when). */
  findings(): readonly Finding[] {
    return this.all;
  }

  countBySeverity(): Record<Severity, number> {
    return this.counts;
  }

  /**
   * The findings grouped for the Problems panel: this connection's, and earlier connections'
   * (both without what the person cleared), with this connection's counts for the tab badge.
   */
  grouped(): { current: readonly Finding[]; earlier: readonly Finding[]; counts: Record<Severity, number> } {
    const key = `${this.all.length}/${this.connectionFrom}/${this.clearedThrough}`;
    if (this.groups?.key === key) return this.groups;
    const kept = this.all.filter((f) => f.seq > this.clearedThrough);
    const current = kept.filter((f) => f.seq >= this.connectionFrom);
    this.groups = { key, current, earlier: kept.filter((f) => f.seq < this.connectionFrom), counts: countBySeverity(current) };
    return this.groups;
  }

  /** Hide every finding so far from the panel (new ones still appear). */
  clear(): void {
    this.clearedThrough = this.next > 0 ? this.source.at(this.next - 1).seq : -1;
    this.changed();
  }

  findingsOf(seq: number): readonly Finding[] {
    return this.bySeqMap.get(seq) ?? NONE;
  }

  /** The marker of a row; the same object until that row gets another finding. */
  markOf(seq: number): LintMark | undefined {
    return this.marks.get(seq);
  }

  /** Entries not linted yet (a large history in progress). */
  get backlog(): number {
    return Math.max(0, this.source.size - this.next);
  }

  private kick(): void {
    if (!this.linter || this.scheduled || this.next >= this.source.size) return;
    this.scheduled = true;
    this.later(() => {
      this.scheduled = false;
      this.run(this.budgetMs);
      if (this.next < this.source.size) this.kick();
    });
  }

  private run(budgetMs: number): void {
    const linter = this.linter;
    if (!linter) return;
    const start = this.now();
    let added = false;
    let i = 0;
    while (this.next < this.source.size) {
      const entry = this.source.at(this.next++);
      if (entry.kind === "lifecycle" && entry.event === "connecting") this.connectionFrom = entry.seq;
      const found = linter.push(entry);
      if (found.length) {
        this.add(found);
        added = true;
      }
      // Check the clock every 64 entries: reading it costs more than linting a small message.
      if ((++i & 63) === 0 && this.now() - start >= budgetMs) break;
    }
    if (this.opts.complete && !this.finished && this.next >= this.source.size) {
      this.finished = true;
      this.add(linter.finish());
      added = true;
    }
    if (added || i > 0) this.changed();
  }

  /** Start over with the source (its Session resets both when the backend restarted). */
  reset(): void {
    // Before the code has loaded, the load makes the linter (and lints from the start).
    this.linter = lintCode && new lintCode.Linter(this.opts.context);
    this.next = 0;
    this.all = [];
    this.bySeqMap.clear();
    this.marks.clear();
    this.counts = { error: 0, warning: 0, info: 0 };
    this.connectionFrom = 0;
    this.clearedThrough = -1;
    this.finished = false;
    this.changed();
  }

  private add(found: readonly Finding[]): void {
    if (!found.length) return;
    this.all.push(...found);
    const c = countBySeverity(found);
    this.counts = { error: this.counts.error + c.error, warning: this.counts.warning + c.warning, info: this.counts.info + c.info };
    for (const f of found) {
      const list = this.bySeqMap.get(f.seq);
      if (list) list.push(f);
      else this.bySeqMap.set(f.seq, [f]);
      const prev = this.marks.get(f.seq);
      this.marks.set(f.seq, {
        count: (prev?.count ?? 0) + 1,
        severity: prev && RANK[prev.severity] >= RANK[f.severity] ? prev.severity : f.severity,
      });
    }
  }
}

const NONE: readonly Finding[] = [];

/** A timeline store seen as an entry source (its unfiltered view gives entries by index). */
export function entrySourceOf(store: {
  readonly size: number;
  subscribe(l: () => void): () => void;
  view(f: TimelineFilter): { at(i: number): Entry };
}): EntrySource {
  return {
    get size() {
      return store.size;
    },
    at: (i) => store.view(NO_FILTER).at(i),
    subscribe: store.subscribe,
  };
}

/** An entry source over a fixed list of entries (a shared recording). */
export function fixedSource(entries: readonly Entry[]): EntrySource {
  return { size: entries.length, at: (i) => entries[i], subscribe: () => () => undefined };
}
