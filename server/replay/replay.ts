import { Engine, RpcError, type RequestOutcome, type SentRequest } from "../engine";
import { RecordStore } from "../record/store";
import { VERSION } from "../paths";
import { diffJson, normalizeVolatile, pathMatcher, withoutProgressToken } from "../../lib/session/json-diff";
import { firstRequestOf, replayableRequests, type RecordedAnswer, type SessionFile } from "../../lib/session/file";
import { summarizeReplay, type ReplayItem, type ReplayReport } from "../../lib/session/replay-result";
import { describeTarget, type Target } from "../../lib/target/target";
import type { Negotiated } from "../../lib/session/state";
import { RpcErrorCode } from "../../lib/protocol/error-codes";
import { cancelledRequests } from "./cancelled";
import { IdMap, echoedIds, type MappedId } from "./minted-ids";
import { asRecord } from "../../lib/json/shape";
import { isErrorResponse } from "../../lib/protocol/jsonrpc";

export interface ReplayOptions {
  /** The target to run, with real env/header values (the session holds only their names). */
  target: Target;
  /** JSON paths left out of the comparison, e.g. `$.result.content[0].text`. */
  ignore?: readonly string[];
  requestTimeoutMs?: number;
  progress?: (line: string) => void;
  /**
   * Replay into this engine and record (the page's live session, so the timeline shows the
   * reproduction and the person can go on from there). Without it, a private pair is used and closed.
   */
  live?: { engine: Engine; record: RecordStore };
}

type Outcome = { result: unknown } | { error: { code: number; message: string; data?: unknown } };
/** Where the reproduction's request and response are in the live record. */
type LiveSeqs = { replayedRequestSeq?: number; replayedResponseSeq?: number };

/** The page's Reproduce, for the bridge: replay into the live engine and record, resolve with the report. */
export function liveReplay(live: {
  engine: Engine;
  record: RecordStore;
}): (session: SessionFile, target: Target, ignore: readonly string[]) => Promise<ReplayReport> {
  return async (session, target, ignore) => (await replaySession(session, { target, ignore, live })).report;
}

/**
 * Reproduce a recorded session: connect with the recorded capabilities, re-send the client's
 * requests and notifications in recorded order, answer the server's requests with the recorded
 * answers, and compare each new response with the recorded one. A request the recording cancelled
 * is not sent again (status `cancelled`); ids the server minted and the client echoed (a task id,
 * a cursor) are sent as the live server minted them. One implementation for the page's Reproduce
 * and for `inspector replay`.
 */
export async function replaySession(
  session: SessionFile,
  opts: ReplayOptions,
): Promise<{ report: ReplayReport; record: RecordStore; negotiated?: Negotiated }> {
  const record = opts.live?.record ?? new RecordStore();
  const engine = opts.live?.engine ?? new Engine(record, { name: "mcp-inspector-harness-replay", version: VERSION });
  const ignore = (opts.ignore ?? []).map(pathMatcher);
  const say = opts.progress ?? (() => undefined);
  const report: ReplayReport = { target: describeTarget(opts.target), connected: false, items: [], summary: summarizeReplay([]) };
  const stopAnswering = answerFromRecording(engine, session.answers);
  let negotiated: Negotiated | undefined;
  try {
    say(`connecting to ${report.target}`);
    const state = await engine.connect({ target: opts.target, capabilities: session.capabilities });
    if (state.status !== "connected") {
      report.connectError = state.error?.message ?? "could not connect";
      return { report, record };
    }
    report.connected = true;
    negotiated = state.negotiated;
    const responses = recordedResponses(session);
    const cancelled = cancelledRequests(session.entries);
    const ids = new IdMap(echoedIds(session.entries));
    const requests = replayableRequests(session.entries);
    for (const [i, req] of requests.entries()) {
      say(`${i + 1}/${requests.length} ${req.method}`);
      const why = cancelled.get(req.seq);
      if (why !== undefined) {
        report.items.push({
          recordedSeq: req.seq,
          method: req.method,
          params: req.params,
          status: "cancelled",
          note: `${why}: not sent again`,
          diff: [],
        });
        continue;
      }
      const { value: params, mapped } = ids.apply(req.params);
      const withMapped = mapped.length ? { mapped, note: mappedNote(mapped) } : {};
      if (req.notification) {
        await engine.notify(req.method, params).catch(() => undefined);
        report.items.push({ recordedSeq: req.seq, method: req.method, params: req.params, status: "sent", diff: [], ...withMapped });
        continue;
      }
      const { replayed, seqs } = await send(engine, record, req.method, params, opts.requestTimeoutMs ?? 30_000);
      const recorded = responses.get(req.seq);
      if (recorded && "result" in recorded && "result" in replayed) ids.learn(recorded.result, replayed.result);
      // Compared as the live server would have answered: the ids it minted stand for the recorded ones.
      const item = compare(req.seq, req.method, req.params, recorded && ids.apply(recorded).value, replayed, ignore);
      report.items.push({
        ...item,
        ...seqs,
        ...(mapped.length ? { mapped, note: [item.note, mappedNote(mapped)].filter(Boolean).join("; ") } : {}),
      });
    }
  } finally {
    stopAnswering();
    if (!opts.live) await engine.close();
    report.summary = summarizeReplay(report.items);
  }
  return { report, record, negotiated };
}

