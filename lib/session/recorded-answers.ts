import type { Entry } from "../record/format";
import type { Root } from "../answers/schema";
import { asRecord, isObject } from "../json/shape";
import { isRequest } from "../protocol/jsonrpc";
import { diffJson } from "./json-diff";
import type { RecordedAnswer, SessionFile } from "./file";

type Reply = { result: Record<string, unknown> } | { error: { code: number; message: string; data?: unknown } };

/** A recorded answer picked for a live server request, and which recorded request it answered. */
export interface PickedAnswer {
  reply: Reply;
  requestSeq: number;
  /** True when the recorded request asked exactly this (same params); false when the nearest of its kind stood in. */
  exact: boolean;
}

/**
 * The client side of a recording as a state over time, for replay (issue 36 item 2): what the
 * roots were at a moment, and which recorded reply answers a server request. Never by position:
 * a server that asks later, earlier or in another order than it did when recording still gets
 * what the recording would have said then.
 *
 * A "moment" is the seq of the last recorded client message the replay has sent.
 */
export class RecordedAnswers {
  private readonly rootsChanges: number[];
  private readonly rootsAnswers: Array<{ seq: number; roots: Root[] }>;
  private readonly others: Array<RecordedAnswer & { params: unknown }>;
  private readonly used = new Set<number>();
  /** Seqs of the recorded client's own requests and notifications (not its answers). */
  private readonly clientSends: number[];

  constructor(session: Pick<SessionFile, "answers" | "entries">) {
    const bySeq = new Map(session.entries.map((e) => [e.seq, e]));
    this.rootsChanges = session.entries
      .filter(
        (e) => e.kind === "message" && e.dir === "client->server" && asRecord(e.message).method === "notifications/roots/list_changed",
      )
      .map((e) => e.seq);
    this.rootsAnswers = session.answers
      .filter((a) => a.method === "roots/list" && !a.error && Array.isArray(asRecord(a.result).roots))
      .map((a) => ({ seq: a.requestSeq, roots: asRecord(a.result).roots as Root[] }))
      .sort((a, b) => a.seq - b.seq);
    this.clientSends = session.entries
      .filter((e) => e.kind === "message" && e.dir === "client->server" && typeof asRecord(e.message).method === "string")
      .map((e) => e.seq);
    this.others = session.answers
      .filter((a) => a.method !== "roots/list")
      .map((a) => ({ ...a, params: askedParams(bySeq.get(a.requestSeq), a.method) }));
  }

  /** Whether the recording ever answered roots/list (else replay leaves the roots alone). */
  get hasRoots(): boolean {
    return this.rootsAnswers.length > 0;
  }

  /**
   * The roots in force at `moment`: the client tells the server of a change with
   * notifications/roots/list_changed, so the roots of a stretch between two of those are what
   * the client answered in that stretch, else what it answered last before it.
   */
  rootsAt(moment: number): Root[] | undefined {
    const start = Math.max(0, ...this.rootsChanges.filter((s) => s <= moment));
    const end = Math.min(Infinity, ...this.rootsChanges.filter((s) => s > moment));
    const inStretch = this.rootsAnswers.find((a) => a.seq > start && a.seq < end);
    if (inStretch) return inStretch.roots;
    const before = this.rootsAnswers.filter((a) => a.seq < start);
    if (before.length) return before[before.length - 1].roots;
    // Asked only later (a server that never asked at the start): the first answer is the best guess.
    return start === 0 ? this.rootsAnswers[0]?.roots : undefined;
  }

  /**
   * Whether the recorded server asked roots/list after the client message at `seq` and before the
   * client's next one: then the replay waits for it too, so the next request meets the server with
   * the roots it had then (a tool that reads them would otherwise race the answer).
   */
  rootsAskedAfter(seq: number): boolean {
    const next = Math.min(Infinity, ...this.clientSends.filter((s) => s > seq));
    return this.rootsAnswers.some((a) => a.seq > seq && a.seq < next);
  }

  /**
   * The recorded reply for a server request at `moment`: one to a recorded request that asked the
   * same (method and params, `_meta` aside) first, then the nearest of the same method; each
   * recorded reply is used once while others remain, and those at or after the moment come first.
   */
  answerFor(method: string, params: unknown, moment: number): PickedAnswer | undefined {
    const same = this.others.filter((a) => a.method === method);
    if (!same.length) return undefined;
    const asked = stripMeta(params);
    const rank = (a: (typeof same)[number]) => [
      diffJson(stripMeta(a.params), asked).length === 0 ? 0 : 1,
      this.used.has(a.requestSeq) ? 1 : 0,
      a.requestSeq >= moment ? a.requestSeq - moment : Number.MAX_SAFE_INTEGER / 2 + (moment - a.requestSeq),
    ];
    const best = same.map((a) => ({ a, r: rank(a) })).sort((x, y) => x.r[0] - y.r[0] || x.r[1] - y.r[1] || x.r[2] - y.r[2])[0];
    this.used.add(best.a.requestSeq);
    const reply: Reply = best.a.error ? { error: best.a.error } : { result: asRecord(best.a.result) };
    return { reply, requestSeq: best.a.requestSeq, exact: best.r[0] === 0 };
  }
}

/** The params the recorded server sent with the request an answer answered (a request, or one inside an input_required result). */
function askedParams(e: Entry | undefined, method: string): unknown {
  if (!e || e.kind !== "message") return undefined;
  if (isRequest(e.message)) return asRecord(e.message).params;
  const inputs = asRecord(asRecord(asRecord(e.message).result).inputRequests);
  return Object.values(inputs)
    .map(asRecord)
    .find((r) => r.method === method)?.params;
}

function stripMeta(params: unknown): unknown {
  if (!isObject(params)) return params ?? {};
  const { _meta: _drop, ...rest } = params;
  return rest;
}
