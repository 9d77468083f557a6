"use client";
import { useState } from "react";
import { RootsEditor } from "./roots-editor";
import type { Root } from "../../lib/answers/schema";
import type { SessionState } from "../../lib/session/state";
import { useStandingAnswers } from "../../client/use-standing-answers";
import { useSocketStatus } from "../../client/hooks";
import { rootUriOf } from "./root-uri";

/**
 * The Roots tab: the list every roots/list is answered from, held by the backend (so it
 * answers before a page opens, and in every tab). Saving while connected makes the backend
 * send notifications/roots/list_changed.
 */
export function RootsContainer({ state }: { state?: SessionState }) {
  const { answers, set } = useStandingAnswers(state);
  // A relative path starts where the backend runs, as `--root ./x` does.
  const base = useSocketStatus().backendCwd;
  const [draft, setDraft] = useState<Root[] | undefined>();
  const offered = state?.capabilities?.roots === true;
  const connected = state?.status === "connected";
  const list = draft ?? answers.roots;
  const note = !offered
    ? "The roots capability is off for this connection: the server cannot ask for roots. Turn it on in the connection panel and reconnect."
    : !connected
      ? "Not connected: the server gets this list when it asks, and is told about later changes."
      : "Saving sends notifications/roots/list_changed; the server then asks roots/list again and gets this list.";
  return (
    <div className="roots-panel">
      <h3>Roots</h3>
      <p className="muted small">
        The directories or URIs this client exposes to the server. Every roots/list request is answered from this list.
      </p>
      <RootsEditor
        roots={list}
        onChange={setDraft}
        dirty={draft !== undefined}
        onRevert={() => setDraft(undefined)}
        onSave={() => {
          // A path still in a field (saved with Enter, not left) goes as the URI it means.
          const roots = list
            .filter((r) => r.uri.trim())
            .map((r) => {
              const c = rootUriOf(r.uri, base);
              return c.ok ? { ...r, uri: c.uri } : r;
            });
          set.mutate({ roots }, { onSuccess: () => setDraft(undefined) });
        }}
        note={note}
        base={base}
      />
      {set.isSuccess && !draft && offered && connected && (
        <p className="small" role="status">
          Saved; the server was sent notifications/roots/list_changed.
        </p>
      )}
      {set.error && (
        <p className="form-error" role="alert">
          The roots were not saved: {set.error.message}
        </p>
      )}
    </div>
  );
}