/** Answer each held server request with the next recorded answer of the same method. */
function answerFromRecording(engine: Engine, answers: readonly RecordedAnswer[]): () => void {
  const queues = new Map<string, RecordedAnswer[]>();
  for (const a of answers) queues.set(a.method, [...(queues.get(a.method) ?? []), a]);
  const handled = new Set<string>();
  return engine.onState((state) => {
    for (const p of state.pending) {
      if (handled.has(p.pendingId)) continue;
      handled.add(p.pendingId);
      const next = queues.get(p.method)?.shift();
      const reply = next?.error
        ? { error: next.error }
        : next
          ? { result: (next.result ?? {}) as Record<string, unknown> }
          : { error: { code: RpcErrorCode.InternalError, message: `replay: the recording has no answer for this ${p.method}` } };
      void engine.answer(p.pendingId, reply).catch(() => undefined);
    }
  });
}

/** Send one recorded request again; what came back, and where the request and its response are in the record. */
async function send(
  engine: Engine,
  record: RecordStore,
  method: string,
  params: Record<string, unknown> | undefined,
  timeoutMs: number,
): Promise<{ replayed: Outcome | { none: string }; seqs: LiveSeqs }> {
  let sent: SentRequest<RequestOutcome>;
  try {
    sent = engine.send(method, withoutProgressToken(params), { timeoutMs, progress: hasProgressToken(params) });
  } catch (e) {
    return { replayed: { none: e instanceof Error ? e.message : String(e) }, seqs: {} };
  }
  const seqs: LiveSeqs = { replayedRequestSeq: sent.requestSeq };
  try {
    const out = await sent.outcome;
    return {
      replayed: { result: out.result },
      seqs: { ...seqs, ...(out.responseSeq !== undefined ? { replayedResponseSeq: out.responseSeq } : {}) },
    };
  } catch (e) {
    if (e instanceof RpcError)
      return { replayed: { error: e.rpc }, seqs: { ...seqs, ...(e.response ? { replayedResponseSeq: e.response.seq } : {}) } };
    return { replayed: { none: e instanceof Error ? e.message : String(e) }, seqs };
  }
}

function compare(
  seq: number,
  method: string,
  params: unknown,
  recorded: Outcome | undefined,
  replayed: Outcome | { none: string },
  ignore: Array<(p: string) => boolean>,
): ReplayItem {
  const base = { recordedSeq: seq, method, params, recorded, diff: [] };
  if ("none" in replayed) return { ...base, status: "no-response", note: replayed.none };
  if (!recorded)
    return {
      ...base,
      replayed,
      status: "changed",
      note: "the recording has no response to this request",
      diff: [{ path: "$", op: "added", after: replayed }],
    };
  const wasError = "error" in recorded;
  const isError = "error" in replayed;
  if (!wasError && isError) return { ...base, replayed, status: "new-error", diff: diffOf(recorded, replayed, ignore) };
  if (wasError && !isError) return { ...base, replayed, status: "fixed-error", diff: diffOf(recorded, replayed, ignore) };
  const diff = diffOf(recorded, replayed, ignore);
  return { ...base, replayed, status: diff.length ? "changed" : "same", diff };
}

function diffOf(a: Outcome, b: Outcome, ignore: Array<(p: string) => boolean>) {
  return diffJson(normalizeVolatile(a), normalizeVolatile(b)).filter((op) => !ignore.some((m) => m(op.path)));
}

function recordedResponses(session: SessionFile): Map<number, Outcome> {
  const map = new Map<number, Outcome>();
  // A retry (an input_required round) stands for the request it repeats: its response is the last word.
  const firstOf = firstRequestOf(session.entries);
  for (const e of session.entries) {
    if (e.kind !== "message" || e.dir !== "server->client" || !e.pair) continue;
    const m = e.message;
    map.set(firstOf.get(e.pair.seq) ?? e.pair.seq, isErrorResponse(m) ? { error: m.error } : { result: asRecord(m).result });
  }
  return map;
}

function mappedNote(mapped: readonly MappedId[]): string {
  return `sent with the id the live server minted: ${mapped.map((m) => `${m.to} instead of the recorded ${m.from}`).join(", ")}`;
}

function hasProgressToken(params: Record<string, unknown> | undefined): boolean {
  return asRecord(params?._meta).progressToken !== undefined;
}
