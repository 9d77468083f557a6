"use client";
import "./apps.css";
import { useState } from "react";
import { EmptyState } from "../../components/empty-state";
import type { SessionState } from "../../lib/session/state";
import { useCallTool, useTools } from "../../client/hooks";
import { useSession } from "../../client/session-context";
import { parseJsonObject } from "../../components/json-object";
import { appResourceUriOf, isChatGptOnlyApp, visibilityOf } from "../../lib/apps/app-meta";
import { visible } from "../../lib/text/visible";
import type { ToolCallOutcome } from "../../lib/wire/outcomes";
import { AppPanel } from "./app-panel";
import { AppStandby } from "./app-standby";
import { prefetchAppResource } from "./app-prefetch";
import { SandboxWarmup } from "./sandbox-warmup";
import { sandboxUrl } from "./use-sandbox-url";
import { argsTemplateOf } from "../../lib/protocol/sample-args";

/**
 * The Apps view: pick an App tool, give it its input, Run, and the App is what fills the view,
 * at the column's width, its top brought to the top (issue 50: it was a list above the tool's
 * result and the App below the fold). Every App tool is listed with its `ui://` resource and who may call it.
 */
export function AppsContainer({ state, onShowEntry }: { state?: SessionState; onShowEntry(seq: number): void }) {
  const tools = useTools(state);
  const session = useSession();
  const { call } = useCallTool();
  const [selected, setSelected] = useState<string>();
  const [argsText, setArgsText] = useState("{}");
  const [ran, setRan] = useState<{ name: string; args: Record<string, unknown>; key: number }>();
  // Each run's own outcome, by its key: the App of a run never gets another run's result.
  const [settled, setSettled] = useState<{ key: number; outcome?: ToolCallOutcome; failed?: string }>();
  const [problem, setProblem] = useState<string>();
  if (state?.status !== "connected") return <EmptyState title="Not connected" text="Connect to a server to see its Apps." />;
  // Not "No Apps" before tools/list has answered: that flashed on every connect, and the Playwright
  // fixture, which waits for the list or that state, read it as the server's answer (CI, under load).
  if (!tools.data) {
    return tools.error ? (
      <EmptyState title="No tool list" text={`tools/list failed: ${visible(tools.error.message)}`} />
    ) : (
      <EmptyState title="Listing tools…" text="Waiting for the server's tools/list." />
    );
  }
  const list = tools.data.pages.flatMap((p) => p.tools);
  const apps = list.filter((t) => appResourceUriOf(t));
  if (!apps.length)
    return (
      <EmptyState
        title="No Apps"
        text={`No tool of this server names a ui:// resource in _meta.ui.resourceUri (or ChatGPT's _meta["openai/outputTemplate"]).`}
      />
    );
  const tool = apps.find((t) => t.name === selected);
  const run = () => {
    const parsed = parseJsonObject(argsText, "arguments", false);
    if (!parsed.ok) return setProblem(parsed.message);
    start(tool!, parsed.value ?? {});
  };
  const start = (t: (typeof apps)[number], args: Record<string, unknown>) => {
    setProblem(undefined);
    const key = (ran?.key ?? 0) + 1;
    setRan({ name: t.name, args, key });
    // The App's page and the sandbox's address are asked for beside the call, not after it.
    prefetchAppResource(session, appResourceUriOf(t)!);
    void sandboxUrl();
    call.mutateAsync({ name: t.name, arguments: args }).then(
      (outcome) => setSettled({ key, outcome }),
      (e: Error) => setSettled({ key, failed: e.message }),
    );
  };
  return (
    <div className="apps-view">
      <ul className="apps-list" aria-label="App tools">
        {apps.map((t) => (
          <li key={t.name}>
            <button
              type="button"
              className="btn-small"
              aria-pressed={t.name === selected}
              onClick={() => {
                if (t.name !== selected) setArgsText(argsTemplateOf(t.inputSchema));
                setSelected(t.name);
                // What Run needs is asked for at the pick: the App's page and the sandbox's address.
                prefetchAppResource(session, appResourceUriOf(t)!);
                void sandboxUrl();
              }}
              title={`${visible(appResourceUriOf(t) ?? "")}, visible to ${visibilityOf(t).join(" and ") || "nobody"}`}
            >
              {visible(t.title ?? t.name)}
            </button>
            {/* One click for a tool that needs no input, as the official inspector: pick and Run at once. */}
            {!requiredOf(t).length && (
              <button
                type="button"
                className="btn-small apps-run-now"
                aria-label={`${t.name}: run now, no input needed`}
                title="Run it with no arguments"
                disabled={call.isPending}
                onClick={() => {
                  setSelected(t.name);
                  setArgsText("{}");
                  start(t, {});
                }}
              >
                ▶
              </button>
            )}
            {isChatGptOnlyApp(t) && <span className="badge badge-app">ChatGPT</span>}
          </li>
        ))}
      </ul>
      {!tool && <p className="muted small">Pick an App tool, give it its input and Run: its App shows here, as a host shows it.</p>}
      {tool && (
        <div className="apps-run">
          <label className="apps-args">
            Arguments of {visible(tool.name)} (JSON)
            <textarea
              rows={2}
              value={argsText}
              onChange={(e) => setArgsText(e.target.value)}
              onKeyDown={(e) => e.key === "Enter" && (e.ctrlKey || e.metaKey) && run()}
            />
          </label>
          <button type="button" className="btn-primary" onClick={run} disabled={call.isPending}>
            {call.isPending ? "Running…" : `Run ${tool.name}`}
          </button>
          <span className="muted small apps-uri">
            <code>{visible(appResourceUriOf(tool) ?? "")}</code> · visible to {visibilityOf(tool).join(" and ") || "nobody"}
          </span>
          {problem && <p className="form-error">{visible(problem)}</p>}
          {call.error && <p className="form-error">The call did not complete: {visible(call.error.message)}</p>}
        </div>
      )}
      {/* The sandbox's process is started once the Apps view lists an App, before any pick (figure 8:
          warmed at the pick, it was still starting when a quick Run came). */}
      <SandboxWarmup />
      {/* The proxy frame the App will run in, loaded while the person picks and fills its input. */}
      <AppStandby uri={tool && appResourceUriOf(tool)} />
      {/* The App mounts at Run and gets the result when it comes, as hosts do (issue 50, figure 8):
          its page, its sandbox frame and its handshake go beside the call, not after it. */}
      {tool && ran?.name === tool.name && (
        <AppPanel
          key={ran.key}
          tool={tool}
          args={ran.args}
          outcome={settled?.key === ran.key ? settled.outcome : undefined}
          runKey={`run-${ran.key}`}
          failed={settled?.key === ran.key ? settled.failed : undefined}
          tools={list}
          onShowEntry={onShowEntry}
          reveal="start"
          roomy
        />
      )}
    </div>
  );
}

/** The names an App tool's input schema requires. */
function requiredOf(t: { inputSchema?: unknown }): string[] {
  const schema = t.inputSchema;
  const required = typeof schema === "object" && schema !== null ? (schema as Record<string, unknown>).required : undefined;
  return Array.isArray(required) ? required.filter((r): r is string => typeof r === "string") : [];
}
