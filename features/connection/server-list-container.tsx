"use client";
import type { SessionState } from "../../lib/session/state";
import { ServerList } from "./server-list";
import { useServerConnect, type useServerList } from "./use-server-list";

/** The connect area's server list (read by the connection panel): shown once the backend answers, with the connect's failure beside it. */
export function ServerListContainer({ state, list }: { state?: SessionState; list: ReturnType<typeof useServerList> }) {
  const connect = useServerConnect();
  if (list.error) return null;
  if (!list.data) return null;
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
