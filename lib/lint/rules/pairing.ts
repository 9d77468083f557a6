import type { Direction } from "../../record/format";
import { SPEC } from "../spec";
import { brief, type Family, type MessageCtx, type Report, type Rule } from "../rule";
import { isObject } from "../../json/shape";
import { envelopeOf } from "./modern-meta";

// Pairing (MCP 2025-11-25 basic/#requests, #responses): a response carries the id of a
// request sent the other way; an id MUST NOT have been used before by the same requestor in
// the session; every request gets a response, unless it was cancelled
// (basic/utilities/cancellation: the receiver SHOULD NOT answer a cancelled request).
// In the 2026-07-28 era there is no session: an id "MUST NOT match the ID of any other request
// the sender has issued and not yet received a response for", so only reuse while open counts
// (the SDK's modern client starts its ids again at 0 after its server/discover probe).
// The linter pairs on its own, not through entry.pair, so a record file pairs the same way
// and two open requests with one id (a reused id) do not cascade into more findings.

export const UNKNOWN_ID: Rule = {
  id: "pairing/unknown-id",
  severity: "error",
  specUrl: SPEC.mcpResponses,
  summary: "A response answers a request id that was never sent the other way in this session.",
};
export const DUPLICATE_RESPONSE: Rule = {
  id: "pairing/duplicate-response",
  severity: "error",
  specUrl: SPEC.mcpResponses,
  summary: "A second response to a request that was already answered.",
};
export const REUSED_ID: Rule = {
  id: "pairing/reused-id",
  severity: "error",
  specUrl: SPEC.mcpRequests,
  summary: "A request reuses an id its sender already used in this session (while the first is open, or after).",
};
export const UNANSWERED: Rule = {
  id: "pairing/unanswered",
  severity: "warning",
  specUrl: SPEC.mcpResponses,
  summary: "A request (not cancelled) had no response when the session ended.",
};

interface OpenRequest {
  seq: number;
  method: string;
  params: unknown;
  cancelled: boolean;
}

const other = (d: Direction): Direction => (d === "client->server" ? "server->client" : "client->server");
const keyOf = (id: unknown): string => `${typeof id}:${String(id)}`;

export function pairingFamily(): Family {
  /** Requests waiting for a response, by the direction they were sent in, then id (a queue: an id may be reused while open). */
  let open: Record<Direction, Map<string, OpenRequest[]>>;
  /** Seq of the last request that used each id, by sender. */
  let used: Record<Direction, Map<string, number>>;
  /** For ids whose requests are all answered: the seq of the (last) response. */
  let answered: Record<Direction, Map<string, number>>;
  const reset = () => {
    open = { "client->server": new Map(), "server->client": new Map() };
    used = { "client->server": new Map(), "server->client": new Map() };
    answered = { "client->server": new Map(), "server->client": new Map() };
  };
  reset();

  return {
    rules: [UNKNOWN_ID, DUPLICATE_RESPONSE, REUSED_ID, UNANSWERED],
    reset,
    message(ctx: MessageCtx) {
      const { msg, entry } = ctx;
      const dir = entry.dir;
      if (msg.kind === "request") {
        if (!msg.idValid) return;
        const key = keyOf(msg.id);
        const queue = open[dir].get(key);
        const before = used[dir].get(key);
        if (queue?.length) {
          ctx.flag(REUSED_ID, `request id ${brief(msg.id)} is already in use by a request that is still open`, {
            relatedSeq: queue[0].seq,
          });
        } else if (before !== undefined && !modernRequest(ctx, msg.method, msg.params)) {
          ctx.flag(REUSED_ID, `request id ${brief(msg.id)} was already used in this session`, { relatedSeq: before });
        }
        const req: OpenRequest = { seq: entry.seq, method: msg.method, params: msg.params, cancelled: false };
        if (queue) queue.push(req);
        else open[dir].set(key, [req]);
        used[dir].set(key, entry.seq);
        answered[dir].delete(key);
        return;
      }
      if (msg.kind === "notification") {
        if (msg.method === "notifications/cancelled" && isObject(msg.params) && "requestId" in msg.params) {
          // Cancels a request previously issued in the same direction.
          for (const r of open[dir].get(keyOf(msg.params.requestId)) ?? []) r.cancelled = true;
        }
        return;
      }
      if (msg.kind !== "response" || !msg.idValid) return;
      const reqDir = other(dir);
      const key = keyOf(msg.id);
      const queue = open[reqDir].get(key);
      const req = queue?.shift();
      if (req) {
        if (queue!.length === 0) {
          open[reqDir].delete(key);
          answered[reqDir].set(key, entry.seq);
        }
        ctx.answers = { seq: req.seq, method: req.method, params: req.params };
        return;
      }
      const first = answered[reqDir].get(key);
      // On a resumed HTTP stream a second response is the server replaying another stream: the
      // http family reports that once, with the count, instead of one finding per frame.
      if (first !== undefined && entry.http?.resumedFrom !== undefined) return;
      if (first !== undefined) {
        ctx.flag(DUPLICATE_RESPONSE, `a second response to request id ${brief(msg.id)}, which was already answered`, { relatedSeq: first });
        return;
      }
      if (entry.pair) {
        // The record paired it with a request this linter never saw (e.g. evicted before it started).
        ctx.answers = { seq: entry.pair.seq, method: entry.pair.method, params: undefined };
        return;
      }
      ctx.flag(
        UNKNOWN_ID,
        `a response to request id ${brief(msg.id)}, which was never sent ${reqDir === "client->server" ? "by the client" : "by the server"} in this session`,
      );
    },
    other(entry) {
      // A 2026-07-28 server refuses a request with an HTTP 4xx whose body is the JSON-RPC error
      // (-32022, -32020, -32021, -32601 with 404): the client's HTTP layer does not hand it on
      // as a message, so the record has it as an http entry. It still answers the request.
      if (entry.kind !== "http" || entry.http.method !== "POST") return;
      const id = errorResponseId(entry.text);
      if (id === undefined) return;
      const key = keyOf(id);
      const queue = open["client->server"].get(key);
      if (!queue?.shift()) return;
      if (queue.length === 0) {
        open["client->server"].delete(key);
        answered["client->server"].set(key, entry.seq);
      }
    },
    end(report: Report) {
      for (const dir of ["client->server", "server->client"] as const) {
        for (const queue of open[dir].values()) {
          for (const r of queue) {
            // A subscriptions/listen is held open until one side ends it: still open at the end, it was owed nothing.
            if (r.cancelled || r.method === "subscriptions/listen") continue;
            const who = dir === "client->server" ? "the server" : "the client";
            report(UNANSWERED, r.seq, `${r.method} was never answered by ${who} before the session ended`);
          }
        }
      }
    },
  };
}

/** A request of the 2026-07-28 era (this family runs before the one that sets session.era, so it looks itself). */
function modernRequest(ctx: MessageCtx, method: string, params: unknown): boolean {
  return ctx.session.era === "modern" || method === "server/discover" || envelopeOf(params) !== undefined;
}

/** The id of the JSON-RPC error response an HTTP error body carries, if it is one. */
function errorResponseId(text: string): unknown {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(body) || "method" in body || !isObject(body.error)) return undefined;
  return typeof body.id === "string" || typeof body.id === "number" ? body.id : undefined;
}
