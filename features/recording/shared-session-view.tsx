"use client";
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { NegotiationView } from "../server/negotiation-view";
import { EmptyState } from "../../components/empty-state";
import { RecordedCalls } from "./recorded-calls";
import { recordedAppMessageCounts } from "./replayed-apps";
import { RecordingBanner, type ReproduceRun } from "./recording-banner";
import { TabBar, TabPanel, type TabSpec } from "../../components/tab-bar";
import type { SessionFile } from "../../lib/session/file";
import type { Session } from "../../client/session";
import { LintStore, fixedSource } from "../../client/lint-store";
import { recordedCalls, sessionFileName } from "../../lib/session/shared";
import { replayPassed, replaySummaryText, reproductionText } from "../../lib/session/replay-result";
import { downloadText } from "../../components/download";
import { MockCard } from "./mock-card";
import type { RecordingOrigin } from "../../client/open-recording-context";
import { TimelineStore } from "../../client/timeline-store";
import { LintProblems, useProblemCount } from "../problems/problems-container";
import { ReplayDiffPane, ReproducePane, useReproduction, type Reproduction } from "./replay-diff-container";
import { TimelineContainer } from "../timeline/timeline-container";
import { visible } from "../../lib/text/visible";
import { asRecord, objectOr } from "../../lib/json/shape";
import { RecordedChat, hasConversation } from "../chat/recorded-chat";
import { VerdictList } from "./verdict-list";
import { RecordedCallActions } from "./recorded-call-actions";
import { canSendAgain, resendDraftOf } from "../timeline/resend";

type Tab = "server" | "results" | "chat" | "problems" | "replay";

export interface SharedSessionViewProps {
  session: SessionFile;
  origin: RecordingOrigin;
  name?: string;
  /** The page's own inspector session, when it has a token: needed only to reproduce. */
  live?: Session;
  onClose(): void;
}

