import type { Entry } from "../../lib/record/format";
import { isRequest } from "../../lib/protocol/jsonrpc";
import { isObject } from "../../lib/json/shape";

/** A recorded request as it is sent again: its method and params, without what was minted for the first send. */
export interface ResendDraft {
  method: string;
  params?: Record<string, unknown>;
  /** The first send asked for progress (it had a progress token): ask again, for a new token. */
  progress: boolean;
}

/**
 * `_meta` keys the engine writes on every request of the 2026-07-28 era (server/engine/connection.ts
 * `envelope`): it writes them again, and an old copy would override the current ones (a log
 * level set since, say), since a request's own `_meta` wins over the envelope.
 */
const ENVELOPE_KEYS = [
  "io.modelcontextprotocol/protocolVersion",
  "io.modelcontextprotocol/clientInfo",
  "io.modelcontextprotocol/clientCapabilities",
  "io.modelcontextprotocol/logLevel",
];

/**
 * Params a server minted for one round of a 2026-07-28 input_required retry: its requestState and
 * the answers to its inputRequests are good for that round only.
 */
const ROUND_PARAMS = ["requestState", "inputResponses"];

/** Methods "Send again" does not offer: initialize begins a session (reconnect instead). */
const NOT_SENT_AGAIN = new Set(["initialize"]);

/**
 * The request of a client→server request entry, to send again; undefined for anything else (a
 * response, a notification, a request the server sent). The progress token (the engine mints one
 * per request), the era's envelope and one round's MRTR state are left out.
 */
export function resendDraftOf(e: Entry): ResendDraft | undefined {
  if (e.kind !== "message" || e.dir !== "client->server" || !isRequest(e.message)) return undefined;
  const { method, params } = e.message;
  if (!isObject(params)) return { method, progress: false };
  const { _meta, ...rest } = params;
  for (const k of ROUND_PARAMS) delete rest[k];
  const meta = isObject(_meta) ? { ..._meta } : undefined;
  const progress = meta !== undefined && meta.progressToken !== undefined;
  if (meta) {
    delete meta.progressToken;
    for (const k of ENVELOPE_KEYS) delete meta[k];
  }
  return { method, params: meta && Object.keys(meta).length ? { ...rest, _meta: meta } : rest, progress };
}

/** Whether "Send again" is offered for this method ("Edit and send" always is). */
export function canSendAgain(draft: ResendDraft): boolean {
  return !NOT_SENT_AGAIN.has(draft.method);
}

/** The Raw tab's editor text for a draft: `{ "method", "params" }` as its composer reads it. */
export function composerTextOf(draft: ResendDraft): string {
  return JSON.stringify(draft.params ? { method: draft.method, params: draft.params } : { method: draft.method }, null, 2);
}
