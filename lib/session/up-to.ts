import type { Entry } from "../record/format";
import { isRequest } from "../protocol/jsonrpc";
import { asRecord, isObject } from "../json/shape";
import type { SessionFile } from "./file";
import { verdictFailed } from "./verdicts";

/**
 * A recording cut to one call and what it needs before it: Reproduce (the page's, and `replay
 * --up-to`) sends the handshake again by connecting, then every recorded request before the call,
 * then the call, and nothing after. Every earlier request is kept, not only those the call seems to
 * read: which of them set the state it depends on (a created entity, a subscription, a cursor) no
 * file says, and a missing one makes a false reproduction; the person sees the list before it runs.
 *
 * `params`: the call's params to send instead of the recorded ones ("Edit and run"); its recorded
 * answer stays for the comparison. Undefined when `seq` is not a request the client sent.
 */
export function sessionUpTo(session: SessionFile, seq: number, params?: Record<string, unknown>): SessionFile | undefined {
  const call = session.entries.find((e) => e.seq === seq);
  if (!call || call.kind !== "message" || call.dir !== "client->server" || !isRequest(call.message)) return undefined;
  // Its answer (and any input_required round's retries and their answers) end the cut.
  const rounds = new Set([seq]);
  let end = seq;
  for (const e of session.entries) {
    if (e.seq <= seq || e.kind !== "message") continue;
    if (e.dir === "client->server" && e.retryOf !== undefined && rounds.has(e.retryOf)) rounds.add(e.seq);
    if (e.dir === "server->client" && e.pair && rounds.has(e.pair.seq)) end = e.seq;
  }
  const entries: Entry[] = [];
  for (const e of session.entries) {
    if (e.seq > end) break;
    // Between the call and its answer only the call's own frames and the server's (its requests, their answers) stay.
    if (e.seq > seq && e.kind === "message" && e.dir === "client->server" && !rounds.has(e.seq) && isOwnRequest(e)) continue;
    entries.push(e.seq === seq && params ? withParams(e, params) : e);
  }
  return {
    ...session,
    answers: session.answers.filter((a) => a.requestSeq <= end),
    ...(session.verdicts ? { verdicts: session.verdicts.filter((v) => v.requestSeq === undefined || v.requestSeq <= seq) } : {}),
    entries,
  };
}

/** A client frame of its own (a request or notification), not its answer to a server's request. */
function isOwnRequest(e: Entry): boolean {
  return e.kind === "message" && typeof asRecord(e.message).method === "string";
}

function withParams(e: Entry, params: Record<string, unknown>): Entry {
  if (e.kind !== "message" || !isObject(e.message)) return e;
  // The wire text no longer says what is sent: left out, as a redaction leaves a changed frame's.
  const { raw: _raw, ...rest } = e;
  return { ...rest, message: { ...e.message, params } } as Entry;
}

/** The request of the first failing verdict, else of the first error answer (a JSON-RPC error or an isError result). */
export function firstFailingRequest(session: Pick<SessionFile, "verdicts" | "entries">): number | undefined {
  const requests = new Set(
    session.entries.filter((e) => e.kind === "message" && e.dir === "client->server" && isRequest(e.message)).map((e) => e.seq),
  );
  const failing = session.verdicts?.find((v) => verdictFailed(v) && v.requestSeq !== undefined && requests.has(v.requestSeq));
  if (failing) return failing.requestSeq;
  for (const e of session.entries) {
    if (e.kind !== "message" || e.dir !== "server->client" || !e.pair) continue;
    const m = asRecord(e.message);
    if (m.error !== undefined || asRecord(m.result).isError === true) return e.pair.seq;
  }
  return undefined;
}
