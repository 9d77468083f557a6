import type { Entry, MessageEntry } from "./format";
import { isRequest } from "../protocol/jsonrpc";

/** A record that tells listeners about each entry as it is appended (the backend's RecordStore). */
export interface EntryFeed {
  subscribe(listener: (entry: Entry) => void): () => void;
}

/**
 * Run `send`, which sends one request to the target, and return what it returned together
 * with that request's record entry. The engine records a request synchronously as it goes out
 * (the SDK's request() sends inside its call, and the tapped transport records before it
 * writes), so the entry is the client->server request appended while `send` ran: exact, however
 * many other requests (other tabs, the same tool twice) are in flight.
 */
export function withSentRequest<T>(record: EntryFeed, send: () => T): { value: T; request?: MessageEntry } {
  let request: MessageEntry | undefined;
  const unsubscribe = record.subscribe((e) => {
    if (!request && e.kind === "message" && e.dir === "client->server" && isRequest(e.message)) request = e;
  });
  try {
    const value = send();
    return { value, request };
  } finally {
    unsubscribe();
  }
}

/** The progress token a recorded request carries in `params._meta`, if any. */
export function progressTokenOf(entry: MessageEntry): string | number | undefined {
  const token = (entry.message as { params?: { _meta?: { progressToken?: unknown } } }).params?._meta?.progressToken;
  return typeof token === "string" || typeof token === "number" ? token : undefined;
}
