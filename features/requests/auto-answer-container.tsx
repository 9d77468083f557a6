"use client";
import { useEffect, useRef } from "react";
import type { SessionState } from "../../lib/wire/session-state";
import { cannedAnswer } from "./canned-responses";
import { useSession } from "../../client/connection-context";
import { useLocalSetting } from "../../client/local-setting";
import { cannedSetting, rootsResult, rootsSetting } from "../../client/page-settings";

/**
 * Answers what the person set up to be answered without asking: roots/list from the roots list
 * (the person edits the list, not each request) and, only when switched on, sampling requests
 * matching a canned rule. Shows a banner while canned answers are on.
 */
export function AutoAnswerContainer({ state }: { state?: SessionState }) {
  const { conn } = useSession();
  const [roots] = useLocalSetting(rootsSetting);
  const [canned] = useLocalSetting(cannedSetting);
  const tried = useRef(new Set<string>());
  useEffect(() => {
    for (const p of state?.pending ?? []) {
      if (tried.current.has(p.pendingId)) continue;
      let result: Record<string, unknown> | undefined;
      if (p.method === "roots/list") result = rootsResult(roots);
      else if (p.method === "sampling/createMessage") result = cannedAnswer(canned, p.params)?.result;
      if (!result) continue;
      tried.current.add(p.pendingId);
      // Another tab may answer first; then the backend says it is gone, which is fine.
      void conn.command({ type: "answer", pendingId: p.pendingId, result }).catch(() => undefined);
    }
  }, [state?.pending, roots, canned, conn]);
  if (!canned.enabled) return null;
  return (
    <p className="canned-banner" role="status" data-testid="canned-banner">
      Canned sampling responses are ON: matching sampling requests are answered automatically ({canned.rules.length} rule{canned.rules.length === 1 ? "" : "s"}).
    </p>
  );
}
