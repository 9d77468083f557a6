"use client";
import { useCallback, useEffect, useState } from "react";
import { rawDrafts } from "../../client/raw-draft";
import { AppHeader } from "./app-header";
import { SocketBanner } from "./socket-banner";
import { PendingRequestPrompt } from "./pending-request-dialog";
import { TabBar, TabPanel, type TabSpec } from "../../components/tab-bar";
import type { SessionState } from "../../lib/session/state";
import { useSessionState, useSocketStatus } from "../../client/hooks";
import { AutoAnswerContainer } from "../requests/auto-answer-container";
import { ConnectionContainer } from "../connection/connection-container";
import { skillsExtensionOf } from "../../lib/skills/schema";
import { SessionToolsContainer } from "../connection/session-tools-container";
import { NegotiationContainer } from "../server/negotiation-container";
import { useProblemCount } from "../problems/problems-container";
import { TimelineContainer } from "../timeline/timeline-container";
import { ShareContainer } from "../share/share-container";
import { ShareButton } from "../share/share-button";
import { ThemeMenu } from "./theme-menu";
import { NewTabButton } from "./new-tab-button";
import { SurfaceDiffLauncher } from "../surface-diff/surface-diff-launcher";
import { AuthorizationContainer } from "../authorization/authorization-container";
import { LoginLink } from "../connection/login-link";
import { useSession } from "../../client/session-context";
import { lazyView } from "../../components/lazy-view";

type Tab =
  | "server"
  | "tools"
  | "apps"
  | "requests"
  | "problems"
  | "resources"
  | "prompts"
  | "skills"
  | "roots"
  | "logs"
  | "tasks"
  | "raw"
  | "collections"
  | "chat";

type PanelProps = { state?: SessionState; onShowEntry(seq: number): void };

// Every tab but Server is drawn only once opened, so its code loads then too (issue 89: the page's
// first load is every visit's and every Playwright test's; the tools' form kit, the Apps' bridge and
// the chat were most of it). The Server tab, the connection pane and the timeline stay in it.
const ToolsContainer = lazyView(() => import("../tools/tools-container").then((m) => m.ToolsContainer), "the tools");
const RequestsContainer = lazyView(() => import("../requests/requests-container").then((m) => m.RequestsContainer), "the requests");
const ProblemsContainer = lazyView(() => import("../problems/problems-container").then((m) => m.ProblemsContainer), "the problems");
const AppsContainer = lazyView(() => import("../apps/apps-container").then((m) => m.AppsContainer), "the Apps");
const ResourcesContainer = lazyView(() => import("../resources/resources-container").then((m) => m.ResourcesContainer), "the resources");
const PromptsContainer = lazyView(() => import("../prompts/prompts-container").then((m) => m.PromptsContainer), "the prompts");
const SkillsContainer = lazyView(() => import("../skills/skills-container").then((m) => m.SkillsContainer), "the skills");
const RootsContainer = lazyView(() => import("../roots/roots-container").then((m) => m.RootsContainer), "the roots");
const LogsContainer = lazyView(() => import("../logs/logs-container").then((m) => m.LogsContainer), "the logs");
const TasksContainer = lazyView(() => import("../tasks/tasks-container").then((m) => m.TasksContainer), "the tasks");
const RawRequestContainer = lazyView(
  () => import("../raw/raw-request-container").then((m) => m.RawRequestContainer),
  "the raw request editor",
);
const CollectionsContainer = lazyView(
  () => import("../collections/collections-container").then((m) => m.CollectionsContainer),
  "the collections",
);
const ChatContainer = lazyView(() => import("../chat/chat-container").then((m) => m.ChatContainer), "the chat");

