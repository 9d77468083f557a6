import type { Entry, MessageEntry } from "../record/format";
import { entriesOfLastConnection, type SessionFile } from "../session/file";
import { isErrorResponse, isRequest, resultObject } from "../protocol/jsonrpc";
import {
  LIST_KINDS,
  LIST_SPECS,
  surfaceFromListings,
  type ListKind,
  type Listed,
  type NegotiationLike,
  type Surface,
  type SurfaceItem,
} from "./surface";
import { asRecord, objectOr } from "../json/shape";

const LIST_CHANGED: Record<ListKind, string> = {
  tools: "notifications/tools/list_changed",
  resources: "notifications/resources/list_changed",
  resourceTemplates: "notifications/resources/list_changed",
  prompts: "notifications/prompts/list_changed",
};

/**
 * The surface a recording shows: its negotiation and, per kind, the last complete listing in it
 * (every page, following nextCursor). Returns an error in words when the recording cannot give
 * one (no initialize response): there is nothing to compare.
 */
export function surfaceFromSession(session: SessionFile, label: string): { ok: true; surface: Surface } | { ok: false; message: string } {
  return surfaceFromRecord(session.entries, session.negotiated, { label, origin: "session", transport: session.target.transport });
}

/**
 * The same from a record and its negotiation: a session file's, or the page's live session
 * (its timeline is a recording too; origin "live"). Only the last connection counts.
 */
export function surfaceFromRecord(
  all: readonly Entry[],
  negotiated: SessionFile["negotiated"],
  head: { label: string; origin: Surface["origin"]; transport: Surface["transport"] },
): { ok: true; surface: Surface } | { ok: false; message: string } {
  const entries = entriesOfLastConnection(all);
  if (!entries.some((e) => e.kind === "message" && e.dir === "server->client" && e.pair))
    return { ok: false, message: "the recording holds no responses, so it shows no server to compare" };
  const n = negotiationOf(negotiated, entries);
  if (!n) return { ok: false, message: "the recording has no initialize response, so it shows no server to compare" };
  const listings: Partial<Record<ListKind, Listed>> = {};
  for (const kind of LIST_KINDS) {
    const l = lastListing(entries, kind);
    if (l) listings[kind] = l;
  }
  return { ok: true, surface: surfaceFromListings(head, n, listings) };
}

/** The session's negotiation, or the initialize exchange read off the record when the file has none. */
function negotiationOf(negotiated: SessionFile["negotiated"], entries: readonly Entry[]): NegotiationLike | undefined {
  const init = responseTo(entries, "initialize");
  const result = resultObject(init?.message);
  if (negotiated && (result || negotiated.protocolVersion)) {
    const n = negotiated;
    return {
      protocolVersion: n.protocolVersion,
      requestedProtocolVersion: n.requestedProtocolVersion,
      serverCapabilities: n.serverCapabilities,
      clientCapabilities: n.clientCapabilities,
      serverInfo: n.serverInfo,
      instructions: n.instructions,
    };
  }
  if (!result) return discoverNegotiation(entries);
  const request = entries.find((e) => e.kind === "message" && e.seq === init!.pair!.seq) as MessageEntry | undefined;
  const params = asRecord(asRecord(request?.message).params);
  return {
    protocolVersion: typeof result.protocolVersion === "string" ? result.protocolVersion : undefined,
    requestedProtocolVersion: typeof params.protocolVersion === "string" ? params.protocolVersion : undefined,
    serverCapabilities: asRecord(result.capabilities),
    clientCapabilities: objectOr(params.capabilities),
    serverInfo: asRecord(result.serverInfo),
    instructions: typeof result.instructions === "string" ? result.instructions : undefined,
  };
}

/** A 2026-07-28 record's handshake: server/discover, the version and client in the request's `_meta`. */
function discoverNegotiation(entries: readonly Entry[]): NegotiationLike | undefined {
  const discover = responseTo(entries, "server/discover");
  const result = resultObject(discover?.message);
  if (!result) return undefined;
  const request = entries.find((e) => e.kind === "message" && e.seq === discover!.pair!.seq) as MessageEntry | undefined;
  const meta = asRecord(asRecord(asRecord(request?.message).params)._meta);
  const version = meta["io.modelcontextprotocol/protocolVersion"];
  return {
    protocolVersion: typeof version === "string" ? version : undefined,
    requestedProtocolVersion: typeof version === "string" ? version : undefined,
    serverCapabilities: asRecord(result.capabilities),
    clientCapabilities: objectOr(meta["io.modelcontextprotocol/clientCapabilities"]),
    serverInfo: asRecord(asRecord(result._meta)["io.modelcontextprotocol/serverInfo"]),
    instructions: typeof result.instructions === "string" ? result.instructions : undefined,
  };
}

function responseTo(entries: readonly Entry[], method: string): MessageEntry | undefined {
  return entries.find((e): e is MessageEntry => e.kind === "message" && e.dir === "server->client" && e.pair?.method === method);
}

/**
 * The last complete chain of pages of one list method: a request without a cursor starts a
 * chain, a request with the previous page's nextCursor continues it, a page without nextCursor
 * ends it. A later list_changed notification makes the listing possibly stale: said, not hidden.
 */
export function lastListing(entries: readonly Entry[], kind: ListKind): Listed | undefined {
  const { method, key } = LIST_SPECS[kind];
  const responses = new Map<number, MessageEntry>();
  for (const e of entries)
    if (e.kind === "message" && e.dir === "server->client" && e.pair?.method === method) responses.set(e.pair.seq, e);
  let chain: { items: SurfaceItem[]; next?: string; pages: number } | undefined;
  let complete: { items: SurfaceItem[]; endSeq: number } | undefined;
  let failure: string | undefined;
  for (const e of entries) {
    if (e.kind !== "message" || e.dir !== "client->server" || !isRequest(e.message) || e.message.method !== method) continue;
    const cursor = asRecord(e.message.params).cursor;
    if (cursor === undefined) chain = { items: [], pages: 0 };
    else if (!chain || cursor !== chain.next) continue;
    const res = responses.get(e.seq)?.message;
    const result = resultObject(res);
    if (!result) {
      failure = isErrorResponse(res)
        ? `the recorded ${method} answered an error: ${res.error.message}`
        : `the recorded ${method} has no response`;
      chain = undefined;
      continue;
    }
    const page = result[key];
    chain.items.push(...(Array.isArray(page) ? (page as SurfaceItem[]) : []));
    chain.pages++;
    const next = result.nextCursor;
    if (typeof next === "string" && next !== "") chain.next = next;
    else {
      complete = { items: chain.items, endSeq: responses.get(e.seq)!.seq };
      chain = undefined;
      failure = undefined;
    }
  }
  if (!complete) {
    if (chain)
      return {
        error: `the recording's ${method} stops after page ${chain.pages} (nextCursor ${JSON.stringify(chain.next)} was never followed)`,
      };
    return failure ? { error: failure } : undefined;
  }
  const stale = entries.some(
    (e) =>
      e.kind === "message" && e.dir === "server->client" && e.seq > complete!.endSeq && asRecord(e.message).method === LIST_CHANGED[kind],
  );
  return {
    items: complete.items,
    ...(stale
      ? { problem: `the server sent ${LIST_CHANGED[kind]} after the recording's last ${method}: the list may have changed since` }
      : {}),
  };
}
