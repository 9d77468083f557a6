"use client";
import "./apps.css";
import { useCallback, useMemo, useRef, useState } from "react";
import type { AppBridge } from "@modelcontextprotocol/ext-apps/app-bridge";
import type { Tool } from "../../lib/protocol/shapes";
import type { ToolCallOutcome } from "../../lib/wire/outcomes";
import { useSession } from "../../client/session-context";
import { sendRequest } from "../../client/protocol-hooks";
import { useSessionState } from "../../client/hooks";
import { appResourceUriOf, appToolCallRefusal } from "../../lib/apps/app-meta";
import { findToolForApp, toolsPageOf } from "../../lib/apps/find-tool";
import { openableUrl } from "../../lib/apps/open-link";
import type { AppNavigated } from "../../lib/apps/sandbox-events";
import { stringOr } from "../../lib/json/shape";
import { DEFAULT_HOST_EMULATION, frameSizeOf, hostContextOf, type HostEmulation } from "../../lib/apps/host-emulation";
import { AppFrame } from "./app-frame";
import type { AppHostHandlers } from "./app-host";
import { AppMessageLog } from "./app-message-log";
import { DisplayModeConfirm, type DisplayModeAsk } from "./display-mode-confirm";
import { HostEmulationForm } from "./host-emulation-form";
import { LinkConfirm } from "./link-confirm";
import { ModelAsks, type ModelAsk } from "./model-asks";
import { useAppLog } from "./use-app-log";
import { useAppRecorder } from "./use-app-recorder";
import { useAppResource } from "./use-app-resource";
import { useSandboxUrl } from "./use-sandbox-url";

export interface AppPanelProps {
  tool: Tool;
  /** The arguments of the run that made this App (sent as tool input). */
  args: Record<string, unknown>;
  outcome: ToolCallOutcome;
  /** The server's tools: an App's call to one hidden from Apps is refused. */
  tools: readonly Tool[];
  /** Shows a record entry in the timeline; left out where the timeline is not the live record's (a recording's Replay diff). */
  onShowEntry?(seq: number): void;
}

