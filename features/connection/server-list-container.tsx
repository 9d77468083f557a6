"use client";
import type { SessionState } from "../../lib/session/state";
import { ServerList } from "./server-list";
import { useServerConnect, type useServerList } from "./use-server-list";

/** The connect area's server list (read by the connection panel): shown once the backend answers, with the connect's failure beside it. */
export function ServerListContainer({ state, list }: { state?: SessionState; list: ReturnType<typeof useServerList> }) {
  const connect = useServerConnect();
  if (list.error) return null;
  // While the list is read, its one line ("none found", the usual answer) is held for it: what is
  // below (the form, the session tools, Copy as mcpServers config) does not move down when it comes.
  if (!list.data)
    return (
      <div className="server-list" aria-busy="true" data-testid="server-list-reading">
        <p className="small muted server-list-reading">Configured servers: reading the configuration files…</p>
      </div>
    );
  const busy = connect.isPending || state?.status === "connecting";
  return (
    <>
      <ServerList
        list={list.data}
        connected={state?.status === "connected"}
        busy={busy}
        onConnect={(key) => connect.mutate(key)}
        onReload={() => void list.refetch()}
      />
      {connect.error && (
        <p className="form-error" role="alert">
          {connect.error.message}
        </p>
      )}
    </>
  );
}
