"use client";
import type { ConfiguredServerView } from "../../lib/wire/servers";
import { hostLabel } from "./host-label";

export interface ServerListItemProps {
  server: ConfiguredServerView;
  /** This is the server the session is connected to (or connecting to). */
  current: boolean;
  connected: boolean;
  busy: boolean;
  onConnect(): void;
}

/** One configured server: its name, host and file, what it runs, and Connect, or why it cannot start. */
export function ServerListItem({ server: s, current, connected, busy, onConnect }: ServerListItemProps) {
  const blocked = !s.enabled ? `Not startable: ${s.skipped ?? "the host does not start it"}` : s.problem;
  // The file's name says which one; its folder is in the tooltip (a --config list repeats it).
  const fileName = s.file.split(/[\\/]/).pop();
  const names = [...s.envNames.map((n) => `env ${n}`), ...s.headerNames.map((n) => `header ${n}`)];
  return (
    <li className={`server-item${current ? " selected" : ""}${blocked ? " blocked" : ""}`} data-testid="configured-server">
      <div className="server-item-head">
        <strong className="server-item-name">{s.name}</strong>
        {s.transport && <span className="badge">{s.transport === "http" ? "HTTP" : s.transport === "sse" ? "SSE" : "stdio"}</span>}
        {!s.enabled && <span className="badge badge-off">disabled</span>}
        {current && connected && <span className="badge badge-ok">connected</span>}
      </div>
      {s.summary && (
        <div className="mono small server-item-summary" title={s.summary}>
          {s.summary}
        </div>
      )}
      <div className="muted small server-item-where" title={s.file}>
        {hostLabel(s.host)}
        {s.scope === "file" ? "" : ` (${s.scope})`} · {fileName}
      </div>
      {names.length > 0 && <div className="muted small">{names.join(", ")} (values kept by the inspector)</div>}
      {blocked && (
        <p className="small server-item-why" role="note">
          {blocked}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="btn-small"
          onClick={onConnect}
          disabled={busy || !!blocked}
          aria-label={`Connect to ${s.name}`}
          title={blocked ?? `Connect to ${s.name}`}
        >
          {current && connected ? "Reconnect" : "Connect"}
        </button>
      </div>
    </li>
  );
}
