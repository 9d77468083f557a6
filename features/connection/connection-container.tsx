"use client";
import { AuthFailureBox } from "./auth-failure-box";
import { ConnectionErrorBox } from "./connection-error-box";
import { ConnectionForm } from "./connection-form";
import { ServerListContainer } from "./server-list-container";
import { useServerList } from "./use-server-list";
import { LoginLink } from "./login-link";
import type { SessionState } from "../../lib/session/state";
import { useSessionCommands } from "../../client/hooks";
import { CopyButton } from "../../components/copy-button";
import { mcpServersFile, serverKey } from "../../lib/target/mcp-servers-entry";

/** The identity of a target for the form's key: what the form shows of it. */
function targetKey(target: SessionState["target"]): string {
  return target ? JSON.stringify(target) : "";
}

/** Connection panel: the form, the actions and what went wrong. */
export function ConnectionContainer({ state }: { state?: SessionState }) {
  const { connect, disconnect, restart } = useSessionCommands();
  const busy = connect.isPending || disconnect.isPending || restart.isPending || state?.status === "connecting";
  const commandError = connect.error ?? disconnect.error ?? restart.error;
  const list = useServerList(targetKey(state?.target));
  return (
    <div className="connection-panel">
      <h2 id="connection-heading">Connection</h2>
      <ServerListContainer state={state} list={list} />
      <ConnectionForm
        // A new target (Reproduce connected a recording's, an agent connected another) starts the form
        // from it: after Close recording the form shows the live connection's target (issue 39 item 7).
        key={state ? `ready:${targetKey(state.target)}` : "waiting"}
        target={state?.target}
        capabilities={state?.capabilities}
        protocolEra={state?.protocolEra}
        status={state?.status}
        // The server list above the form arrives after the state: until it has (or has failed), the
        // form waits, so it does not move down under a click already on its way (an e2e run's
        // "clicking the checkbox did not change its state": mousedown on Streamable HTTP, the list
        // drawn, mouseup 44 px lower on something else).
        waiting={!state || list.isPending}
        busy={busy}
        onConnect={(spec) => {
          disconnect.reset();
          restart.reset();
          connect.mutate(spec);
        }}
        onDisconnect={() => disconnect.mutate()}
        onRestart={() => restart.mutate()}
      />
      {commandError && !state?.error && (
        <p className="form-error" role="alert">
          {commandError.message}
        </p>
      )}
      {state?.authorization?.pendingUrl && <LoginLink url={state.authorization.pendingUrl} />}
      {state?.error?.kind === "auth-required" ? (
        <AuthFailureBox error={state.error} loginWaiting={!!state.authorization?.pendingUrl} />
      ) : (
        state?.error && <ConnectionErrorBox error={state.error} retry={state.status === "reconnecting" ? state.retry : undefined} />
      )}
      {state?.target && (
        <div className="button-row config-export">
          <CopyButton
            label="Copy as mcpServers config"
            text={() => {
              const name = state.negotiated?.serverInfo.name;
              return JSON.stringify(
                mcpServersFile(state.target!, serverKey(state.target!, typeof name === "string" ? name : undefined)),
                null,
                2,
              );
            }}
          />
        </div>
      )}
    </div>
  );
}
