import type { DiffOp } from "../session/json-diff";

/**
 * The bounds a recorded answer holds a live one to beside its value (issue 64), shared by
 * `replay` and a collection's `latency:` and `notifications:` expectations: how much slower it may
 * be, and which notifications must still come with it. Pure. lib/surface/regression.ts judges the
 * value itself as `inspector diff` does.
 */

/** How much slower than its recording an answer may be: default 10 times and at least 1 s slower. */
export interface LatencyBound {
  /** The answer may take this many times the recorded time… */
  factor: number;
  /** …and at least this many ms more than the recorded time. */
  minMs: number;
}
export const DEFAULT_LATENCY_BOUND: LatencyBound = { factor: 10, minMs: 1000 };

/** The slowest an answer recorded in `recordedMs` may be: the larger of factor × recorded and recorded + minMs. */
export function latencyLimit(recordedMs: number, b: LatencyBound = DEFAULT_LATENCY_BOUND): number {
  return Math.round(Math.max(recordedMs * b.factor, recordedMs + b.minMs));
}

/** The verdict on one answer's time against its recording; the message states the limit and the value seen. */
export function judgeLatency(
  recordedMs: number,
  liveMs: number,
  b: LatencyBound = DEFAULT_LATENCY_BOUND,
): { pass: boolean; limitMs: number; message: string } {
  const limitMs = latencyLimit(recordedMs, b);
  const pass = liveMs <= limitMs;
  const rule = `${b.factor}x and at least ${b.minMs} ms slower than the recorded ${Math.round(recordedMs)} ms`;
  return {
    pass,
    limitMs,
    message: pass
      ? `answered in ${Math.round(liveMs)} ms (limit ${limitMs} ms: ${rule})`
      : `answered in ${Math.round(liveMs)} ms, over the limit of ${limitMs} ms (${rule})`,
  };
}

/** The notifications a request's answer is judged with: its progress, the log lines and the list changes it caused. */
export function isRequestNotification(method: string): boolean {
  return method === "notifications/progress" || method === "notifications/message" || /^notifications\/.+\/list_changed$/.test(method);
}

/**
 * The sequence of kinds a request's notifications make, tolerant of timing and counts: each kind
 * once, in the order it first came (three progress then a log line, or one progress, a log line
 * and two more, are both `progress, message`).
 */
export function notificationSequence(methods: readonly string[]): string[] {
  return [...new Set(methods.filter(isRequestNotification))];
}

/**
 * The verdict on a request's notifications against its recording: a kind the recording shows and
 * the live server no longer sends is a regression ("some progress then the result" against "no
 * progress at all"); a kind that is new is compatible (reported).
 */
export function judgeNotifications(
  recorded: readonly string[],
  live: readonly string[],
): { missing: string[]; added: string[]; message?: string } {
  const want = notificationSequence(recorded);
  const got = notificationSequence(live);
  const missing = want.filter((m) => !got.includes(m));
  const added = got.filter((m) => !want.includes(m));
  const shown = (l: string[]) => (l.length ? l.join(", ") : "none");
  return {
    missing,
    added,
    ...(missing.length || added.length
      ? {
          message: `${missing.length ? `no longer sent: ${missing.join(", ")}` : `newly sent: ${added.join(", ")}`} (recorded: ${shown(want)}; now: ${shown(got)})`,
        }
      : {}),
  };
}

/** One line per change: `~ path: before -> after`, never two whole documents. */
export function changeLines(changes: readonly DiffOp[], max = 20): string[] {
  const lines: string[] = [];
  for (const c of changes.slice(0, max)) {
    const sign = c.op === "added" ? "+" : c.op === "removed" ? "-" : "~";
    const what = c.op === "added" ? brief(c.after) : c.op === "removed" ? brief(c.before) : `${briefAround(c.before, c.after)}`;
    lines.push(`${sign} ${c.path}: ${what}`);
  }
  if (changes.length > max) lines.push(`… ${changes.length - max} more`);
  return lines;
}

function briefAround(before: unknown, after: unknown): string {
  if (typeof before === "string" && typeof after === "string" && (before.length > 60 || after.length > 60)) {
    // Where they differ, with a little around it: a one-character fix reads as one.
    let i = 0;
    while (i < before.length && i < after.length && before[i] === after[i]) i++;
    let j = 0;
    while (j < before.length - i && j < after.length - i && before[before.length - 1 - j] === after[after.length - 1 - j]) j++;
    const cut = (s: string) => `${i > 20 ? "…" : ""}${s.slice(Math.max(0, i - 20), s.length - j + 20)}${j > 20 ? "…" : ""}`;
    return `${JSON.stringify(cut(before))} -> ${JSON.stringify(cut(after))}`;
  }
  return `${brief(before)} -> ${brief(after)}`;
}

