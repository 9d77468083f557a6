import { Engine, RpcError, type FaultListener, type RequestOutcome, type SentRequest } from "../engine";
import { RecordStore } from "../record/store";
import { VERSION } from "../paths";
import { ignoresFor, withoutProgressToken } from "../../lib/session/json-diff";
import { firstRequestOf, replayableRequests, type SessionFile } from "../../lib/session/file";
import { RecordedAnswers } from "../../lib/session/recorded-answers";
import { recordedClientInfo } from "../../lib/session/client-info";
import type { Root } from "../../lib/answers/schema";
import { compareOutcome, type Outcome } from "./compare";
import { compareCutAnswer, isCutAnswer, type CutAnswer } from "./cut-answer";
import {
  recordingHoldsFailure,
  reproductionOf,
  summarizeReplay,
  type ReplayItem,
  type ReplayReport,
} from "../../lib/session/replay-result";
import { describeTarget, type Target } from "../../lib/target/target";
import type { Negotiated, SessionState } from "../../lib/session/state";
import { RpcErrorCode } from "../../lib/protocol/error-codes";
import { cancelledRequests } from "../../lib/session/left-out";
import { IdMap, echoedIds, type MappedId } from "./minted-ids";
import { asRecord } from "../../lib/json/shape";
import { isErrorResponse } from "../../lib/protocol/jsonrpc";
import type { Entry } from "../../lib/record/format";
import { ambientKinds, latencyComparable, requestNotifications, type FailOn, type LatencyBound } from "../../lib/surface/regression";
import { sessionCoverage } from "../../lib/session/replay-listing";

