"use client";
import "./apps.css";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { AppBridge } from "@modelcontextprotocol/ext-apps/app-bridge";
import type { Tool } from "../../lib/protocol/shapes";
import type { ToolCallOutcome } from "../../lib/wire/outcomes";
import { useSessionState } from "../../client/hooks";
import { appResourceUriOf, isChatGptOnlyApp, toolInvocationTextsOf } from "../../lib/apps/app-meta";
import { frameSourcesOf, wrapAppHtml } from "../../lib/apps/csp";
import { appErrorOf, failsApp, type AppError } from "../../lib/apps/app-errors";
import type { AppDirection } from "../../lib/apps/app-messages";
import { FLOOD_DROPS, FLOOD_WINDOW_MS, type AppStopped } from "../../lib/apps/sandbox-events";
import { stringOr } from "../../lib/json/shape";
import { inertJson, visible } from "../../lib/text/visible";
import {
  DEFAULT_HOST_EMULATION,
  emulationOfProfile,
  fitOf,
  frameSizeOf,
  hostContextOf,
  wantsDesktopRoom,
  type HostEmulation,
} from "../../lib/apps/host-emulation";
import { HOST_PROFILES } from "../../lib/apps/host-profiles";
import { openAiGlobalsOf, openAiShim } from "../../lib/apps/openai-shim";
import { AppFailed, AppReloaded, type Reloaded } from "./app-failed";
import { AppFrame } from "./app-frame";
import { AppMessageLog } from "./app-message-log";
import { AppModal } from "./app-modal";
import { AppStage } from "./app-stage";
import { DisplayModeConfirm } from "./display-mode-confirm";
import { HostEmulationForm } from "./host-emulation-form";
import { LinkConfirm } from "./link-confirm";
import { ModelAsks } from "./model-asks";
import { OpenAiAskPrompt, OpenAiNotices } from "./openai-asks";
import { useAppHandlers } from "./use-app-handlers";
import { useAppLog } from "./use-app-log";
import { useAppRecorder } from "./use-app-recorder";
import { useAppResource } from "./use-app-resource";
import { useBoxSize, useColumnWidth } from "./use-column-width";
import { proxyUrlFor } from "./proxy-standby";
import { useSandboxUrl } from "./use-sandbox-url";
import { useHotReload } from "./use-hot-reload";
import { widgetStates } from "./widget-state";
import { contentTopOf, revealWhole } from "./reveal";
import { AppCspBlocked, AppCspRelaxed } from "./app-csp-blocked";
import { useCspRelax } from "./use-csp-relax";
import { AppLoadFailed } from "./app-load-failed";
import { AppHostVerdicts } from "./app-host-verdicts";
import { currentColorScheme } from "../../components/use-color-scheme";

/** An App whose CSP names no resource origin: its error's scripts are fetched from nowhere. */
const NO_ORIGINS: readonly string[] = [];
const NO_FAILURES: readonly AppError[] = [];

export interface AppPanelProps {
  tool: Tool;
  /** The arguments of the run that made this App (sent as tool input). */
  args: Record<string, unknown>;
  /**
   * The run's outcome; undefined while the call runs: the App starts beside the call (its page
   * read, its frame and its handshake) and gets the result when it comes (issue 50, figure 8).
   */
  outcome?: ToolCallOutcome;
  /** With no outcome yet: the run this App is for (its widget state's key), and why the call failed when it did without an outcome. */
  runKey?: string;
  failed?: string;
  /** The server's tools: an App's call to one hidden from Apps is refused. */
  tools: readonly Tool[];
  /** Shows a record entry in the timeline; left out where the timeline is not the live record's (a recording's Replay diff). */
  onShowEntry?(seq: number): void;
  /** Once the App has a size, its stage is scrolled into view: its top to the top ("start", the Apps view), or just into view. */
  reveal?: "start" | "nearest";
  /** The view makes room for a desktop width the App asks for (the Apps view: app/globals.css data-wants-room). */
  roomy?: boolean;
}

/**
 * An App tool's UI: the App first, at the column's width and its content's height, then what it
 * asked of the model, the host emulation (a host profile and its settings), and every message it
 * exchanged.
 */
