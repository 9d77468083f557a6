"use client";
import { useEffect, useRef } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useSession } from "../../client/session-context";
import type { SessionState } from "../../lib/session/state";
import type { HubSessionList } from "../../lib/wire/hub";

const KEY = ["tap", "sessions"] as const;
/** The launch link of a tap that joined names its session (server/tap/hub-server.ts TAP_SESSION_PARAM). */
const SESSION_PARAM = "tap";

/** How often the list is read again: taps join and hosts go without news on the session's socket. */
const REFRESH_MS = 2_000;

/**
 * The sessions on a hub's page (issue 65): read once the page is welcomed, again with each new
 * state of the one shown, and every REFRESH_MS (a tap that joins or whose host goes is news of
 * the hub, not of the session the socket streams; the wire has no event for it). A tap's page
 * that is no hub (--no-hub) refuses the command: no list then, and no reading again.
 */
export function useTapSessions(state: SessionState) {
  const session = useSession();
  const qc = useQueryClient();
  const list = useQuery({
    queryKey: KEY,
    queryFn: async () => {
      await session.whenWelcomed();
      return session.command({ type: "tap-sessions" });
    },
    staleTime: 0,
    retry: false,
    refetchInterval: (q) => (q.state.status === "error" ? false : REFRESH_MS),
  });
  useEffect(() => {
    void qc.invalidateQueries({ queryKey: KEY });
  }, [state, qc]);
  const select = useMutation({
    mutationFn: (key: string) => session.command({ type: "tap-select", key }),
    onSuccess: (l: HubSessionList) => qc.setQueryData(KEY, l),
  });
  // A joined tap's link opens the page on its session: once, then the parameter leaves the address bar.
  const fromUrl = useRef(false);
  useEffect(() => {
    if (fromUrl.current || !list.data) return;
    fromUrl.current = true;
    const url = new URL(window.location.href);
    const wanted = url.searchParams.get(SESSION_PARAM);
    if (!wanted) return;
    url.searchParams.delete(SESSION_PARAM);
    window.history.replaceState(null, "", url.pathname + url.search + url.hash);
    if (wanted !== list.data.current && list.data.sessions.some((s) => s.key === wanted)) select.mutate(wanted);
  }, [list.data, select]);
  return { list: list.data, select };
}
