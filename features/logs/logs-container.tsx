"use client";
import { useState } from "react";
import { LogStream } from "./log-stream";
import { StderrView } from "./stderr-view";
import type { SessionState } from "../../lib/session/state";
import { LogLevelSelect } from "./log-level-select";
import { serverCaps, useFeed, useRequest } from "../../client/protocol-hooks";
import { useLastLogLevel } from "./use-last-log-level";

/** The Logs tab: logging/setLevel (when the server has logging), the notifications/message stream, stderr beside it. */
export function LogsContainer({ state, onShowEntry }: { state?: SessionState; onShowEntry(seq: number): void }) {
  const { feed } = useFeed();
  const setLevel = useRequest();
  // What the record says was last set (it survives a reload, as the server's level does); the
  // person's pick until they set it. "info" only when nothing was set in this connection.
  const lastSet = useLastLogLevel();
  // A pick holds until the record says a level was set after it (by this tab or another).
  const [picked, setPicked] = useState<{ level: string; basis?: number }>();
  const level = picked && picked.basis === lastSet?.seq ? picked.level : (lastSet?.level ?? "info");
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
              <LogLevelSelect label="Server log level" value={level} onChange={(l) => setPicked({ level: l, basis: lastSet?.seq })} />
            </label>
            <button type="submit" disabled={setLevel.isPending}>
              Set level
            </button>
            {lastSet && !setLevel.isPending && (
              <span className="small" role="status" data-testid="log-level-set">
                level set to {lastSet.level}{" "}
                <button
                  type="button"
                  className="linklike"
                  onClick={() => onShowEntry(lastSet.seq)}
                  title="The logging/setLevel request in the timeline"
                >
                  seq {lastSet.seq}
                </button>
              </span>
            )}
            {setLevel.error && (
              <span className="form-error small" role="alert">
                logging/setLevel failed: {setLevel.error.message}
              </span>
            )}
          </form>
        ) : (
          <p className="muted small">
            {state?.status === "connected" ? "This server did not declare the logging capability: no logging/setLevel." : "Not connected."}
          </p>
        )}
        <LogStream lines={feed.logs} minLevel={minLevel} onMinLevel={setMinLevel} onShowEntry={onShowEntry} />
      </div>
      <StderrView lines={feed.stderr} />
    </div>
  );
}
