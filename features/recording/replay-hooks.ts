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
    mutationFn: (v: ReplayVars) => {
      if (!session) return Promise.reject(new Error("this page has no access token for the inspector"));
      return session.command({ type: "replay", session: v.session, target: v.target, ignore: v.ignore });
    },
  });
}
