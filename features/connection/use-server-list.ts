"use client";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useSession } from "../../client/session-context";
import { keys } from "../../client/query-keys";
import type { SessionState } from "../../lib/session/state";

/** The configured servers (servers-list): read when the connection panel opens, again after each connect. */
const LIST_KEY = ["servers", "list"] as const;

/**
 * `targetKey`: the session's target as the page knows it; a new one reads the list again (which one
 * is current). While it is read again the list keeps what it showed: a list that went away and came
 * back moved the connect form under the person's pointer.
 */
export function useServerList(targetKey: string) {
  const session = useSession();
  return useQuery({
    queryKey: [...LIST_KEY, targetKey],
    // Asked once the backend has welcomed the page: a command sent before the socket opens fails.
    queryFn: async () => {
      await session.whenWelcomed();
      return session.command({ type: "servers-list" });
    },
    staleTime: 0,
    retry: false,
    placeholderData: keepPreviousData,
  });
}

/** Connect to a configured server by its key: the backend connects with the target it holds (secrets and all). */
export function useServerConnect() {
  const session = useSession();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (key: string) => session.command({ type: "server-connect", key }),
    onSuccess: (state: SessionState) => {
      qc.setQueryData(keys.state, state);
      void qc.invalidateQueries({ queryKey: LIST_KEY });
    },
  });
}