export function AppPanel({ tool, args, outcome, runKey, failed, tools, onShowEntry, reveal = "nearest", roomy = false }: AppPanelProps) {
  const uri = appResourceUriOf(tool) ?? "";
  const sandboxUrl = useSandboxUrl();
  // Each Reload App (and hot reload) reads the App's resource again from the server.
  const [reads, setReads] = useState(0);
  const [reloaded, setReloaded] = useState<Reloaded>();
  const resource = useAppResource(uri, reads);
  const gen = resource.status === "ok" ? resource.gen : 0;
  const { store, append: appendLog, link } = useAppLog(tools);
  // The App's own errors (lib/apps/app-errors.ts), of the document shown now: a new read is a new document.
  const [failure, setFailure] = useState<{ gen: number; error: AppError }>();
  const genRef = useRef(gen);
  useLayoutEffect(() => {
    genRef.current = gen;
  }, [gen]);
  // Loads the document shown now could not make (lib/apps/app-errors.ts `load`), named on the stage.
  const [loads, setLoads] = useState<{ doc: string; failures: AppError[] }>();
  const docRef = useRef("");
  const append = useCallback(
    (dir: AppDirection, message: unknown) => {
      appendLog(dir, message);
      const error = dir === "app->host" ? appErrorOf(message) : undefined;
      if (error && failsApp(error)) setFailure((f) => (f?.gen === genRef.current ? f : { gen: genRef.current, error }));
      if (error?.kind === "load") {
        const doc = docRef.current;
        setLoads((l) => ({ doc, failures: [...(l?.doc === doc ? l.failures : []), error].slice(0, 50) }));
      }
    },
    [appendLog],
  );
  const reload = useCallback((why: Reloaded["why"], seq?: number) => {
    setReads((r) => r + 1);
    setReloaded({ why, seq, at: Date.now() });
  }, []);
  const hot = useHotReload(uri, (seq) => reload("updated", seq));
  // One rendered App: the tool run that made it, and which mount (a remount is a new App with new ids).
  const [appId] = useState(() => `${tool.name}@${outcome?.requestSeq ?? runKey ?? "?"}.${Math.random().toString(36).slice(2, 8)}`);
  // ChatGPT keeps a widget's state per widget (one tool run), across its re-renders.
  const [widgetKey] = useState(() => `${tool.name}@${runKey ?? outcome?.requestSeq ?? appId}`);
  const [stopped, setStopped] = useState<AppStopped>();
  // The theme starts as the page's own: a host in dark mode tells its Apps so, and a light App on a
  // dark page read as a broken one (the seventh walk). The form changes it from there.
  const [emu, setEmu] = useState<HostEmulation>(() => ({
    ...(isChatGptOnlyApp(tool) ? emulationOfProfile("chatgpt", DEFAULT_HOST_EMULATION) : DEFAULT_HOST_EMULATION),
    theme: currentColorScheme(),
  }));
  const profile = HOST_PROFILES[emu.profile];
  // The App's own height: its last size-changed, or its document's own report (also out of view).
  const [reportedHeight, setReportedHeight] = useState<number>();
  const [dropped, setDropped] = useState(0);
  const bridge = useRef<AppBridge | undefined>(undefined);
  // The App's own size-changed wins once it has sent one (an App may ask for a height other than its
  // content's); until then its document's report sizes it, which also comes while it is out of view.
  const appSized = useRef(false);
  const sized = useCallback((px: number) => {
    appSized.current = true;
    setReportedHeight(px);
  }, []);
  const h = useAppHandlers({ tool, args, outcome, failed, tools, emu, setEmu, bridge, widgetKey, link, setReportedHeight: sized });
  const onStopped = useCallback(
    (n: AppStopped) => {
      h.tearDown();
      setStopped(n);
    },
    [h],
  );
  // The CSP the App runs under: its own, or relaxed after one click (the origins it was refused allowed, this session).
  const ok = resource.status === "ok" ? resource : undefined;
  const policy = useCspRelax(uri, ok?.meta.csp, ok?.csp ?? "", `${gen}:${profile.openai}`);
  useLayoutEffect(() => {
    docRef.current = policy.key;
  }, [policy.key]);
  const onViolation = policy.onViolation;
  const extra = useMemo(
    () => ({
      size: (px: number) => void (appSized.current || setReportedHeight(px)),
      dropped: (n: number) => setDropped(n),
      csp: onViolation,
    }),
    [onViolation],
  );
  const { tap, relayed } = useAppRecorder(appId, tool.name, append, onStopped, extra);
  const { setRelay } = h;
  useEffect(() => setRelay(relayed), [setRelay, relayed]);
  const negotiated = useSessionState()?.negotiated;
  const server = visible(stringOr(negotiated?.serverInfo.title) ?? stringOr(negotiated?.serverInfo.name) ?? "(unnamed)");
  const appName = visible(tool.title ?? tool.name);
  // ChatGPT's status line for the call: "invoking" while it runs, "invoked" once it ran.
  const invocation = toolInvocationTextsOf(tool);
  const invocationText = outcome !== undefined || failed !== undefined ? invocation.invoked : invocation.invoking;

  const fitRef = useRef<HTMLDivElement>(null);
  const column = useColumnWidth(fitRef);
  const [frameBox, setFrameBox] = useState<HTMLDivElement | null>(null);
  const screen = useBoxSize(frameBox, emu.displayMode === "fullscreen");
  const toolInfo = useMemo(() => ({ id: outcome?.requestSeq, tool }), [outcome?.requestSeq, tool]);
  const hostContext = useMemo(() => hostContextOf(emu, toolInfo, column, screen), [emu, toolInfo, column, screen]);
  const frame = frameSizeOf(emu, reportedHeight, column);
  const fit = emu.displayMode === "inline" ? fitOf(frame.width, column) : { scale: 1 };

  // ChatGPT: window.openai, written into the App's document with this render's globals (a new
  // render, Reload App, starts from the widget state kept for this App).
  const html = useMemo(
    () => {
      if (resource.status !== "ok") return undefined;
      if (!profile.openai) return policy.csp === resource.csp ? resource.html : wrapAppHtml(resource.source, policy.csp, "", uri);
      // ChatGPT hands a widget its toolOutput when its first script runs: it waits for the result.
      if (!outcome && !failed) return undefined;
      const globals = openAiGlobalsOf(args, outcome?.result, hostContext, widgetStates.get(widgetKey));
      return wrapAppHtml(resource.source, policy.csp, openAiShim(globals), uri);
    },
    // A new read (Reload App, hot reload) is a new `resource`: the App renders again, with the widget state kept since.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- later host contexts reach the App as host-context-changed, not a new document
    [resource, profile.openai, args, outcome?.result, failed, widgetKey, policy.csp],
  );
  // The App's own HTML, whose lines its error reports name: an inline script's map is read from it.
  const source = ok?.source;
  const appDoc = useMemo(() => (source === undefined ? undefined : { uri, html: source }), [uri, source]);
  const frameDomains = frameSourcesOf(policy.effective?.frameDomains);
  const src = sandboxUrl && proxyUrlFor(sandboxUrl, frameDomains);

  // Once the App has a size, bring it into view: it is what the person ran. An App that has one
  // before its call settles (its proxy was loaded ahead of Run) is brought into view again when
  // the result comes, once, and only when the result moved it (in the Tools tab the result renders
  // above the App and pushes it down). Never once the person has scrolled, pressed a key or a
  // button since Run: a page that jumps as they reach for Reload App or the App itself sends their
  // click somewhere else (issue 76: a Reload App click lost into the App's frame). The stage's
  // data-revealed says when no reveal is left to come.
  const stageRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLElement>(null);
  const revealed = useRef<"no" | "early" | "done">("no");
  const placed = useRef(0);
  const touched = useRef(false);
  useEffect(() => {
    const touch = () => void (touched.current = true);
    const events = ["wheel", "keydown", "pointerdown", "touchstart"] as const;
    for (const e of events) window.addEventListener(e, touch, { capture: true, passive: true });
    return () => events.forEach((e) => window.removeEventListener(e, touch, { capture: true }));
  }, []);
  const settled = outcome !== undefined || failed !== undefined;
  useEffect(() => {
    const el = stageRef.current;
    if (revealed.current === "done" || (revealed.current === "early" && !settled) || reportedHeight === undefined || !el) return;
    const again = revealed.current === "early";
    revealed.current = settled ? "done" : "early";
    el.dataset.revealed = revealed.current;
    if (touched.current || (again && Math.abs(contentTopOf(el) - placed.current) < 1)) return;
    const tall = el.getBoundingClientRect().height > window.innerHeight * 0.8;
    revealWhole(el, reveal === "start" || tall ? "start" : "nearest", headRef.current ?? undefined);
    placed.current = contentTopOf(el);
  }, [reportedHeight, reveal, settled]);

  const prompts = (h.linkAsk || h.modeAsk || h.openaiAsk) && (
    <>
      {h.openaiAsk && <OpenAiAskPrompt key={h.openaiAsk.n} ask={h.openaiAsk} />}
      {h.linkAsk && <LinkConfirm key={h.linkAsk.url} url={h.linkAsk.url} onAnswer={h.linkAsk.answer} />}
      {h.modeAsk && <DisplayModeConfirm key={h.modeAsk.mode} ask={h.modeAsk} app={appName} server={server} />}
    </>
  );
  const cspNotice = policy.relaxed ? (
    <AppCspRelaxed origins={policy.relaxed} more={policy.blocked} onAllow={policy.relax} onStrict={policy.strict} />
  ) : policy.blocked.length > 0 && ok ? (
    <AppCspBlocked
      loads={policy.blocked}
      declared={ok.meta.csp !== undefined}
      openai={profile.openai}
      onRelax={() => policy.relax(policy.blocked)}
    />
  ) : undefined;
  let staged = false;
  let body: React.ReactNode;
  if (stopped?.why === "flood")
    body = (
      <p className="app-navigated" role="alert" data-testid="app-flooded">
        {`The App posted more than ${FLOOD_DROPS.toLocaleString("en-US")} messages within ${FLOOD_WINDOW_MS / 1000} seconds beyond what the host relays ` +
          `(${stopped.dropped.toLocaleString("en-US")} dropped), so the inspector stopped it: a flood like this freezes a host. ` +
          "Run the tool again to start it anew."}
      </p>
    );
  else if (stopped)
    body = (
      <p className="app-navigated" role="alert" data-testid="app-navigated">
        The App navigated its own frame to a document the inspector did not give it, so the inspector tore it down: nothing that document
        sends reaches the server.
      </p>
    );
  else if (sandboxUrl === undefined || resource.status === "loading" || (resource.status === "ok" && html === undefined))
    body = <p className="muted">Loading the App…</p>;
  else if (!sandboxUrl || !src) body = <p className="form-error">This inspector runs no App sandbox, so the App cannot render.</p>;
  else if (resource.status === "error") body = <p className="form-error">The App UI could not be read: {visible(resource.message)}</p>;
  else {
    staged = true;
    body = (
      <AppStage
        mode={emu.displayMode}
        theme={emu.theme}
        app={appName}
        server={server}
        prompts={prompts}
        overflow={fit.overflow && { ...fit.overflow, scale: fit.scale }}
        notice={
          <>
            {cspNotice}
            <AppLoadFailed
              failures={loads?.doc === policy.key ? loads.failures : NO_FAILURES}
              refused={policy.refused}
              named={policy.named}
            />
          </>
        }
        onInline={() => setEmu((e) => ({ ...e, displayMode: "inline" }))}
      >
        <AppFrame
          // A new document for a new profile too: window.openai is written into the App's document.
          key={policy.key}
          sandboxUrl={src}
          html={html!}
          permissions={resource.meta.permissions}
          hostContext={hostContext}
          handlers={h.handlers}
          tap={tap}
          capabilities={profile.capabilities}
          onBridge={(b) => (bridge.current = b)}
          width={frame.width}
          height={frame.height}
          scale={fit.scale}
          boxRef={setFrameBox}
          liveBeforeHandshake={profile.openai}
        />
      </AppStage>
    );
  }

  return (
    <section
      className="app-panel"
      aria-label={`App of ${tool.name}`}
      data-testid="app-panel"
      data-profile={emu.profile}
      // The page's layout gives the view a desktop window's room while this is set (app/globals.css).
      data-wants-room={(roomy && wantsDesktopRoom(emu)) || undefined}
    >
      <header ref={headRef} className="app-panel-head">
        <h4>
          {appName} <span className="muted small">as {profile.label} shows it</span>
          {policy.relaxed && (
            <span className="badge badge-relaxed" title="The App runs with origins its server does not declare (this session)">
              {policy.relaxed.length > 1 ? `CSP relaxed: ${policy.relaxed.length} origins` : "CSP relaxed"}
            </span>
          )}
        </h4>
        <span className="app-panel-tools">
          <code className="muted small">{visible(uri)}</code>
          {staged && (
            <button
              type="button"
              className="btn-small"
              onClick={() => reload("button")}
              title="Read the App's resource from the server again and render it anew (the widget state is kept)"
            >
              Reload App
            </button>
          )}
          {staged && hot.available && (
            <label
              className="check small"
              title="Subscribe to the App's resource: when the server says it changed, the App is read again and rendered anew"
            >
              <input type="checkbox" checked={hot.on} disabled={hot.busy} onChange={hot.toggle} /> Hot reload
            </label>
          )}
          {hot.error && <span className="form-error small">{visible(hot.error)}</span>}
        </span>
      </header>
      {profile.openai && invocationText && (
        <p className="muted app-invocation" role="status" data-testid="app-invocation">
          {visible(invocationText)}
        </p>
      )}
      <div ref={fitRef} className="app-stage-fit">
        {reloaded && <AppReloaded reloaded={reloaded} uri={uri} />}
        {failure?.gen === gen && <AppFailed error={failure.error} allow={policy.effective?.resourceDomains ?? NO_ORIGINS} doc={appDoc} />}
        {!staged && prompts}
        <div
          ref={stageRef}
          data-testid="app-reveal"
          className={resource.status === "ok" && resource.meta.prefersBorder ? "app-reveal app-bordered" : "app-reveal"}
        >
          {body}
        </div>
      </div>
      {h.modal && staged && src && (
        <AppModal
          key={h.modal.n}
          modal={h.modal}
          uri={uri}
          tool={tool}
          tools={tools}
          appId={appId}
          args={args}
          result={outcome?.result}
          widgetKey={widgetKey}
          hostContext={hostContext}
          capabilities={profile.capabilities}
          sandboxUrl={sandboxUrl}
          handlers={h.handlers}
          width={frame.width}
          onShowEntry={onShowEntry}
          onClose={h.closeModal}
        />
      )}
      <ModelAsks asks={h.asks} />
      <OpenAiNotices notices={h.notices} />
      {h.widgetState !== undefined && (
        <details className="app-widget-state" data-testid="app-widget-state">
          <summary>Widget state (kept for this App, as ChatGPT does)</summary>
          <pre>{inertJson(JSON.stringify(h.widgetState, null, 2) ?? "null")}</pre>
        </details>
      )}
      <HostEmulationForm value={emu} onChange={setEmu} column={column} />
      {resource.status !== "loading" && <AppHostVerdicts tool={tool} uri={uri} read={resource.read} />}
      {resource.status === "ok" && (
        <details className="app-csp">
          <summary>{policy.relaxed ? "CSP (relaxed: not the server's)" : "CSP"}</summary>
          <code>{policy.csp}</code>
          {resource.meta.domain !== undefined && <p data-testid="app-widget-domain">Widget domain: {visible(resource.meta.domain)}</p>}
        </details>
      )}
      {resource.status !== "loading" && resource.findings.length > 0 && (
        <ul className="app-findings" aria-label="App resource lint">
          {resource.findings.map((f, i) => (
            <li key={i} className={`app-finding app-finding-${f.severity}`} data-rule={f.rule}>
              <strong>{f.rule}</strong> {visible(f.message)}
            </li>
          ))}
        </ul>
      )}
      <AppMessageLog store={store} onShowEntry={onShowEntry} dropped={dropped} />
    </section>
  );
}
