"use client";
import { useState } from "react";
import type { ServerList as ServerListData } from "../../lib/wire/servers";
import { FILTER_FROM, ListFilter, matchesFilter } from "../../components/list-filter";
import { ServerListItem } from "./server-list-item";
import { hostLabel } from "./host-label";
import "./server-list.css";

export interface ServerListProps {
  list: ServerListData;
  /** The session is connected (to `list.current`, when it came from this list). */
  connected: boolean;
  busy: boolean;
  onConnect(key: string): void;
  onReload(): void;
}

/** The servers of the --config file or of the host configurations found; picking one connects to it. */
export function ServerList({ list, connected, busy, onConnect, onReload }: ServerListProps) {
  const [query, setQuery] = useState("");
  const shown = list.servers.filter((s) => matchesFilter(query, [s.name, s.summary, hostLabel(s.host), s.file]));
  const found = list.files.filter((f) => f.found || f.error);
  const looked = (
    <details className="small muted">
      <summary>
        {list.servers.length || found.length ? "" : "Configured servers: none found. "}Files looked at ({list.files.length})
      </summary>
      <ul>
        {list.files.map((f) => (
          <li key={f.file} className="mono">
            {f.found ? "✓" : "–"} {hostLabel(f.host)} ({f.scope}): {f.file}
          </li>
        ))}
      </ul>
    </details>
  );
  // Nothing configured here: one line, not a section, so the form stays where it was.
  if (list.servers.length === 0 && found.length === 0) return <div className="server-list">{looked}</div>;
  return (
    <section className="server-list" aria-labelledby="server-list-heading">
      <div className="list-head">
        <h3 id="server-list-heading">Configured servers</h3>
        <button type="button" className="btn-small" onClick={onReload} aria-label="Read the configuration files again">
          Reload
        </button>
      </div>
      <p className="muted small">
        {list.source === "config"
          ? "From the file given with --config."
          : "From the host configurations found here (the project's over the user's)."}
      </p>
      {list.servers.length >= FILTER_FROM && (
        <ListFilter noun="servers" value={query} onChange={setQuery} shown={shown.length} total={list.servers.length} />
      )}
      {shown.length > 0 && (
        <ul aria-label="Configured servers">
          {shown.map((s) => (
            <ServerListItem
              key={s.key}
              server={s}
              current={s.key === list.current}
              connected={connected}
              busy={busy}
              onConnect={() => onConnect(s.key)}
            />
          ))}
        </ul>
      )}
      {found.some((f) => f.error) && (
        <ul className="server-list-errors" aria-label="Files that could not be read">
          {found
            .filter((f) => f.error)
            .map((f) => (
              <li key={f.file} className="small form-error">
                {f.error}
              </li>
            ))}
        </ul>
      )}
      {looked}
    </section>
  );
}
