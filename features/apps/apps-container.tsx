"use client";
import "./apps.css";
import { useState } from "react";
import { EmptyState } from "../../components/empty-state";
import type { SessionState } from "../../lib/session/state";
import { useCallTool, useTools } from "../../client/hooks";
import { parseJsonObject } from "../../components/json-object";
import { appResourceUriOf, visibilityOf } from "../../lib/apps/app-meta";
import { AppPanel } from "./app-panel";

/**
 * The Apps view: every tool that ships an App UI, with its `ui://` resource and visibility; run
 * one with JSON arguments and its App renders below (as in the Tools tab).
 */
export function AppsContainer({ state, onShowEntry }: { state?: SessionState; onShowEntry(seq: number): void }) {
  const tools = useTools(state);
  const { call } = useCallTool();
  const [selected, setSelected] = useState<string>();
  const [argsText, setArgsText] = useState("{}");
  const [ran, setRan] = useState<{ name: string; args: Record<string, unknown> }>();
  const [problem, setProblem] = useState<string>();
  if (state?.status !== "connected") return <EmptyState title="Not connected" text="Connect to a server to see its Apps." />;
  // Not "No Apps" before tools/list has answered: that flashed on every connect, and the Playwright
  // fixture, which waits for the list or that state, read it as the server's answer (CI, under load).
  if (!tools.data) {
    return tools.error ? (
      <EmptyState title="No tool list" text={`tools/list failed: ${tools.error.message}`} />
    ) : (
      <EmptyState title="Listing tools…" text="Waiting for the server's tools/list." />
    );
  }
  const list = tools.data.pages.flatMap((p) => p.tools);
  const apps = list.filter((t) => appResourceUriOf(t));
  if (!apps.length) return <EmptyState title="No Apps" text="No tool of this server names a ui:// resource in _meta.ui.resourceUri." />;
  const tool = apps.find((t) => t.name === selected);
  const run = () => {
    const parsed = parseJsonObject(argsText, "arguments", false);
    if (!parsed.ok) return setProblem(parsed.message);
    setProblem(undefined);
    const args = parsed.value ?? {};
    setRan({ name: tool!.name, args });
    call.mutate({ name: tool!.name, arguments: args });
  };
  return (
    <div className="apps-view">
      <ul className="apps-list" aria-label="App tools">
        {apps.map((t) => (
          <li key={t.name}>
            <button type="button" className="btn-small" aria-pressed={t.name === selected} onClick={() => setSelected(t.name)}>
              {t.title ?? t.name}
            </button>
            <code className="small">{appResourceUriOf(t)}</code>
            <span className="muted small">visible to {visibilityOf(t).join(" and ") || "nobody"}</span>
          </li>
        ))}
      </ul>
      {tool && (
        <div>
          <label className="block">
            Arguments of {tool.name} (JSON)
            <textarea rows={3} value={argsText} onChange={(e) => setArgsText(e.target.value)} />
          </label>
          {problem && <p className="form-error">{problem}</p>}
          <button type="button" className="btn-primary" onClick={run} disabled={call.isPending}>
            {call.isPending ? "Running…" : `Run ${tool.name}`}
          </button>
          {call.error && <p className="form-error">The call did not complete: {call.error.message}</p>}
          {call.data && !call.isPending && ran?.name === tool.name && (
            <AppPanel key={call.data.requestSeq} tool={tool} args={ran.args} outcome={call.data} tools={list} onShowEntry={onShowEntry} />
          )}
        </div>
      )}
    </div>
  );
}
