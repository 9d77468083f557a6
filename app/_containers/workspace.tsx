"use client";
import { useCallback, useState } from "react";
import { AppHeader } from "../../components/app-header";
import { SocketBanner } from "../../components/socket-banner";
import { TabBar, type TabSpec } from "../../components/tab-bar";
import { useSessionState, useSocketStatus } from "../../page-lib/hooks";
import { ConnectionContainer } from "./connection-container";
import { NegotiationContainer } from "./negotiation-container";
import { RequestsContainer } from "./requests-container";
import { TimelineContainer } from "./timeline-container";
import { ToolsContainer } from "./tools-container";

type Tab = "server" | "tools" | "requests";

/** The page: connection on the left, what the server offers in the middle, the timeline on the right. */
export function Workspace() {
  const state = useSessionState();
  const socket = useSocketStatus();
  const [tab, setTab] = useState<Tab>("server");
  const [focus, setFocus] = useState<{ seq: number; nonce: number }>();
  const showEntry = useCallback((seq: number) => setFocus((f) => ({ seq, nonce: (f?.nonce ?? 0) + 1 })), []);
  const pending = state?.pending.length ?? 0;
  const tabs: TabSpec<Tab>[] = [
    { id: "server", label: "Server" },
    { id: "tools", label: "Tools" },
    { id: "requests", label: "Requests from server", badge: pending || undefined },
  ];

  return (
    <div className="app">
      <AppHeader state={state} socket={socket} />
      {socket.socket === "reconnecting" && <SocketBanner problem={socket.problem} />}
      <main className="workspace">
        <section className="pane pane-connection" aria-labelledby="connection-heading">
          <ConnectionContainer state={state} />
        </section>
        <section className="pane pane-center">
          <TabBar<Tab> tabs={tabs} active={tab} onChange={setTab} label="Server features" idPrefix="main" />
          <div role="tabpanel" id={`main-panel-${tab}`} aria-labelledby={`main-tab-${tab}`} className="tab-panel">
            {tab === "server" && <NegotiationContainer state={state} onShowEntry={showEntry} />}
            {tab === "tools" && <ToolsContainer state={state} onShowEntry={showEntry} />}
            {tab === "requests" && <RequestsContainer state={state} onShowEntry={showEntry} />}
          </div>
        </section>
        <section className="pane pane-timeline" aria-labelledby="timeline-heading">
          <TimelineContainer focus={focus} onSelect={showEntry} />
        </section>
      </main>
    </div>
  );
}
