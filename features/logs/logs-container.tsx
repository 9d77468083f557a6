"use client";
import { useState } from "react";
import { LogStream } from "./log-stream";
import { StderrView } from "./stderr-view";
import type { SessionState } from "../../lib/wire/session-state";
import { LogLevelSelect } from "./log-level-select";
import { serverCaps, useFeed, useRequest } from "../../client/protocol-hooks";

/** The Logs tab: logging/setLevel (when the server has logging), the notifications/message stream, stderr beside it. */
export function LogsContainer({ state, onShowEntry }: { state?: SessionState; onShowEntry(seq: number): void }) {
  const { feed } = useFeed();
  const setLevel = useRequest();
  const [level, setLevelValue] = useState("info");
  const [minLevel, setMinLevel] = useState("debug");
  const hasLogging = serverCaps(state)?.logging !== undefined;
  return (
    <div className="logs-layout">
      <div className="logs-main">
        {hasLogging ? (
          <form
            className="set-level"
            onSubmit={(e) => {
              e.preventDefault();
              setLevel.mutate({ method: "logging/setLevel", params: { level } });
            }}
          >
            <label className="inline-field">
              <span>Server log level</span>
              <LogLevelSelect label="Server log level" value={level} onChange={setLevelValue} />
            </label>
            <button type="submit" disabled={setLevel.isPending}>
              Set level
            </button>
            {setLevel.isSuccess && !setLevel.isPending && (
              <span className="small" role="status">
                level set to {String((setLevel.variables?.params as { level?: string } | undefined)?.level)}
              </span>
            )}
            {setLevel.error && (
              <span className="form-error small" role="alert">
                logging/setLevel failed: {setLevel.error.message}
              </span>
            )}
          </form>
        ) : (
          <p className="muted small">{state?.status === "connected" ? "This server did not declare the logging capability: no logging/setLevel." : "Not connected."}</p>
        )}
        <LogStream lines={feed.logs} minLevel={minLevel} onMinLevel={setMinLevel} onShowEntry={onShowEntry} />
      </div>
      <StderrView lines={feed.stderr} />
    </div>
  );
}
