import type { MessageEntry } from "../../lib/record/format";
import { entriesOfLastConnection, type SessionFile } from "../../lib/session/file";
import { isNotification, isRequest, isResponse, type JsonRpcId } from "../../lib/protocol/jsonrpc";
import { asRecord } from "../../lib/json/shape";

/** A recorded response or JSON-RPC error, as sent. */
export type Outcome = { result: unknown } | { error: { code: number; message: string; data?: unknown } };

/** Something the server sent on its own: a notification, or a request the client answered. */
export interface ServerAction {
  seq: number;
  kind: "notification" | "request";
  method: string;
  params?: Record<string, unknown>;
  /** The recorded request id (requests only), which the client's answer pointed back at. */
  recordedId?: JsonRpcId;
  /** The client's recorded answer to a server request. */
  answer?: Outcome;
}

/** One client message of the recording and what the server did around it. */
export interface Exchange {
  seq: number;
  method: string;
  params?: Record<string, unknown>;
  notification: boolean;
  recordedId?: JsonRpcId;
  progressToken?: string | number;
  /** Absent when the server never answered (then the mock does not answer either). */
  response?: Outcome;
  /** Server messages between the request and its response: played before the response. */
  during: ServerAction[];
  /** Server messages after the response, before the next client message: played after it. */
  after: ServerAction[];
}

export interface Script {
  exchanges: Exchange[];
  /** The recorded handshake with a result: initialize (2025), or server/discover (2026-07-28). */
  initialize?: Exchange;
  /** The recording's protocol era: "modern" when its handshake was server/discover. */
  era: "legacy" | "modern";
}

/**
 * Read a recording as a script for the mock. Each server notification or request is anchored to
 * the client message before it (a progress notification to the request whose token it carries),
 * and played before or after that message's response as it was recorded.
 */
export function scriptOf(session: SessionFile): Script {
  const entries = entriesOfLastConnection(session.entries).filter((e): e is MessageEntry => e.kind === "message");
  const exchanges: Exchange[] = [];
  const bySeq = new Map<number, Exchange>();
  const byToken = new Map<string | number, Exchange>();
  const serverRequests = new Map<string, ServerAction>();
  const responseSeq = new Map<Exchange, number>();
  let last: Exchange | undefined;
  for (const e of entries) {
    const m = e.message;
    if (e.dir === "client->server" && (isRequest(m) || isNotification(m))) {
      const params = m.params as Record<string, unknown> | undefined;
      const token = asRecord(params?._meta).progressToken;
      const x: Exchange = { seq: e.seq, method: m.method, params, notification: !isRequest(m), during: [], after: [] };
      if (isRequest(m)) x.recordedId = m.id;
      if (typeof token === "string" || typeof token === "number") {
        x.progressToken = token;
        byToken.set(token, x);
      }
      exchanges.push(x);
      bySeq.set(e.seq, x);
      last = x;
    } else if (e.dir === "server->client" && isResponse(m) && e.pair) {
      const x = bySeq.get(e.pair.seq);
      if (x) {
        x.response = m.error ? { error: m.error } : { result: m.result };
        responseSeq.set(x, e.seq);
      }
    } else if (e.dir === "server->client" && (isRequest(m) || isNotification(m))) {
      const params = m.params as Record<string, unknown> | undefined;
      const action: ServerAction = { seq: e.seq, kind: isRequest(m) ? "request" : "notification", method: m.method, params };
      if (isRequest(m)) {
        action.recordedId = m.id;
        serverRequests.set(String(m.id), action);
      }
      const token = m.method === "notifications/progress" ? params?.progressToken : undefined;
      const anchor = (token !== undefined ? byToken.get(token as string | number) : undefined) ?? last;
      if (!anchor) continue;
      (responseSeq.has(anchor) ? anchor.after : anchor.during).push(action);
    } else if (e.dir === "client->server" && isResponse(m) && m.id !== null) {
      const action = serverRequests.get(String(m.id));
      if (action) action.answer = m.error ? { error: m.error } : { result: m.result };
    }
  }
  const handshake = exchanges.find(
    (x) => (x.method === "initialize" || x.method === "server/discover") && x.response && "result" in x.response,
  );
  return { exchanges, initialize: handshake, era: handshake?.method === "server/discover" ? "modern" : "legacy" };
}

/** Why a recording cannot be played, or undefined when it can. */
export function unplayable(script: Script): string | undefined {
  if (!script.exchanges.some((x) => x.response)) return "the recording holds no responses: there is nothing to play";
  if (!script.initialize)
    return "the recording has no initialize response, so the mock cannot answer initialize (nor server/discover: record from the start of a connection)";
  return undefined;
}

/** Label of a request for messages: its method, plus the tool or prompt name or the resource URI. */
export function labelOf(method: string, params: unknown): string {
  const p = asRecord(params);
  const what = typeof p.name === "string" ? p.name : typeof p.uri === "string" ? p.uri : undefined;
  return what ? `${method} ${what}` : method;
}
