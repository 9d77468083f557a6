"use client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import type { AppBridge } from "@modelcontextprotocol/ext-apps/app-bridge";
import type { Tool } from "../../lib/protocol/shapes";
import { buildAppCsp, frameSourcesOf, wrapAppHtml } from "../../lib/apps/csp";
import { relaxedCsp } from "../../lib/apps/csp-blocked";
import { relaxedLoadsOf } from "./relaxed-csp";
import { openAiGlobalsOf, openAiShim } from "../../lib/apps/openai-shim";
import { inertJson, visible } from "../../lib/text/visible";
import type { AppHostHandlers } from "./app-host";
import { AppFrame } from "./app-frame";
import { AppMessageLog } from "./app-message-log";
import { proxyUrlFor } from "./proxy-standby";
import { useAppLog } from "./use-app-log";
import { useAppRecorder } from "./use-app-recorder";
import { useAppResource } from "./use-app-resource";
import { widgetStates } from "./widget-state";

/** A modal a ChatGPT widget opened with `window.openai.requestModal` (features/apps/use-app-handlers.ts). */
export interface OpenAiModal {
  n: number;
  title: string;
  params: unknown;
  /** The ui:// template to render in it; the widget's own when not given. */
  template?: string;
}

export interface AppModalProps {
  modal: OpenAiModal;
  /** The widget's template (rendered when the modal names none). */
  uri: string;
  tool: Tool;
  tools: readonly Tool[];
  /** The App this modal is of: its messages are recorded as `<appId>.modal<n>`. */
  appId: string;
  args: Record<string, unknown>;
  result: unknown;
  widgetKey: string;
  hostContext: Record<string, unknown>;
  capabilities?: Record<string, unknown>;
  sandboxUrl: string;
  /** The widget's own handlers: the copy's calls, uploads, widget state and links are the widget's. */
  handlers: AppHostHandlers;
  /** The widget's emulated width; the modal is narrower where the window is. */
  width: number;
  onShowEntry?(seq: number): void;
  onClose(): void;
}

const FIRST_HEIGHT = 240;

/**
 * ChatGPT's modal: the widget rendered again, over the page, in a sandbox frame of its own, with
 * `window.openai.view` `{ mode: "modal", params }`, the run's input and result and the widget
 * state kept for it. It closes with its Close button, Escape, or the copy's own requestClose;
 * closing tears the copy down (awaited, as any App's). Its messages are its own App's, in its log
 * and the timeline.
 */