export interface ReplayOptions {
  /** The target to run, with real env/header values (the session holds only their names). */
  target: Target;
  /** JSON paths left out of the comparison, e.g. `$.result.content[0].text`. */
  ignore?: readonly string[];
  requestTimeoutMs?: number;
  progress?: (line: string) => void;
  /** `any`: a change `diff` calls compatible fails too (default `breaking`: it is reported and passes). */
  failOn?: FailOn;
  /** How much slower than its recording an answer may be (default 10x and at least 1 s slower). */
  latency?: LatencyBound;
  /**
   * Replay into this engine and record (the page's live session, so the timeline shows the
   * reproduction and the person can go on from there). Without it, a private pair is used and closed.
   */
  live?: { engine: Engine; record: RecordStore };
  /** Told of each request a fault below MCP ends (a reset, an HTTP status, a stall), as it ends. */
  onFault?: FaultListener;
}

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
): Promise<{ report: ReplayReport; record: RecordStore; negotiated?: Negotiated; state: SessionState }> {
  const record = opts.live?.record ?? new RecordStore();
  const clientInfo = recordedClientInfo(session.entries) ?? { name: "mcp-inspector-harness-replay", version: VERSION };
  const engine = opts.live?.engine ?? new Engine(record, clientInfo);
  const stopFaults = opts.onFault ? engine.onFault(opts.onFault) : () => undefined;
  // Bare paths apply to every answer; a learned mask (`tools/call roll $.result…`) only to its own request.
  const ignorePatterns = [...(session.ignore ?? []), ...(opts.ignore ?? [])];
  const say = opts.progress ?? (() => undefined);
  const coverage = sessionCoverage(session.entries);
  const report: ReplayReport = {
    target: describeTarget(opts.target),
    connected: false,
    items: [],
    ...(coverage.length ? { coverage } : {}),
    summary: summarizeReplay([]),
  };
  const clientSide = new RecordedAnswers(session);
  const answering = answerFromRecording(engine, clientSide);
  let negotiated: Negotiated | undefined;
  try {
    say(`connecting to ${report.target}`);
    // In the era the recording spoke (a 2026-07-28 recording replayed over `initialize` would
    // differ in every answer's envelope, not in what the server said).
    const recordedEra = session.negotiated?.era;
    const state = await engine.connect({
      target: opts.target,
      capabilities: session.capabilities,
      ...(recordedEra === "modern" ? { protocolEra: "modern" as const } : {}),
    });
    if (state.status !== "connected") {
      report.connectError = state.error?.message ?? "could not connect";
      return { report, record, state: engine.getState() };
    }
    report.connected = true;
    negotiated = state.negotiated;
    const responses = recordedResponses(session);
    const cuts = recordedCuts(session);
    const cancelled = cancelledRequests(session.entries);
    const ids = new IdMap(echoedIds(session.entries));
    const requests = replayableRequests(session.entries);
    // What the server sends on its own (a periodic log line) is not attributed to a request.
    const ambient = ambientKinds(session.entries);
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
      answering.moveTo(req.seq);
      const { value: params, mapped } = ids.apply(req.params);
      const withMapped = mapped.length ? { mapped, note: mappedNote(mapped) } : {};
      if (req.notification) {
        // The roots changed here in the recording: the engine tells the server, as it did then.
        if (req.method === "notifications/roots/list_changed") {
          const asked = clientSide.rootsAskedAfter(req.seq) ? untilAnswered(record, "roots/list", ROOTS_WAIT_MS) : undefined;
          if (!answering.rootsChanged()) await engine.notify(req.method, params).catch(() => undefined);
          await asked;
        } else await engine.notify(req.method, params).catch(() => undefined);
        report.items.push({ recordedSeq: req.seq, method: req.method, params: req.params, status: "sent", diff: [], ...withMapped });
        continue;
      }
      const recorded = responses.get(req.seq);
      // 2026-07-28's subscriptions/listen is a stream that is answered only when it ends: one still
      // open when the recording was saved has nothing to compare. It is opened again (what it
      // delivers is the server's), and the replay goes on without waiting for an end.
      if (req.method === "subscriptions/listen" && !recorded) {
        void engine.request(req.method, params).catch(() => undefined);
        report.items.push({
          recordedSeq: req.seq,
          method: req.method,
          params: req.params,
          status: "sent",
          note: "a stream still open in the recording: nothing to compare",
          diff: [],
          ...withMapped,
        });
        continue;
      }
      const { replayed, seqs, liveMs } = await send(engine, record, req.method, params, opts.requestTimeoutMs ?? 30_000);
      if (recorded && "result" in recorded && "result" in replayed) ids.learn(recorded.result, replayed.result);
      // Compared as the live server would have answered: the ids it minted stand for the recorded ones.
      const base = { recordedSeq: req.seq, method: req.method, params: req.params };
      // A server that now speaks another era answers with that era's envelope (resultType, cache
      // hints, the reserved _meta keys): compared without it, as a snapshot is.
      const eraChanged = (negotiated?.era ?? "legacy") !== (recordedEra ?? "legacy");
      const timing = recordedTiming(session.entries, req.seq, ambient);
      const cutAnswer = cuts.get(req.seq);
      const live = seqs.replayedResponseSeq === undefined ? undefined : record.get(seqs.replayedResponseSeq);
      const item = compareOutcome(
        base,
        recorded && ids.apply(recorded).value,
        replayed,
        ignoresFor(ignorePatterns, req.method, req.params),
        eraChanged,
        {
          failOn: opts.failOn,
          latency: opts.latency,
          ...(cutAnswer ? { cut: compareCutAnswer(cutAnswer, live) } : {}),
          ...(latencyComparable(req.method) ? { recordedMs: timing?.latencyMs, liveMs } : {}),
          ...(timing && seqs.replayedRequestSeq !== undefined && seqs.replayedResponseSeq !== undefined
            ? {
                // Over another era list changes come another way (2026-07-28: on subscriptions/listen only).
                recordedNotifications: eraChanged ? timing.notifications.filter((m) => !m.endsWith("/list_changed")) : timing.notifications,
                liveNotifications: requestNotifications(record.since(0), seqs.replayedRequestSeq, seqs.replayedResponseSeq),
              }
            : {}),
        },
      );
      report.items.push({
        ...item,
        ...seqs,
        ...(mapped.length ? { mapped, note: [item.note, mappedNote(mapped)].filter(Boolean).join("; ") } : {}),
      });
    }
  } finally {
    // Closed first: putting the standing roots back must not tell a server that is going away.
    if (!opts.live) await engine.close();
    stopFaults();
    answering.stop();
    report.items = report.items.map((i) => lateNotifications(i, sentOnce(record.since(0))));
    report.summary = summarizeReplay(report.items);
    // A bug report's replay says whether the bug came back, not only whether the answers did.
    const reproduction = report.connected ? reproductionOf(recordingHoldsFailure(session), report) : undefined;
    if (reproduction) report.reproduction = reproduction;
  }
  return { report, record, negotiated, state: engine.getState() };
}

