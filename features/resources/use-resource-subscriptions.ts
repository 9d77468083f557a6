"use client";
import { useMemo, useRef, useState } from "react";
import type { SessionState } from "../../lib/wire/session-state";
import type { ListenSeen } from "../../client/protocol-feed";
import { openListen, sendRequest, useFeed } from "../../client/protocol-hooks";
import { useSession } from "../../client/session-context";

export interface ResourceSubscriptions {
  /** The URIs subscribed in this connection. */
  subscribed: string[];
  busy: boolean;
  error?: string;
  subscribe(uri: string): void;
  unsubscribe(uri: string): void;
}

/** The URIs a listen covers: what the server acknowledged, or what was asked until it does. */
export function listenedUris(listen: ListenSeen): string[] {
  const uris = (listen.honored ?? listen.asked).resourceSubscriptions;
  return Array.isArray(uris) ? uris.filter((u): u is string => typeof u === "string") : [];
}

/**
 * Resource subscriptions in either era. 2025: resources/subscribe and resources/unsubscribe.
 * 2026-07-28: one subscriptions/listen per URI, held open as a request command; unsubscribing
 * cancels that command. Updates arrive as notifications/resources/updated in both.
 */
export function useResourceSubscriptions(state: SessionState | undefined): ResourceSubscriptions {
  const session = useSession();
  const { feed, version } = useFeed();
  const modern = state?.negotiated?.era === "modern";
  const [busy, setBusy] = useState(false);
  // An error belongs to the connection it happened in (a listen ends with its connection too).
  const [failure, setFailure] = useState<{ generation: number; text: string }>();
  const generation = state?.generation ?? 0;
  const setError = (text?: string) => setFailure(text === undefined ? undefined : { generation, text });
  // The listens this page opened (request seq -> command id: a cancel names the command) and
  // the ones it ended: over Streamable HTTP ending one closes its stream, which no entry records.
  const mine = useRef(new Map<number, string>());
  const ending = useRef(new Set<string>());
  const [closed, setClosed] = useState<ReadonlySet<number>>(new Set());

  const open = useMemo(
    () => (modern ? [...feed.listens.values()].filter((l) => !closed.has(l.requestSeq)) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the feed changes in place; its version says when
    [feed, version, modern, closed],
  );
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the feed changes in place; its version says when
  const subscribed = useMemo(() => (modern ? [...new Set(open.flatMap(listenedUris))] : [...feed.subscriptions]), [feed, version, modern, open]);

  const legacy = async (method: "resources/subscribe" | "resources/unsubscribe", uri: string) => {
    setBusy(true);
    setError(undefined);
    try {
      await sendRequest(session, { method, params: { uri } });
    } catch (e) {
      setError(`${method} failed: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const listen = (uri: string) => {
    setBusy(true);
    setError(undefined);
    const sent = openListen(session, { resourceSubscriptions: [uri] });
    // Busy until the request is in the record: from then on it shows as subscribed.
    void sent.accepted.then(async (a) => {
      if (a) {
        mine.current.set(a.requestSeq, sent.id);
        await session.timeline.whenEntry(a.requestSeq);
      }
      setBusy(false);
    });
    // A listen is answered only when it ends: by the server (a result), or by the page's cancel.
    sent.reply.catch((e: unknown) => {
      if (!ending.current.delete(sent.id)) setError(`subscriptions/listen for ${uri} ended: ${(e as Error).message}`);
      setBusy(false);
    });
  };

  const unlisten = async (uri: string) => {
    setError(undefined);
    for (const l of open.filter((x) => listenedUris(x).includes(uri))) {
      const id = mine.current.get(l.requestSeq);
      try {
        if (id) {
          ending.current.add(id);
          await session.cancel(id, `unsubscribed from ${uri}`);
          setClosed((c) => new Set([...c, l.requestSeq]));
        } else {
          // Opened by another page, or before this one reloaded: tell the server directly.
          await session.command({ type: "notify", method: "notifications/cancelled", params: { requestId: l.id, reason: `unsubscribed from ${uri}` } });
        }
      } catch (e) {
        setError(`ending the subscriptions/listen for ${uri} failed: ${(e as Error).message}`);
      }
    }
  };

  return {
    subscribed,
    busy,
    error: failure?.generation === generation ? failure.text : undefined,
    subscribe: (uri) => (modern ? listen(uri) : void legacy("resources/subscribe", uri)),
    unsubscribe: (uri) => void (modern ? unlisten(uri) : legacy("resources/unsubscribe", uri)),
  };
}