/** Protocol panels (issue 4), each mounted when first opened, then kept. */
const FEATURE_PANELS: { id: Tab; Panel: (p: PanelProps) => React.ReactNode }[] = [
  { id: "apps", Panel: AppsContainer },
  { id: "resources", Panel: ResourcesContainer },
  { id: "prompts", Panel: PromptsContainer },
  { id: "skills", Panel: SkillsContainer },
  { id: "roots", Panel: RootsContainer },
  { id: "logs", Panel: LogsContainer },
  { id: "tasks", Panel: TasksContainer },
  { id: "raw", Panel: RawRequestContainer },
  { id: "collections", Panel: CollectionsContainer },
  { id: "chat", Panel: ChatContainer },
];

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
  // "Edit and send" from the timeline puts a draft in the Raw tab's editor: show that tab.
  useEffect(() => {
    let seen = rawDrafts.current?.nonce;
    return rawDrafts.subscribe(() => {
      const nonce = rawDrafts.current?.nonce;
      if (nonce === undefined || nonce === seen) return;
      seen = nonce;
      open("raw");
    });
  }, [open]);
  const [focus, setFocus] = useState<{ seq: number; nonce: number }>();
  const showEntry = useCallback((seq: number) => setFocus((f) => ({ seq, nonce: (f?.nonce ?? 0) + 1 })), []);
  const pending = state?.pending.length ?? 0;
  // On a narrow screen the connection settings fold away once connected (the working area comes
  // first); the person opens them again with one tap. Wide screens always show them. Folded too
  // while the backend has not said its state: a launcher with a target is connected before it
  // prints its URL, and settings drawn open for that first half second (1,100 px at 420 px) then
  // folded moved the tabs below them under a click already aimed at them.
  const connected = state?.status === "connected";
  const [connectionShown, setConnectionShown] = useState<boolean>();
  const connectionFolded = connectionShown === undefined ? state === undefined || connected : !connectionShown;
  const problems = useProblemCount(useSession().lint);
  const offersSkills = skillsExtensionOf(state?.negotiated?.serverCapabilities) !== undefined;
  // Two rows of whole tabs (issue 54 item 1): what the server offers, then what the person does
  // with it. Nothing scrolls out of sight; the grouping holds at every width.
  const tabs: TabSpec<Tab>[] = [
    { id: "server", label: "Server", group: "server" },
    { id: "tools", label: "Tools", group: "server" },
    { id: "apps", label: "Apps", title: "Tools that ship an App UI (MCP Apps)", group: "server" },
    { id: "resources", label: "Resources", group: "server" },
    { id: "prompts", label: "Prompts", group: "server" },
    // Only for a server that declares the Skills extension (or while it is the open tab): most do not.
    ...(offersSkills || tab === "skills"
      ? [
          {
            id: "skills" as const,
            label: "Skills",
            title: "Skills the server offers (SEP-2640), each file checked against its digest",
            group: "server",
          },
        ]
      : []),
    { id: "logs", label: "Logs", title: "The server's log messages and its stderr", group: "server" },
    { id: "tasks", label: "Tasks", group: "server" },
    { id: "chat", label: "Chat", title: "A model that uses this server's tools, with your key", group: "session" },
    {
      id: "requests",
      label: "Requests",
      title: "Requests from the server: sampling, elicitation, roots",
      badge: pending || undefined,
      group: "session",
    },
    { id: "roots", label: "Roots", group: "session" },
    { id: "raw", label: "Raw", title: "Send any JSON-RPC request", group: "session" },
    {
      id: "collections",
      label: "Collections",
      title: "Saved calls with expectations: run them here or with inspector test",
      group: "session",
    },
    { id: "problems", label: "Problems", badge: problems || undefined, badgeLabel: "errors and warnings", group: "session" },
  ];

  return (
    <div className="app">
      <AppHeader state={state} socket={socket}>
        <ShareButton state={state} />
        <NewTabButton />
        <ThemeMenu />
      </AppHeader>
      {socket.socket === "reconnecting" && <SocketBanner problem={socket.problem} />}
      {state?.authorization?.pendingUrl && <LoginLink url={state.authorization.pendingUrl} className="auth-login auth-login-banner" />}
      <AutoAnswerContainer state={state} />
      <main className="workspace">
        <section className="pane pane-connection" aria-labelledby="connection-heading" data-folded={connectionFolded}>
          <button
            type="button"
            className="pane-fold"
            aria-expanded={!connectionFolded}
            onClick={() => setConnectionShown(connectionFolded)}
          >
            {connectionFolded ? "Show connection and session settings" : "Hide connection and session settings"}
          </button>
          <ConnectionContainer state={state} />
          <SessionToolsContainer state={state} />
          <ShareContainer />
          <SurfaceDiffLauncher state={state} />
        </section>
        <section className="pane pane-center">
          <TabBar<Tab> tabs={tabs} active={tab} onChange={open} label="Server features" idPrefix="main" />
          <PendingRequestPrompt
            state={state}
            onRequestsTab={tab === "requests"}
            openRequestsTab={() => open("requests")}
            onShowEntry={showEntry}
          />
          {/* Panels stay mounted while hidden, so a tool call in flight keeps its result when you answer a request. */}
          <TabPanel idPrefix="main" id="server" active={tab === "server"}>
            <NegotiationContainer state={state} onShowEntry={showEntry} />
            <AuthorizationContainer state={state} />
          </TabPanel>
          <TabPanel idPrefix="main" id="tools" active={tab === "tools"}>
            {opened.has("tools") && <ToolsContainer state={state} onShowEntry={showEntry} />}
          </TabPanel>
          <TabPanel idPrefix="main" id="requests" active={tab === "requests"}>
            {opened.has("requests") && <RequestsContainer state={state} onShowEntry={showEntry} />}
          </TabPanel>
          {FEATURE_PANELS.map(({ id, Panel }) => (
            <TabPanel key={id} idPrefix="main" id={id} active={tab === id}>
              {opened.has(id) && <Panel state={state} onShowEntry={showEntry} />}
            </TabPanel>
          ))}
          <TabPanel idPrefix="main" id="problems" active={tab === "problems"}>
            {opened.has("problems") && <ProblemsContainer onShowEntry={showEntry} />}
          </TabPanel>
        </section>
        <section className="pane pane-timeline" aria-labelledby="timeline-heading">
          <TimelineContainer focus={focus} onSelect={showEntry} />
        </section>
      </main>
    </div>
  );
}