function brief(v: unknown): string {
  const s = JSON.stringify(v) ?? "(none)";
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/**
 * Methods whose answer time says nothing of the server's speed: `tasks/result` waits for the task
 * to end (a replay asks at once, the recording may have asked when it was done).
 */
export function latencyComparable(method: string): boolean {
  return !method.startsWith("tasks/") && method !== "subscriptions/listen";
}

/** A record entry as far as finding a request's notifications needs it (the record's and the test library's). */
interface EntryLike {
  seq: number;
  kind: string;
  dir?: string;
  message?: unknown;
  pair?: { seq: number };
  /** Over Streamable HTTP: the request that opened the stream it came on (GET: the standalone one, or a resumption). */
  http?: { method: string; resumedFrom?: string };
}

/**
 * A message the server sent on its standalone GET stream: the spec has that stream carry what is
 * unrelated to any request, and whether it lands before or after a request's answer (which comes
 * on that request's own stream) is the order of two connections. A list change the v1 SDK sends
 * there during a call was the call's in one recording and not in the next, and replay judged it
 * so (issue 89's corpus, v1-http/list-changed-never). A GET that resumed a stream is that stream.
 */
const onStandaloneStream = (e: EntryLike) => e.http?.method === "GET" && e.http.resumedFrom === undefined;

const obj = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/**
 * The notifications the server sent between a request and its response that belong to it: its
 * own progress (by the request's progress token), log lines and list changes, in order; over
 * Streamable HTTP not what came on the standalone stream (progress names its request wherever it came).
 */
export function requestNotifications(
  entries: readonly EntryLike[],
  requestSeq: number,
  responseSeq: number,
  /** Kinds the server also sends on its own (ambientKinds): not attributed to a request. */
  ambient: ReadonlySet<string> = new Set(),
): string[] {
  const request = entries.find((e) => e.seq === requestSeq);
  const token = obj(obj(obj(request?.message).params)._meta).progressToken;
  const out: string[] = [];
  // After an exchange the server started (roots/list, sampling) a log line or list change may be
  // that exchange's doing (the everything server logs once it has read the roots, on a timer):
  // from there on only progress, which names its request, is attributed to it.
  let exchanged = false;
  // The same when the exchange came just before the request (since the client's previous request).
  const at = entries.findIndex((e) => e.seq === requestSeq);
  for (let i = at - 1; i >= 0; i--) {
    const e = entries[i];
    if (e.kind !== "message") continue;
    const m = obj(e.message);
    if (e.dir === "client->server" && typeof m.method === "string" && "id" in m) break;
    if ((e.dir === "server->client" && typeof m.method === "string" && "id" in m) || (e.dir === "client->server" && !("method" in m))) {
      exchanged = true;
      break;
    }
  }
  for (const e of entries) {
    if (e.seq <= requestSeq || e.seq >= responseSeq || e.kind !== "message") continue;
    const m = obj(e.message);
    if (e.dir === "client->server" || "id" in m) {
      if (e.dir === "server->client" ? typeof m.method === "string" : !("method" in m)) exchanged = true;
      continue;
    }
    if (typeof m.method !== "string" || !isRequestNotification(m.method)) continue;
    if ((exchanged || onStandaloneStream(e)) && m.method !== "notifications/progress") continue;
    if (m.method === "notifications/progress" && obj(m.params).progressToken !== token) continue;
    if (ambient.has(m.method)) continue;
    out.push(m.method);
  }
  return out;
}

/**
 * The notification kinds a server sends on its own, not caused by the request they land in; one
 * of them inside a window may be chance, so such a kind is not attributed to requests, and its
 * absence is no regression:
 * - a kind seen outside any request's window (a line sent between requests);
 * - log lines (`notifications/message`) that came during two or more different calls (by method
 *   and tool, prompt or resource), or during calls running at once: the server logs on a clock
 *   or about everything (the everything server's `toggle-simulated-logging` starts a line every
 *   5 s at a random level, so which call one lands in, and whether the client's level lets it
 *   through, differs from run to run). A log line only one call ever brings stays that call's.
 * Progress is never among them: a progress notification names its request by token.
 */
export function ambientKinds(entries: readonly EntryLike[]): Set<string> {
  const open = new Map<number, string>();
  const answered = new Set<number>();
  for (const e of entries) if (e.kind === "message" && e.dir === "server->client" && e.pair) answered.add(e.pair.seq);
  const out = new Set<string>();
  const logCalls = new Set<string>();
  for (const e of entries) {
    if (e.kind !== "message") continue;
    const m = obj(e.message);
    if (e.dir === "client->server" && "id" in m && typeof m.method === "string" && answered.has(e.seq)) open.set(e.seq, callLabel(m));
    else if (e.dir === "server->client" && e.pair) open.delete(e.pair.seq);
    else if (e.dir === "server->client" && typeof m.method === "string" && !("id" in m) && isRequestNotification(m.method)) {
      if (m.method === "notifications/progress") continue;
      if (open.size === 0) out.add(m.method);
      else if (m.method === "notifications/message") for (const label of open.values()) logCalls.add(label);
    }
  }
  if (logCalls.size > 1) out.add("notifications/message");
  return out;
}

/** Which call a request is, for telling calls apart: its method and the tool, prompt or resource it names. */
function callLabel(m: Record<string, unknown>): string {
  const p = obj(m.params);
  const what = typeof p.name === "string" ? p.name : typeof p.uri === "string" ? p.uri : "";
  return `${String(m.method)} ${what}`;
}

/** The first request the client sent at or after `fromSeq` (of `method`, when given) and the seq of its response. */
export function requestAndResponse(
  entries: readonly EntryLike[],
  fromSeq: number,
  method?: string,
): { requestSeq: number; responseSeq: number } | undefined {
  const request = entries.find((e) => {
    const m = obj(e.message);
    return e.seq >= fromSeq && e.kind === "message" && e.dir === "client->server" && "id" in m && (!method || m.method === method);
  });
  if (!request) return undefined;
  const response = entries.find((e) => e.kind === "message" && e.dir === "server->client" && e.pair?.seq === request.seq);
  return response ? { requestSeq: request.seq, responseSeq: response.seq } : undefined;
}
