"use client";
import { sendRequest } from "../../client/protocol-hooks";
import type { useSession } from "../../client/session-context";

type Session = ReturnType<typeof useSession>;
type Read = ReturnType<typeof sendRequest>;

/** Reads started at the pick of an App tool or at Run, per session, by App resource uri: each is taken once, by the App panel that renders the result. */
const started = new WeakMap<Session, Map<string, { read: Read; at: number }>>();

/** A read started at the pick of an App tool serves a Run within this long; later, the App's page is read again (it may have changed). */
const FRESH_MS = 30_000;

/**
 * Starts reading an App's ui:// resource when its tool is run, beside the call, instead of after the
 * result (issue 39 item 3: the App's start was the call, then the read, then the frame, one after
 * the other). The read is recorded like any other.
 */
export function prefetchAppResource(session: Session, uri: string): void {
  let reads = started.get(session);
  if (!reads) started.set(session, (reads = new Map()));
  const old = reads.get(uri);
  if (old && Date.now() - old.at < FRESH_MS) return;
  const read = sendRequest(session, { method: "resources/read", params: { uri } });
  // Taken or not, a failed read must not surface as an unhandled rejection.
  read.catch(() => undefined);
  reads.set(uri, { read, at: Date.now() });
}

/** The read started at Run for `uri`, once; undefined when none was started (the panel reads it then). */
export function takePrefetchedAppResource(session: Session, uri: string): Read | undefined {
  const reads = started.get(session);
  const got = reads?.get(uri);
  reads?.delete(uri);
  return got && Date.now() - got.at < FRESH_MS ? got.read : undefined;
}

/** The read started for `uri` and still fresh, left in place for the App panel to take. */
export function peekPrefetchedAppResource(session: Session, uri: string): Read | undefined {
  const got = started.get(session)?.get(uri);
  return got && Date.now() - got.at < FRESH_MS ? got.read : undefined;
}
