"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { SessionState, TapView } from "../../lib/session/state";
import { useSession } from "../../client/session-context";
import { keys } from "../../client/query-keys";
import { ServerText } from "../../components/server-text";
import { objectOr } from "../../lib/json/shape";
import "./tap.css";

/** The host's name as it said it at initialize (clientInfo.title, else .name). */
export function hostName(tap: TapView | undefined): string | undefined {
  const info = objectOr(tap?.clientInfo);
  return typeof info?.title === "string" ? info.title : typeof info?.name === "string" ? info.name : undefined;
}

/** The server's name as it answered initialize, else the command line or URL the tap forwards to. */
export function serverName(state: SessionState): string {
  const info = objectOr(state.negotiated?.serverInfo);
  return typeof info?.name === "string" ? info.name : (state.tap?.server ?? "the server");
}

/**
 * The left pane of a tap's page (issue 65): whose session this is (the host's clientInfo and
 * capabilities, the server), what the page may do to it (restart, save) and why there is no
 * connect or Run: the host drives the session, and the tap adds nothing to its traffic.
 */
export function TapPanel({ state }: { state: SessionState }) {
  const tap = state.tap!;
  const session = useSession();
  const qc = useQueryClient();
  const restart = useMutation({
    mutationFn: () => session.command({ type: "restart" }),
    onSuccess: (s) => qc.setQueryData(keys.state, s),
  });
  const save = useMutation({ mutationFn: () => session.command({ type: "save-session" }) });
  const host = hostName(tap);
  const info = objectOr(tap.clientInfo);
  const caps = Object.keys(tap.clientCapabilities ?? {});
  return (
    <div className="card tap-panel" data-testid="tap-panel">
      <h2 id="connection-heading" className="tap-title">
        Tap: <ServerText text={host ?? "the host"} /> ↔ <ServerText text={serverName(state)} />
      </h2>
      <p className="muted small">
        A host&apos;s session seen through <code>mcp-inspector-harness tap</code>: every byte passes between them unchanged; this page shows
        the recorded copy.
      </p>
      <dl className="facts tap-facts">
        <dt>Host</dt>
        <dd data-testid="tap-host">
          {host ? (
            <>
              <ServerText text={host} />
              {typeof info?.version === "string" && (
                <span className="muted">
                  {" "}
                  <ServerText text={info.version} />
                </span>
              )}
            </>
          ) : (
            <span className="muted">has not sent initialize yet</span>
          )}
        </dd>
        <dt>Host offers</dt>
        <dd data-testid="tap-host-capabilities">
          {tap.clientInfo === undefined ? (
            <span className="muted">—</span>
          ) : caps.length ? (
            <span className="chips">
              {caps.map((c) => (
                <span key={c} className="chip">
                  <ServerText text={c} />
                </span>
              ))}
            </span>
          ) : (
            <span className="muted">no capabilities</span>
          )}
        </dd>
        <dt>Server</dt>
        <dd className="mono tap-server">
          <ServerText text={tap.server} />
          {state.pid !== undefined && <span className="muted"> (pid {state.pid})</span>}
        </dd>
        <dt>Frames</dt>
        <dd>
          <span aria-hidden="true">→</span> the host sent it · <span aria-hidden="true">←</span> the server sent it
        </dd>
      </dl>
      <div className="button-row">
        <button
          type="button"
          className="btn-primary"
          onClick={() => restart.mutate()}
          disabled={!tap.canRestart || restart.isPending}
          title={
            tap.canRestart
              ? "Stop the server and start it again under the host: the host keeps its connection"
              : "The tap owns no process to restart here (a remote server, or the host has gone)"
          }
        >
          {restart.isPending ? "Restarting…" : "Restart the server"}
        </button>
        <button
          type="button"
          onClick={() => save.mutate()}
          disabled={save.isPending || state.status === "disconnected"}
          title={
            state.status === "disconnected"
              ? "The host has gone, and with it the tap that would write the file (its --save-session FILE has the session, if it was given)"
              : "Write the session file now (redacted as the tap's are); the host's session goes on"
          }
        >
          {save.isPending ? "Saving…" : "Save the session"}
        </button>
      </div>
      {!tap.canRestart && (
        <p className="muted small">No restart here: the tap owns no process to restart (a remote server, or the host has gone).</p>
      )}
      {restart.error && (
        <p className="form-error" role="alert">
          Restart failed: {restart.error.message}
        </p>
      )}
      {tap.restarted && (
        <div className="notice small" role="status" data-testid="tap-restarted">
          <p>
            The server restarted at {new Date(tap.restarted.at).toLocaleTimeString()}: {tap.restarted.failed} request(s) in flight got an
            error;{" "}
            {tap.restarted.notified.length ? (
              <>
                the host was sent <code>{tap.restarted.notified.join(", ")}</code>.
              </>
            ) : (
              "nothing the host listed changed."
            )}
          </p>
          {tap.restarted.changes.length > 0 && (
            <ul className="tap-changes" aria-label="What changed in the server's surface">
              {tap.restarted.changes.map((c, i) => (
                <li key={i}>
                  <ServerText text={c} />
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {save.error && (
        <p className="form-error" role="alert">
          Save failed: {save.error.message}
        </p>
      )}
      {save.data && (
        <p className="notice small" role="status" data-testid="tap-saved">
          Saved {save.data.entries} entries ({save.data.findings} lint findings) to <code>{save.data.file}</code>. Replay it with{" "}
          <code>inspector replay FILE</code>.
        </p>
      )}
      <p className="muted small tap-no-run">
        No connect, Run or lists here: the host drives this session, and the tap adds nothing to its traffic. The tabs show what the host
        listed and called.
      </p>
    </div>
  );
}