/**
 * Answer the server's requests as the recording would have at the replay's moment (issue 36 item
 * 2): roots/list from the roots in force then (through the engine's standing roots, which also
 * tells the server when they change), sampling and elicitation from the recorded reply to the
 * same request, else the nearest one of its kind. Never by position. The live engine's own
 * standing answers are put back afterwards.
 */
function answerFromRecording(engine: Engine, recorded: RecordedAnswers) {
  const before = engine.getState().answers;
  let moment = 0;
  const setRoots = (roots: Root[] | undefined) => {
    if (roots === undefined || JSON.stringify(roots) === JSON.stringify(engine.getState().answers.roots)) return false;
    engine.setAnswers({ roots });
    return true;
  };
  // Everything else waits for the recording's answer, even where the person's settings would answer.
  engine.setAnswers({
    sampling: { enabled: false },
    elicitation: "ask",
    ...(recorded.hasRoots ? { roots: recorded.rootsAt(0) ?? [] } : {}),
  });
  const handled = new Set<string>();
  const stopListening = engine.onState((state) => {
    for (const p of state.pending) {
      if (handled.has(p.pendingId)) continue;
      handled.add(p.pendingId);
      const picked = recorded.answerFor(p.method, p.params, moment);
      const reply = picked?.reply ?? {
        error: { code: RpcErrorCode.InternalError, message: `replay: the recording has no answer for this ${p.method}` },
      };
      void engine.answer(p.pendingId, reply).catch(() => undefined);
    }
  });
  return {
    /** The replay is about to send the recorded client message at this seq. */
    moveTo(seq: number) {
      moment = seq;
    },
    /** Set the roots in force at the current moment; true when they changed (the engine then notified the server). */
    rootsChanged: () => recorded.hasRoots && setRoots(recorded.rootsAt(moment)),
    stop() {
      stopListening();
      engine.setAnswers(before);
    },
  };
}

/**
 * How long a replay waits for the server to ask what the recording shows it asked after a roots
 * change: a server that no longer asks must not stall the replay, and the next request goes anyway.
 */
const ROOTS_WAIT_MS = 5_000;

/** Resolves when the live record shows the client's answer to a server request of `method`, or after `ms`. */
function untilAnswered(record: RecordStore, method: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      stop();
      resolve();
    };
    const timer = setTimeout(done, ms);
    const stop = record.subscribe((e) => {
      if (e.kind === "message" && e.dir === "client->server" && e.pair?.method === method) done();
    });
  });
}