/** A recording, read-only: its timeline, negotiation, tool results and lint; Reproduce and the diff. */
export function SharedSessionView({ session, origin, name, live, onClose }: SharedSessionViewProps) {
  // The recording's own store and lint: nothing here touches the live session.
  const store = useMemo(() => {
    const s = new TimelineStore((flush) => flush());
    s.push(session.entries);
    return s;
  }, [session]);
  const lint = useMemo(() => {
    const hasInitialize = session.entries.some((e) => e.kind === "message" && asRecord(e.message).method === "initialize");
    const n = session.negotiated;
    // A recording that starts after its handshake still lints against what was negotiated.
    const context =
      hasInitialize || !n
        ? {}
        : {
            clientCapabilities: n.clientCapabilities,
            serverCapabilities: n.serverCapabilities,
            protocolVersion: n.protocolVersion,
            initialized: true,
          };
    return new LintStore(fixedSource(session.entries), { context, complete: true });
  }, [session]);
  useEffect(() => {
    lint.start();
    return () => lint.stop();
  }, [lint]);
  const calls = useMemo(() => recordedCalls(session.entries), [session]);
  const appMessages = useMemo(() => recordedAppMessageCounts(session.entries), [session]);
  const problems = useProblemCount(lint);
  const [tab, setTab] = useState<Tab>("server");
  const [focus, setFocus] = useState<{ seq: number; nonce: number }>();
  const showEntry = useCallback((seq: number) => setFocus((f) => ({ seq, nonce: (f?.nonce ?? 0) + 1 })), []);
  const liveSocket = live?.connection;
  useSyncExternalStore(liveSocket?.subscribe ?? noSub, liveSocket?.getSnapshot ?? noSnap, liveSocket?.getSnapshot ?? noSnap);
  const rep = useReproduction(session, live && liveSocket?.current.socket !== "unauthorized" ? live : undefined);
  // A file the person opened is on their disk under its name; anything else is saved under the name the Share dialog uses.
  const onDisk = origin === "file" && !!name;
  const fileName = onDisk ? name : sessionFileName(session);
  const info = objectOr(session.negotiated?.serverInfo);
  const tabs: TabSpec<Tab>[] = [
    { id: "server", label: "Server" },
    { id: "results", label: `Tool results (${calls.length})` },
    // Issue 40: a recorded conversation with a model, its answers replayed from the record.
    ...(hasConversation(session.entries) ? [{ id: "chat" as const, label: "Chat" }] : []),
    { id: "problems", label: "Problems", badge: problems || undefined, badgeLabel: "problems" },
    { id: "replay", label: "Replay diff" },
  ];

  return (
    <div className="app recording-app" data-testid="recording-view">
      <header className="app-header">
        <span className="brand">MCP Inspector</span>
        <span className="status-badge status-recording">
          <span className="status-dot" aria-hidden="true" />
          Recording
        </span>
        {typeof info?.name === "string" && (
          <span className="header-server">
            {visible(info.name)}
            {typeof info.version === "string" && <span className="muted"> {visible(info.version)}</span>}
            {session.protocolVersion && (
              <>
                {" "}
                <span className="muted header-protocol" data-testid="header-protocol">
                  · protocol {visible(session.protocolVersion)}
                </span>
              </>
            )}
          </span>
        )}
        <span className="header-spacer" />
      </header>
      <RecordingBanner session={session} run={runOf(rep.replay)} origin={origin} name={name} onClose={onClose} />
      <main className="workspace">
        <section className="pane pane-connection" aria-labelledby="reproduce-heading">
          {session.verdicts?.length ? <VerdictList verdicts={session.verdicts} onShowEntry={showEntry} /> : null}
          <ReproducePane rep={rep} onStarted={() => setTab("replay")} />
          <MockCard fileName={fileName} onSave={onDisk ? undefined : () => downloadText(fileName, JSON.stringify(session, null, 2))} />
        </section>
        <section className="pane pane-center">
          <TabBar<Tab> tabs={tabs} active={tab} onChange={setTab} label="Recording" idPrefix="rec" />
          <TabPanel idPrefix="rec" id="server" active={tab === "server"}>
            {session.negotiated ? (
              <NegotiationView negotiated={session.negotiated} onShowEntry={showEntry} />
            ) : (
              <EmptyState title="The recording has no completed handshake" />
            )}
          </TabPanel>
          <TabPanel idPrefix="rec" id="results" active={tab === "results"}>
            <RecordedCalls calls={calls} onShowEntry={showEntry} appMessages={appMessages} />
          </TabPanel>
          <TabPanel idPrefix="rec" id="chat" active={tab === "chat"}>
            {/* Kept mounted after a connected Reproduce: Ask the model again's turn survives a look at the diff. */}
            {(tab === "chat" || rep.replay.data?.connected) && (
              <RecordedChat store={store} onShowEntry={showEntry} live={rep.live && rep.replay.data?.connected ? rep.live : undefined} />
            )}
          </TabPanel>
          <TabPanel idPrefix="rec" id="problems" active={tab === "problems"}>
            <LintProblems lint={lint} onShowEntry={showEntry} />
          </TabPanel>
          <TabPanel idPrefix="rec" id="replay" active={tab === "replay"}>
            <ReplayDiffPane rep={rep} onShowEntry={showEntry} />
          </TabPanel>
        </section>
        <section className="pane pane-timeline" aria-labelledby="timeline-heading">
          <TimelineContainer
            store={store}
            lint={lint}
            focus={focus}
            onSelect={showEntry}
            verdicts={session.verdicts}
            // Run again on a recorded request: Reproduce up to it, confirmed first (nothing runs without a token).
            onRunAgain={rep.live ? (seq) => rep.ask(seq) : undefined}
            actionsOf={(e) =>
              resendDraftOf(e) && canSendAgain(resendDraftOf(e)!) ? (
                <RecordedCallActions
                  seq={e.seq}
                  disabledWhy={
                    rep.live
                      ? rep.replay.isPending
                        ? "Reproducing now"
                        : undefined
                      : "This page has no access token: open the recording with --open to run it"
                  }
                  onRunAgain={(seq) => rep.ask(seq)}
                  onEdit={(seq) => rep.ask(seq, true)}
                />
              ) : undefined
            }
          />
        </section>
      </main>
    </div>
  );
}

/** The replay mutation as the banner tells it. */
function runOf(replay: Reproduction["replay"]): ReproduceRun | undefined {
  if (replay.isPending) return { state: "running" };
  if (replay.isError) return { state: "failed", message: replay.error.message };
  const r = replay.data;
  if (!r) return undefined;
  const verdict = reproductionText(r);
  return r.connected
    ? {
        state: "done",
        connected: true,
        summary: verdict ? `${verdict} (${replaySummaryText(r)})` : replaySummaryText(r),
        passed: replayPassed(r),
        reproduction: r.reproduction,
      }
    : { state: "done", connected: false, summary: r.connectError ?? "unknown error", passed: false };
}

const noSub = () => () => undefined;
const noSnap = () => 0;
