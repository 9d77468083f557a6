"use client";
import "./apps.css";
import { useMemo, useRef, useState } from "react";
import type { AppBridge } from "@modelcontextprotocol/ext-apps/app-bridge";
import type { Tool } from "../../lib/protocol/shapes";
import type { ToolCallOutcome } from "../../lib/wire/outcomes";
import { useSession } from "../../client/session-context";
import { sendRequest } from "../../client/protocol-hooks";
import { appResourceUriOf, appToolCallRefusal } from "../../lib/apps/app-meta";
import { lintAppMessages } from "../../lib/apps/app-lint";
import { openableUrl } from "../../lib/apps/open-link";
import { DEFAULT_HOST_EMULATION, hostContextOf, type HostEmulation } from "../../lib/apps/host-emulation";
import { AppFrame } from "./app-frame";
import type { AppHostHandlers } from "./app-host";
import { AppMessageLog } from "./app-message-log";
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
  const { log, links, append, link } = useAppLog();
  // One rendered App: the tool run that made it, and which mount (a remount is a new App with new ids).
  const [appId] = useState(() => `${tool.name}@${outcome.requestSeq ?? "?"}.${Math.random().toString(36).slice(2, 8)}`);
  const { tap, relayed } = useAppRecorder(appId, tool.name, append);
  const [emu, setEmu] = useState<HostEmulation>(DEFAULT_HOST_EMULATION);
  const [height, setHeight] = useState(320);
  const [asks, setAsks] = useState<ModelAsk[]>([]);
  const [linkAsk, setLinkAsk] = useState<{ url: string; answer(open: boolean): void }>();
  const bridge = useRef<AppBridge | undefined>(undefined);
  const toolInfo = useMemo(() => ({ id: outcome.requestSeq, tool }), [outcome.requestSeq, tool]);
  const hostContext = useMemo(() => hostContextOf(emu, toolInfo), [emu, toolInfo]);
  const findings = useMemo(
    () => [...(resource.status === "loading" ? [] : resource.findings), ...lintAppMessages(log, tools)],
    [resource, log, tools],
  );

  const ask = (kind: ModelAsk["kind"], params: Record<string, unknown>) => setAsks((a) => [...a, { n: a.length + 1, kind, params }]);
  const handlers: AppHostHandlers = {
    async callTool(params, requestId) {
      const refusal = appToolCallRefusal(tools, params.name);
      if (refusal) throw new Error(`The inspector refused this call: ${refusal}`);
      const out = await session.command({ type: "call-tool", name: params.name, arguments: params.arguments ?? {} });
      link(requestId, out.requestSeq);
      relayed(requestId, out.requestSeq);
      if (out.error) throw new Error(out.error.message);
      return (out.result ?? {}) as Record<string, unknown>;
    },
    async readResource(params, requestId) {
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
      return new Promise<boolean>((resolve) =>
        setLinkAsk({
          url: safe,
          answer(open) {
            setLinkAsk(undefined);
            if (open) window.open(safe, "_blank", "noopener,noreferrer");
            resolve(open);
          },
        }),
      );
    },
    displayMode(mode) {
      const m = mode === "fullscreen" || mode === "pip" || mode === "inline" ? mode : emu.displayMode;
      setEmu((e) => ({ ...e, displayMode: m }));
      return m;
    },
    sizeChanged: (s) => typeof s.height === "number" && s.height > 0 && setHeight(Math.ceil(s.height)),
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
  const frameHeight = mode === "inline" ? Math.min(height, emu.height) : mode === "pip" ? 240 : emu.height;
  let body: React.ReactNode;
  if (sandboxUrl === undefined || resource.status === "loading") body = <p className="muted">Loading the App…</p>;
  else if (!sandboxUrl) body = <p className="form-error">This inspector runs no App sandbox, so the App cannot render.</p>;
  else if (resource.status === "error") body = <p className="form-error">The App UI could not be read: {resource.message}</p>;
  else
    body = (
      <div className={`app-stage app-mode-${mode}`} data-theme={emu.theme} data-testid="app-stage">
        {mode !== "inline" && (
          <button type="button" className="btn-small app-exit-mode" onClick={() => setEmu((e) => ({ ...e, displayMode: "inline" }))}>
            Back to inline
          </button>
        )}
        <AppFrame
          sandboxUrl={sandboxUrl}
          html={resource.html}
          permissions={resource.meta.permissions}
          hostContext={hostContext}
          handlers={handlers}
          tap={tap}
          onBridge={(b) => (bridge.current = b)}
          width={emu.width}
          height={frameHeight}
        />
      </div>
    );

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
      {linkAsk && <LinkConfirm url={linkAsk.url} onAnswer={linkAsk.answer} />}
      {body}
      <ModelAsks asks={asks} />
      <AppMessageLog log={log} links={links} findings={findings} onShowEntry={onShowEntry} />
    </section>
  );
}
