"use client";
import { useMutation } from "@tanstack/react-query";
import type { SessionFile } from "../../lib/session/file";
import type { Target } from "../../lib/target/target";
import type { Session } from "../../client/session";

export interface ReplayVars {
  session: SessionFile;
  target: Target;
  ignore: string[];
}

/** Reproduce a recording through the backend's `replay` command (one implementation with `inspector replay`). */
export function useReplay(session: Session | undefined) {
  return useMutation({
    mutationKey: ["replay"],
    // A recording opened from a link shows Reproduce before the page's socket is open: a confirm
    // made then waits for the socket (as the Chat tab's models do) rather than failing at once.
    mutationFn: async (v: ReplayVars) => {
      if (!session) throw new Error("this page has no access token for the inspector");
      await session.connection.whenOpen(REPLAY_SOCKET_WAIT_MS);
      return session.command({ type: "replay", session: v.session, target: v.target, ignore: v.ignore });
    },
  });
}

/** How long a Reproduce confirmed while the page is still connecting waits for the socket. */
const REPLAY_SOCKET_WAIT_MS = 30_000;