/** An App tool's UI beside its result: the sandboxed frame, host emulation, what it asked of the model, and every message it exchanged. */
export function AppPanel({ tool, args, outcome, tools, onShowEntry }: AppPanelProps) {
  const uri = appResourceUriOf(tool) ?? "";
  const session = useSession();
  const sandboxUrl = useSandboxUrl();
  const resource = useAppResource(uri);
  const { store, version, append, link } = useAppLog(tools);
  // One rendered App: the tool run that made it, and which mount (a remount is a new App with new ids).
  const [appId] = useState(() => `${tool.name}@${outcome.requestSeq ?? "?"}.${Math.random().toString(36).slice(2, 8)}`);
  const [linkAsk, setLinkAsk] = useState<{ url: string; answer(open: boolean): void }>();
  const [modeAsk, setModeAsk] = useState<DisplayModeAsk>();
  // The prompts on screen, for the handlers: one of each at a time, and a newer ask refuses the
  // one it replaces, so the App's earlier request is answered instead of waiting forever.
  const shownLink = useRef<{ answer(open: boolean): void }>(undefined);
  const shownMode = useRef<DisplayModeAsk>(undefined);
  const [navigated, setNavigated] = useState<AppNavigated>();
  const torn = useRef(false);
  const onNavigated = useCallback((n: AppNavigated) => {
    torn.current = true;
    shownMode.current = shownLink.current = undefined;
    setModeAsk(undefined);
    setLinkAsk(undefined);
    setNavigated(n);
  }, []);
  const { tap, relayed } = useAppRecorder(appId, tool.name, append, onNavigated);
  const negotiated = useSessionState()?.negotiated;
  const server = stringOr(negotiated?.serverInfo.title) ?? stringOr(negotiated?.serverInfo.name) ?? "(unnamed)";
  const [emu, setEmu] = useState<HostEmulation>(DEFAULT_HOST_EMULATION);
  // The App's own height (its last size-changed): the frame follows it within the host's limit.
  const [reportedHeight, setReportedHeight] = useState<number>();
  const [asks, setAsks] = useState<ModelAsk[]>([]);
  const bridge = useRef<AppBridge | undefined>(undefined);
  const toolInfo = useMemo(() => ({ id: outcome.requestSeq, tool }), [outcome.requestSeq, tool]);
  const hostContext = useMemo(() => hostContextOf(emu, toolInfo), [emu, toolInfo]);

  const ask = (kind: ModelAsk["kind"], params: Record<string, unknown>) => setAsks((a) => [...a, { n: a.length + 1, kind, params }]);
  const handlers: AppHostHandlers = {
    async callTool(params, requestId) {
      // Every page of tools/list before judging: a tool hidden from Apps may be listed on a page not loaded yet.
      const listPage = async (cursor: string | undefined) =>
        toolsPageOf((await sendRequest(session, { method: "tools/list", params: cursor ? { cursor } : {} })).result);
      const found = typeof params.name === "string" ? await findToolForApp(params.name, tools, listPage) : undefined;
      if (torn.current) throw new Error("The inspector tore this App down");
      const refusal = appToolCallRefusal(found ? [found] : [], params.name);
      if (refusal) throw new Error(`The inspector refused this call: ${refusal}`);
      const out = await session.command({ type: "call-tool", name: params.name, arguments: params.arguments ?? {} });
      link(requestId, out.requestSeq);
      relayed(requestId, out.requestSeq);
      if (out.error) throw new Error(out.error.message);
      return (out.result ?? {}) as Record<string, unknown>;
    },
    async readResource(params, requestId) {
      if (torn.current) throw new Error("The inspector tore this App down");
      const out = await sendRequest(session, { method: "resources/read", params: { uri: params.uri } });
      link(requestId, out.requestSeq);
      relayed(requestId, out.requestSeq);
      return (out.result ?? {}) as Record<string, unknown>;
    },
    message: (p) => ask("message", p),
    modelContext: (p) => ask("model context", p),
    openLink(url) {
      const safe = openableUrl(url);
      if (!safe) return Promise.resolve(false);
      shownLink.current?.answer(false);
      return new Promise<boolean>((resolve) => {
        const ask = {
          url: safe,
          answer(open: boolean) {
            if (shownLink.current !== ask) return;
            shownLink.current = undefined;
            setLinkAsk(undefined);
            if (open) window.open(safe, "_blank", "noopener,noreferrer");
            resolve(open);
          },
        };
        shownLink.current = ask;
        setLinkAsk(ask);
      });
    },
    displayMode(mode) {
      if (mode !== "fullscreen" && mode !== "pip") {
        if (mode === "inline") setEmu((e) => ({ ...e, displayMode: "inline" }));
        return Promise.resolve(mode === "inline" ? mode : emu.displayMode);
      }
      // Never granted at the App's word: the person clicks Allow in the host's own UI.
      shownMode.current?.answer(false);
      const current = emu.displayMode;
      return new Promise<string>((resolve) => {
        const ask: DisplayModeAsk = {
          mode,
          answer(allow) {
            if (shownMode.current !== ask) return;
            shownMode.current = undefined;
            setModeAsk(undefined);
            if (allow) setEmu((e) => ({ ...e, displayMode: mode }));
            resolve(allow ? mode : current);
          },
        };
        shownMode.current = ask;
        setModeAsk(ask);
      });
    },
    sizeChanged: (s) => typeof s.height === "number" && s.height > 0 && setReportedHeight(s.height),
    initialized() {
      const b = bridge.current;
      if (!b) return;
      void b.sendToolInput({ arguments: args });
      if (outcome.result !== undefined) void b.sendToolResult(outcome.result as never);
      else void b.sendToolCancelled({ reason: outcome.error?.message ?? "the call did not complete" });
    },
    teardownRequested: () => undefined,
  };

  const mode = emu.displayMode;
  const frame = frameSizeOf(emu, reportedHeight);
  // The host's prompts. Over a rendered App they lie on top of its frame instead of pushing it
  // down: the App does not move under the person's pointer when one comes or goes, and they stay
  // in sight in fullscreen and pip, where the stage covers the rest of the panel.
  const prompts = (linkAsk || modeAsk) && (
    <>
      {linkAsk && <LinkConfirm key={linkAsk.url} url={linkAsk.url} onAnswer={linkAsk.answer} />}
      {modeAsk && <DisplayModeConfirm key={modeAsk.mode} ask={modeAsk} app={tool.title ?? tool.name} server={server} />}
    </>
  );
  let staged = false;
  let body: React.ReactNode;
  if (navigated)
    body = (
      <p className="app-navigated" role="alert" data-testid="app-navigated">
        The App navigated its own frame to a document the inspector did not give it, so the inspector tore it down: nothing that document
        sends reaches the server.
      </p>
    );
  else if (sandboxUrl === undefined || resource.status === "loading") body = <p className="muted">Loading the App…</p>;
  else if (!sandboxUrl) body = <p className="form-error">This inspector runs no App sandbox, so the App cannot render.</p>;
  else if (resource.status === "error") body = <p className="form-error">The App UI could not be read: {resource.message}</p>;
  else {
    staged = true;
    body = (
      <div className={`app-stage app-mode-${mode}`} data-theme={emu.theme} data-testid="app-stage">
        {mode !== "inline" && (
          // The host's frame: drawn by the page outside the App's iframe, so the App cannot cover or fake it.
          <div className="app-host-bar" data-testid="app-host-bar">
            <span>
              App <strong>{tool.title ?? tool.name}</strong> of server <strong>{server}</strong>,{" "}
              {mode === "pip" ? "picture-in-picture" : mode} (drawn by the App; this bar is the inspector's)
            </span>
            <button type="button" className="btn-small app-exit-mode" onClick={() => setEmu((e) => ({ ...e, displayMode: "inline" }))}>
              Back to inline
            </button>
          </div>
        )}
        {prompts && <div className="app-prompts">{prompts}</div>}
        <AppFrame
          sandboxUrl={sandboxUrl}
          html={resource.html}
          permissions={resource.meta.permissions}
          hostContext={hostContext}
          handlers={handlers}
          tap={tap}
          onBridge={(b) => (bridge.current = b)}
          width={frame.width}
          height={frame.height}
        />
      </div>
    );
  }

  return (
    <section className="app-panel" aria-label={`App of ${tool.name}`} data-testid="app-panel">
      <header className="app-panel-head">
        <h4>
          App <code className="muted">{uri}</code>
        </h4>
        {resource.status === "ok" && (
          <details className="app-csp">
            <summary>CSP</summary>
            <code>{resource.csp}</code>
          </details>
        )}
      </header>
      <HostEmulationForm value={emu} onChange={setEmu} />
      {!staged && prompts}
      {body}
      <ModelAsks asks={asks} />
      {resource.status !== "loading" && resource.findings.length > 0 && (
        <ul className="app-findings" aria-label="App resource lint">
          {resource.findings.map((f, i) => (
            <li key={i} className={`app-finding app-finding-${f.severity}`} data-rule={f.rule}>
              <strong>{f.rule}</strong> {f.message}
            </li>
          ))}
        </ul>
      )}
      <AppMessageLog store={store} version={version} onShowEntry={onShowEntry} />
    </section>
  );
}