/** Send one recorded request again; what came back, and where the request and its response are in the record. */
async function send(
  engine: Engine,
  record: RecordStore,
  method: string,
  params: Record<string, unknown> | undefined,
  timeoutMs: number,
): Promise<{ replayed: Outcome | { none: string }; seqs: LiveSeqs; liveMs?: number }> {
  let sent: SentRequest<RequestOutcome>;
  try {
    sent = engine.send(method, withoutProgressToken(params), { timeoutMs, progress: hasProgressToken(params) });
  } catch (e) {
    return { replayed: { none: e instanceof Error ? e.message : String(e) }, seqs: {} };
  }
  const seqs: LiveSeqs = { replayedRequestSeq: sent.requestSeq };
  const started = performance.now();
  try {
    const out = await sent.outcome;
    return {
      liveMs: performance.now() - started,
      replayed: { result: out.result },
      seqs: { ...seqs, ...(out.responseSeq !== undefined ? { replayedResponseSeq: out.responseSeq } : {}) },
    };
  } catch (e) {
    if (e instanceof RpcError)
      return { replayed: { error: e.rpc }, seqs: { ...seqs, ...(e.response ? { replayedResponseSeq: e.response.seq } : {}) } };
    return { replayed: { none: e instanceof Error ? e.message : String(e) }, seqs };
  }
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

/** The recorded answers whose body was cut (issue 91), by the request they answer, as recordedResponses keys them. */
function recordedCuts(session: SessionFile): Map<number, CutAnswer> {
  const map = new Map<number, CutAnswer>();
  const firstOf = firstRequestOf(session.entries);
  for (const e of session.entries) {
    if (e.kind !== "message" || e.dir !== "server->client" || !e.pair) continue;
    const key = firstOf.get(e.pair.seq) ?? e.pair.seq;
    // The last word stands, as in recordedResponses: a later whole answer replaces a cut one.
    if (isCutAnswer(e)) map.set(key, e);
    else map.delete(key);
  }
  return map;
}

/**
 * The recorded answer to the request at `seq`: its time (the record's pair latency) and the
 * notifications that belonged to it (lib/surface/regression.ts: progress, log lines, list changes).
 */
function recordedTiming(
  entries: readonly Entry[],
  seq: number,
  ambient: ReadonlySet<string>,
): { latencyMs: number; notifications: string[] } | undefined {
  const response = entries.find((e) => e.kind === "message" && e.dir === "server->client" && e.pair?.seq === seq);
  if (!response || response.kind !== "message" || !response.pair) return undefined;
  return { latencyMs: response.pair.latencyMs, notifications: requestNotifications(entries, seq, response.seq, ambient) };
}

/** The notification kinds (but progress, which names its request) the live server sent at any moment of the replay. */
function sentOnce(entries: readonly Entry[]): Set<string> {
  const out = new Set<string>();
  for (const e of entries) {
    if (e.kind !== "message" || e.dir !== "server->client") continue;
    const m = asRecord(e.message);
    if (typeof m.method === "string" && !("id" in m) && m.method !== "notifications/progress") out.add(m.method);
  }
  return out;
}

/**
 * Tolerant of timing: a log line or list change the recording had during a request, and the live
 * server sent at another moment of the replay (the everything server logs when it has read the
 * roots, 350 ms after the handshake, during whichever request is then running), is reported, not
 * failed. Progress names its request, so a progress that no longer comes always fails.
 */
function lateNotifications(item: ReplayItem, sent: ReadonlySet<string>): ReplayItem {
  const op = item.diff.find((d) => d.path === "notifications" && d.op === "removed");
  if (!op || !Array.isArray(op.before)) return item;
  const missing = (op.before as string[]).filter((m) => m === "notifications/progress" || !sent.has(m));
  const late = (op.before as string[]).filter((m) => !missing.includes(m));
  if (!late.length) return item;
  const diff = item.diff.flatMap((d) => (d !== op ? [d] : missing.length ? [{ ...d, before: missing }] : []));
  const said = `${late.join(", ")} came at another moment of the replay, not during this request`;
  const note = (item.note ?? "")
    .split("; ")
    .filter((n) => !n.startsWith("no longer sent: ") || missing.length)
    .join("; ");
  return {
    ...item,
    diff,
    status: item.status === "changed" && !diff.length ? "same" : item.status,
    compatible: [...(item.compatible ?? []), { path: "notifications", message: said }],
    ...(note ? { note } : { note: undefined }),
  };
}

function mappedNote(mapped: readonly MappedId[]): string {
  return `sent with the id the live server minted: ${mapped.map((m) => `${m.to} instead of the recorded ${m.from}`).join(", ")}`;
}

function hasProgressToken(params: Record<string, unknown> | undefined): boolean {
  return asRecord(params?._meta).progressToken !== undefined;
}
