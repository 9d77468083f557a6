"use client";
import { useCallback, useState } from "react";
import type { SessionState } from "../../lib/session/state";
import { useSocketStatus } from "../../client/hooks";
import { useSession } from "../../client/session-context";
import { AppHeader } from "./app-header";
import { SocketBanner } from "./socket-banner";
import { ThemeMenu } from "./theme-menu";
import { ShareButton } from "../share/share-button";
import { TabBar, TabPanel, type TabSpec } from "../../components/tab-bar";
import { NegotiationContainer } from "../server/negotiation-container";
import { ProblemsContainer, useProblemCount } from "../problems/problems-container";
import { TimelineContainer } from "../timeline/timeline-container";
import { DirectionWords, TAP_DIRECTION_WORDS } from "../timeline/timeline-row";
import { TapPanel } from "../tap/tap-panel";
import { RecordedSurface } from "../tap/recorded-surface";
import { TapSessions } from "../tap/tap-sessions";
import { useTapSessions } from "../tap/use-tap-sessions";

type Tab = "server" | "surface" | "problems";

/**
 * The page of a tap's session (issue 65): the host's session as the page shows its own (the
 * timeline with pairing and lint, the findings, the negotiation), with the tap's own panel in
 * place of the connection's. Nothing here sends the server a request: the lists come from the record.
 * On a page many taps share (the hub), the list of their sessions above it picks the one shown.
 */
export function TapWorkspace({ state }: { state: SessionState }) {
  const socket = useSocketStatus();
  const [tab, setTab] = useState<Tab>("server");
  const [focus, setFocus] = useState<{ seq: number; nonce: number }>();
  const showEntry = useCallback((seq: number) => setFocus((f) => ({ seq, nonce: (f?.nonce ?? 0) + 1 })), []);
  const problems = useProblemCount(useSession().lint);
  const hub = useTapSessions(state);
  const tabs: TabSpec<Tab>[] = [
    { id: "server", label: "Server", title: "What the host and the server negotiated", group: "server" },
    { id: "surface", label: "Listed", title: "The tools, prompts and resources the host listed", group: "server" },
    { id: "problems", label: "Problems", badge: problems || undefined, badgeLabel: "errors and warnings", group: "server" },
  ];
  return (
    <DirectionWords.Provider value={TAP_DIRECTION_WORDS}>
      <div className="app app-tap">
        <AppHeader state={state} socket={socket}>
          <ShareButton state={state} />
          <ThemeMenu />
        </AppHeader>
        {socket.socket === "reconnecting" && <SocketBanner problem={socket.problem} />}
        <main className="workspace">
          <section className="pane pane-connection" aria-labelledby="connection-heading">
            {hub.list && hub.list.sessions.length > 1 && (
              <TapSessions list={hub.list} busy={hub.select.isPending} onSelect={(key) => hub.select.mutate(key)} />
            )}
            {/* One panel per session: a save's or restart's notice belongs to the session it was made in (issue 71). */}
            <TapPanel key={hub.list?.current ?? "own"} state={state} />
          </section>
          <section className="pane pane-center">
            <TabBar<Tab> tabs={tabs} active={tab} onChange={setTab} label="The host's session" idPrefix="main" />
            <TabPanel idPrefix="main" id="server" active={tab === "server"}>
              <NegotiationContainer state={state} onShowEntry={showEntry} />
            </TabPanel>
            <TabPanel idPrefix="main" id="surface" active={tab === "surface"}>
              {tab === "surface" && <RecordedSurface state={state} />}
            </TabPanel>
            <TabPanel idPrefix="main" id="problems" active={tab === "problems"}>
              {tab === "problems" && <ProblemsContainer onShowEntry={showEntry} />}
            </TabPanel>
          </section>
          <section className="pane pane-timeline" aria-labelledby="timeline-heading">
            <TimelineContainer focus={focus} onSelect={showEntry} />
          </section>
        </main>
      </div>
    </DirectionWords.Provider>
  );
}
