"use client";
import { useCallback, useState } from "react";
import { AppHeader } from "../../components/app-header";
import { SocketBanner } from "../../components/socket-banner";
import { TabBar, type TabSpec } from "../../components/tab-bar";
import { useSessionState, useSocketStatus } from "../../page-lib/hooks";
import { ConnectionContainer } from "./connection-container";
import { NegotiationContainer } from "./negotiation-container";
import { ProblemsContainer, useProblemCount } from "./problems-container";
import { RequestsContainer } from "./requests-container";
import { TimelineContainer } from "./timeline-container";
import { ShareContainer } from "./share-container";
import { ToolsContainer } from "./tools-container";
import { useSession } from "../../page-lib/connection-context";
import { lintStoreFor } from "../../page-lib/lint-hooks";

type Tab = "server" | "tools" | "requests" | "problems";

/** The page: connection on the left, what the server offers in the middle, the timeline on the right. */
export function Workspace() {
  const state = useSessionState();
  const socket = useSocketStatus();
  const [tab, setTab] = useState<Tab>("server");
  // A panel is mounted when first opened (no tools/list until someone looks) and then kept.
  const [opened, setOpened] = useState<ReadonlySet<Tab>>(() => new Set(["server"]));
  const open = useCallback((t: Tab) => {
    setTab(t);
    setOpened((o) => (o.has(t) ? o : new Set([...o, t])));
  }, []);
  const [focus, setFocus] = useState<{ seq: number; nonce: number }>();
  const showEntry = useCallback((seq: number) => setFocus((f) => ({ seq, nonce: (f?.nonce ?? 0) + 1 })), []);
  const pending = state?.pending.length ?? 0;
  const problems = useProblemCount(lintStoreFor(useSession().store));
  const tabs: TabSpec<Tab>[] = [
    { id: "server", label: "Server" },
    { id: "tools", label: "Tools" },
    { id: "requests", label: "Requests from server", badge: pending || undefined },
    { id: "problems", label: "Problems", badge: problems || undefined, badgeLabel: "errors and warnings" },
  ];

  return (
    <div className="app">
      <AppHeader state={state} socket={socket} />
      {socket.socket === "reconnecting" && <SocketBanner problem={socket.problem} />}
      <main className="workspace">
        <section className="pane pane-connection" aria-labelledby="connection-heading">
          <ConnectionContainer state={state} />
          <ShareContainer state={state} />
        </section>
        <section className="pane pane-center">
          <TabBar<Tab> tabs={tabs} active={tab} onChange={open} label="Server features" idPrefix="main" />
          {/* Panels stay mounted while hidden, so a tool call in flight keeps its result when you answer a request. */}
          <div role="tabpanel" id="main-panel-server" aria-labelledby="main-tab-server" className="tab-panel" hidden={tab !== "server"}>
            <NegotiationContainer state={state} onShowEntry={showEntry} />
          </div>
          <div role="tabpanel" id="main-panel-tools" aria-labelledby="main-tab-tools" className="tab-panel" hidden={tab !== "tools"}>
            {opened.has("tools") && <ToolsContainer state={state} onShowEntry={showEntry} />}
          </div>
          <div role="tabpanel" id="main-panel-requests" aria-labelledby="main-tab-requests" className="tab-panel" hidden={tab !== "requests"}>
            {opened.has("requests") && <RequestsContainer state={state} onShowEntry={showEntry} />}
          </div>
          <div role="tabpanel" id="main-panel-problems" aria-labelledby="main-tab-problems" className="tab-panel" hidden={tab !== "problems"}>
            {opened.has("problems") && <ProblemsContainer onShowEntry={showEntry} />}
          </div>
        </section>
        <section className="pane pane-timeline" aria-labelledby="timeline-heading">
          <TimelineContainer focus={focus} onSelect={showEntry} />
        </section>
      </main>
    </div>
  );
}
