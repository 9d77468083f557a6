"use client";
import { useState } from "react";
import { hostOf, openExternal } from "../../components/external-url";
import { asRecord } from "../../lib/json/shape";
import { ServerText } from "../../components/server-text";
import { TrustNote } from "./trust-note";

export interface ElicitationUrlProps {
  params: unknown;
  busy: boolean;
  /** The server's name (serverInfo), for the trust note. */
  serverName?: string;
  /** The server said this elicitation completed (notifications/elicitation/complete). */
  completedByServer: boolean;
  onAnswer(result: Record<string, unknown>): void;
}

/**
 * URL-mode elicitation: the URL and the reason, shown as text. The page opens it only when the
 * person clicks (a new tab, no referrer, no opener), then reports that they completed it.
 */
export function ElicitationUrl({ params, busy, serverName, completedByServer, onAnswer }: ElicitationUrlProps) {
  const p = asRecord(params);
  const url = typeof p.url === "string" ? p.url : "";
  const host = hostOf(url);
  const [opened, setOpened] = useState(false);
  return (
    <div className="elicitation elicitation-url" data-testid="elicitation-url">
      <TrustNote serverName={serverName} what="a visit to a web page" />
      {typeof p.message === "string" && <ServerText text={p.message} prose className="elicitation-message" />}
      <dl className="facts">
        <dt>URL</dt>
        <dd>
          <code data-testid="elicitation-url-text">{url ? <ServerText text={url} /> : "(none)"}</code>
        </dd>
        <dt>Opens</dt>
        <dd>{host ? <strong>{host}</strong> : <span className="form-error">not an http(s) URL: it will not be opened</span>}</dd>
        {typeof p.elicitationId === "string" && (
          <>
            <dt>elicitationId</dt>
            <dd className="mono">
              <ServerText text={p.elicitationId} />
            </dd>
          </>
        )}
      </dl>
      {url.startsWith("http:") && <p className="notice small">This URL is not HTTPS.</p>}
      {completedByServer && <p className="badge badge-ok">the server reported this elicitation complete</p>}
      <div className="button-row">
        <button
          type="button"
          disabled={!host}
          onClick={() => {
            setOpened(openExternal(url));
          }}
        >
          Open URL in a new tab
        </button>
        <button type="button" className="btn-primary" disabled={busy} onClick={() => onAnswer({ action: "accept" })}>
          {opened ? "Done: report completion" : "Accept (report completion)"}
        </button>
        <button type="button" disabled={busy} onClick={() => onAnswer({ action: "decline" })}>
          Decline
        </button>
        <button type="button" disabled={busy} onClick={() => onAnswer({ action: "cancel" })}>
          Cancel
        </button>
      </div>
    </div>
  );
}
