"use client";
import { useEffect, useRef, useState } from "react";
import { EmptyState } from "../../components/empty-state";
import { RawRequestForm } from "./raw-request-form";
import { RawResponseView, type RawOutcome } from "./raw-response-view";
import { CommandFailed } from "../../lib/wire/client";
import type { SessionState } from "../../lib/session/state";
import { useSession } from "../../client/session-context";
import { useInflight } from "../../client/hooks";
import { useStore } from "../../client/session-context";
import { rawDrafts } from "../../client/raw-draft";

const START: Record<"request" | "notification", string> = {
  request: '{\n  "method": "ping",\n  "params": {}\n}',
  notification: '{\n  "method": "notifications/roots/list_changed"\n}',
};

/** The Raw tab: any request or notification, as JSON; the response or error is shown and recorded like any other. */
export function RawRequestContainer({ state, onShowEntry }: { state?: SessionState; onShowEntry(seq: number): void }) {
  const session = useSession();
  const [kind, setKind] = useState<"request" | "notification">("request");
  const [texts, setTexts] = useState(START);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<RawOutcome>();
  const { inflight, follow } = useInflight();
  // "Edit and send" from the timeline: its request replaces the request text, once per draft.
  useStore(rawDrafts);
  const draft = rawDrafts.current;
  const [loaded, setLoaded] = useState<number>();
  if (draft && draft.nonce !== loaded) {
    setLoaded(draft.nonce);
    setKind("request");
    setTexts((all) => ({ ...all, request: draft.text }));
    setOutcome(undefined);
  }
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // On a narrow screen the timeline is below: bring the editor into view.
    if (loaded !== undefined) panel.current?.scrollIntoView({ block: "nearest" });
  }, [loaded]);
  if (state?.status !== "connected") return <EmptyState title="Not connected" text="Connect to a server to send it raw requests." />;

  const send = async (method: string, params?: Record<string, unknown>) => {
    setBusy(true);
    setOutcome(undefined);
    try {
      if (kind === "notification") {
        await session.command({ type: "notify", method, ...(params ? { params } : {}) });
        setOutcome({ kind: "notified", method });
      } else {
        const out = await follow(session.send({ type: "request", method, ...(params ? { params } : {}) }));
        setOutcome({
          kind: "result",
          method,
          result: out.result,
          durationMs: out.durationMs,
          requestSeq: out.requestSeq,
          responseSeq: out.responseSeq,
        });
      }
    } catch (e) {
      if (e instanceof CommandFailed && e.detail.rpc) setOutcome({ kind: "rpc-error", method, error: e.detail.rpc });
      else setOutcome({ kind: "failed", method, message: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="raw-panel" ref={panel}>
      <h3>Raw request</h3>
      <RawRequestForm
        kind={kind}
        onKind={setKind}
        text={texts[kind]}
        onText={(t) => setTexts((all) => ({ ...all, [kind]: t }))}
        onSend={(m, p) => void send(m, p)}
        busy={busy}
        onCancel={() => inflight && void session.cancel(inflight.id, "cancelled from the raw composer").catch(() => undefined)}
      />
      {outcome && <RawResponseView outcome={outcome} onShowEntry={onShowEntry} />}
    </div>
  );
}
