"use client";
import { useState } from "react";
import { RootsEditor } from "./roots-editor";
import type { SessionState } from "../../lib/wire/session-state";
import { useLocalSetting } from "../../client/local-setting";
import { rootsSetting, type Root } from "../../client/page-settings";
import { useNotify } from "../../client/protocol-hooks";

/** The Roots tab: the list roots/list is answered from; saving tells the server with notifications/roots/list_changed. */
export function RootsContainer({ state }: { state?: SessionState }) {
  const [roots, setRoots] = useLocalSetting(rootsSetting);
  const [draft, setDraft] = useState<Root[] | undefined>();
  const notify = useNotify();
  const offered = state?.capabilities?.roots === true;
  const connected = state?.status === "connected";
  const list = draft ?? roots;
  const note = !offered
    ? "The roots capability is off for this connection: the server cannot ask for roots. Turn it on in the connection panel and reconnect."
    : !connected
      ? "Not connected: the server will be told when you save while connected."
      : "Saving sends notifications/roots/list_changed; the server then asks roots/list again and gets this list.";
  return (
    <div className="roots-panel">
      <h3>Roots</h3>
      <p className="muted small">The directories or URIs this client exposes to the server. Every roots/list request is answered from this list.</p>
      <RootsEditor
        roots={list}
        onChange={setDraft}
        dirty={draft !== undefined}
        onRevert={() => setDraft(undefined)}
        onSave={() => {
          setRoots(list.filter((r) => r.uri.trim()));
          setDraft(undefined);
          if (offered && connected) notify.mutate({ method: "notifications/roots/list_changed" });
        }}
        note={note}
      />
      {notify.isSuccess && !draft && (
        <p className="small" role="status">
          Sent notifications/roots/list_changed.
        </p>
      )}
      {notify.error && (
        <p className="form-error" role="alert">
          notifications/roots/list_changed was not sent: {notify.error.message}
        </p>
      )}
    </div>
  );
}
