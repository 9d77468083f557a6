"use client";
import { useMutation } from "@tanstack/react-query";
import type { ReplayReport } from "../../lib/session/replay-result";
import type { SessionFile } from "../../lib/session/file";
import type { Target } from "../../lib/target/target";
import type { InspectorConnection } from "../../client/connection";

export interface ReplayVars {
  session: SessionFile;
  target: Target;
  ignore: string[];
}

/** Reproduce a recording through the backend's `replay` command (one implementation with `inspector replay`). */
export function useReplay(conn: InspectorConnection | undefined) {
  return useMutation({
    mutationKey: ["replay"],
    mutationFn: (v: ReplayVars) => {
      if (!conn) return Promise.reject(new Error("this page has no access token for the inspector"));
      return conn.command<ReplayReport>({ type: "replay", session: v.session, target: v.target, ignore: v.ignore });
    },
  });
}
