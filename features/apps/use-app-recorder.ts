"use client";
import { useMemo, useRef } from "react";
import { useSession } from "../../client/session-context";
import type { AppDirection } from "../../lib/apps/app-messages";
import { idOf, methodOf } from "../../lib/apps/app-messages";
import { cspViolationOf, recordableAppMessage } from "../../lib/record/app-recordable";
import type { TapListener } from "./tapped-transport";
import type { Command } from "../../lib/wire/protocol";
import type { AppCspViolation } from "../../lib/record/format";

type AppMessageCommand = Extract<Command, { type: "app-message" }>;

/**
 * The tap's listener for one rendered App: each frame goes into the page's own App log (`local`, a stable callback)
 * and into the record as an `app` entry (the `app-message` command). `relayed` remembers the
 * server request an App's request became, so the host's response to it carries that seq.
 */
export function useAppRecorder(
  appId: string,
  tool: string,
  local: (dir: AppDirection, message: unknown) => void,
  onStopped: TapListener["stopped"],
  extra: Pick<TapListener, "size" | "dropped"> & { csp?(v: AppCspViolation): void } = {},
) {
  const session = useSession();
  const relays = useRef(new Map<string, number>());
  const tap = useMemo<TapListener>(() => {
    const send = (body: Omit<AppMessageCommand, "type" | "id" | "appId" | "tool">) =>
      // A page without its socket still shows the App's messages locally; the record misses them.
      void session.command({ type: "app-message", appId, tool, ...body }).catch(() => undefined);
    return {
      frame(dir, message) {
        local(dir, message);
        const id = idOf(message);
        const key = id === undefined ? undefined : String(id);
        const serverSeq = dir === "host->app" && !methodOf(message) && key !== undefined ? relays.current.get(key) : undefined;
        if (serverSeq !== undefined) relays.current.delete(key!);
        send({ dir, ...recordableAppMessage(message), ...(serverSeq !== undefined ? { serverSeq } : {}) });
      },
      cspViolation(report) {
        const v = cspViolationOf(report);
        if (v) {
          send({ dir: "app->host", cspViolation: v });
          extra.csp?.(v);
        } else this.frame("app->host", { [`mcp-inspector/csp-violation`]: report });
      },
      // The proxy's envelope itself went into the record as a frame (the timeline names it).
      stopped: onStopped,
      size: extra.size,
      dropped: extra.dropped,
    };
  }, [session, appId, tool, local, onStopped, extra]);
  const relayed = (appRequestId: unknown, serverSeq: number | undefined) => {
    if (serverSeq !== undefined && (typeof appRequestId === "string" || typeof appRequestId === "number"))
      relays.current.set(String(appRequestId), serverSeq);
  };
  return { tap, relayed };
}
