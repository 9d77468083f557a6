"use client";
import { useEffect, useMemo } from "react";
import { AppPanel } from "../apps/app-panel";
import { DiffView } from "./diff-view";
import type { ReplayItem, ReplayReport } from "../../lib/session/replay-result";
import type { Entry } from "../../lib/record/format";
import { useSessionState, useTools } from "../../client/hooks";
import { appRelayedSeqs, replayedAppOf, unlistedCallTools } from "./replayed-apps";

export interface LiveReplayDiffProps {
  report: ReplayReport;
  /** The recording's entries: which of its calls an App made. */
  entries: readonly Entry[];
  onShowEntry(seq: number): void;
}

/** Pages of the live tools listing read to find a replayed call's tool (a listing that never ends stops here). */
const MAX_TOOL_PAGES = 10;

/**
 * The replay's diff, with each replayed App tool call's App rendered live under it, as a run in
 * the Tools tab renders it: the tool's `ui://` resource read from the live server now, the live
 * result sent to it, in the sandbox frame. Mounted only once a confirmed Reproduce has reported,
 * under the live session's provider (the replay ran in it and it is still connected to the target).
 */
export function LiveReplayDiff({ report, entries, onShowEntry }: LiveReplayDiffProps) {
  const state = useSessionState();
  const listing = useTools(state);
  const tools = useMemo(() => listing.data?.pages.flatMap((p) => p.tools) ?? [], [listing.data]);
  const relayed = useMemo(() => appRelayedSeqs(entries), [entries]);
  const missing = unlistedCallTools(report.items, tools).length > 0;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = listing;
  const pages = listing.data?.pages.length ?? 0;
  useEffect(() => {
    if (missing && hasNextPage && !isFetchingNextPage && pages < MAX_TOOL_PAGES) void fetchNextPage();
  }, [missing, hasNextPage, isFetchingNextPage, pages, fetchNextPage]);

  const appOf = (item: ReplayItem) => {
    const found = replayedAppOf(item, tools, relayed);
    if (!found) return undefined;
    if (found.kind === "made-by-app")
      return (
        <p className="muted small" data-testid="replayed-by-app">
          An App made this call in the recording: it is sent again as recorded, and gets no App of its own.
        </p>
      );
    const { app } = found;
    return (
      <div className="replayed-app" data-testid="replayed-app">
        <p className="muted small">
          Rendered live from the replayed call: its App is read from the server now and given the server&apos;s new answer, not the recorded
          one.
        </p>
        {/* Its "Server request" links are live record seqs, not the recording's: shown, not linked to this timeline. */}
        <AppPanel key={app.outcome.requestSeq ?? item.recordedSeq} tool={app.tool} args={app.args} outcome={app.outcome} tools={tools} />
      </div>
    );
  };
  return <DiffView report={report} onShowEntry={onShowEntry} extraOf={appOf} />;
}