export function AppModal(p: AppModalProps) {
  const { modal, onClose } = p;
  const uri = modal.template ?? p.uri;
  const resource = useAppResource(uri);
  // A widget shown relaxed (features/apps/use-csp-relax.ts) is relaxed in its modal too, and says so.
  const [relaxed] = useState(() => relaxedLoadsOf(uri));
  const ok = resource.status === "ok" ? resource : undefined;
  const policy = ok?.meta.csp;
  const effective = relaxed ? relaxedCsp(policy, relaxed) : policy;
  const { store, append } = useAppLog(p.tools);
  const [height, setHeight] = useState<number>();
  const bridge = useRef<AppBridge | undefined>(undefined);
  const latest = useRef(p);
  useEffect(() => {
    latest.current = p;
  });
  const stopped = useCallback(() => latest.current.onClose(), []);
  const extra = useMemo(() => ({ size: (px: number) => setHeight(px) }), []);
  const { tap } = useAppRecorder(`${p.appId}.modal${modal.n}`, p.tool.name, append, stopped, extra);

  // Read once per modal: later globals reach the copy as notifications, as they reach the widget.
  const html = useMemo(
    () => {
      if (resource.status !== "ok") return undefined;
      const globals = openAiGlobalsOf(p.args, p.result, p.hostContext, widgetStates.get(p.widgetKey), {
        mode: "modal",
        params: modal.params,
      });
      return wrapAppHtml(resource.source, relaxed ? buildAppCsp(effective) : resource.csp, openAiShim(globals), uri);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one document per modal and read
    [resource, modal],
  );
  const handlers = useMemo<AppHostHandlers>(
    () => ({
      // The widget's own handlers (refusals, the server round trip); its ids are the widget's, so the
      // copy's are not passed (they would link a widget's request of the same id to this call).
      callTool: (params) => latest.current.handlers.callTool(params, undefined),
      readResource: (params) => latest.current.handlers.readResource(params, undefined),
      message: (params) => latest.current.handlers.message(params),
      modelContext: (params) => latest.current.handlers.modelContext(params),
      openLink: (url) => latest.current.handlers.openLink(url),
      // The copy is already the modal: its own requestModal would open the same widget again,
      // which calls it again, without end (a widget that asks at its first script).
      openai: (method, params) =>
        method === "openai/requestModal"
          ? Promise.reject(Object.assign(new Error("requestModal: this widget is already in a modal"), { code: -32600 }))
          : latest.current.handlers.openai(method, params),
      // A modal is not inline, fullscreen or pip: the copy keeps the mode it has.
      displayMode: () => Promise.resolve(String(latest.current.hostContext.displayMode ?? "inline")),
      sizeChanged: (s) => void (typeof s.height === "number" && s.height > 0 && setHeight(s.height)),
      initialized() {
        const b = bridge.current;
        if (!b) return;
        void b.sendToolInput({ arguments: latest.current.args });
        if (latest.current.result !== undefined) void b.sendToolResult(latest.current.result as never);
      },
      teardownRequested: () => latest.current.onClose(),
    }),
    [],
  );
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), [modal.n]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && onClose();
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onClose]);

  const frameDomains = frameSourcesOf(effective?.frameDomains);
  const src = proxyUrlFor(p.sandboxUrl, frameDomains);
  // Over the page, within the window: at most 70 % of its height (the modal scrolls beyond), its width less a margin.
  const maxHeight = Math.max(FIRST_HEIGHT, Math.round(window.innerHeight * 0.7));
  const width = Math.max(200, Math.min(p.width, window.innerWidth - 48));
  // Over the whole page (a portal to the body): no stacking context of the panel clips or covers it.
  return createPortal(
    <div className="app-modal-backdrop" data-testid="openai-modal">
      <div className="app-modal" role="dialog" aria-modal="true" aria-label={visible(modal.title)}>
        <header className="app-modal-head">
          <h4>{visible(modal.title)}</h4>
          <span className="muted small">ChatGPT modal (requestModal): the widget again, view.mode &quot;modal&quot;</span>
          {relaxed && <span className="badge badge-relaxed">CSP relaxed</span>}
          <button ref={close} type="button" className="btn-small" onClick={onClose}>
            Close modal
          </button>
        </header>
        {resource.status === "loading" && <p className="muted">Loading the widget…</p>}
        {resource.status === "error" && (
          <p className="form-error">The modal&apos;s template could not be read: {visible(resource.message)}</p>
        )}
        {html !== undefined && (
          <AppFrame
            key={modal.n}
            sandboxUrl={src}
            html={html}
            permissions={resource.status === "ok" ? resource.meta.permissions : undefined}
            hostContext={p.hostContext}
            handlers={handlers}
            tap={tap}
            capabilities={p.capabilities}
            onBridge={(b) => (bridge.current = b)}
            width={width}
            height={Math.min(height ?? FIRST_HEIGHT, maxHeight)}
          />
        )}
        <details className="app-modal-params">
          <summary>Params</summary>
          <pre>{inertJson(JSON.stringify(modal.params, null, 2) ?? "null")}</pre>
        </details>
        <details className="app-modal-log">
          <summary>Messages of the modal&apos;s copy</summary>
          <AppMessageLog store={store} onShowEntry={p.onShowEntry} />
        </details>
      </div>
    </div>,
    document.body,
  );
}
