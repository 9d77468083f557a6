"use client";
import { argsTemplateOf } from "../../lib/protocol/sample-args";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { ArgsModeSwitch, type ArgsMode } from "./args-mode-switch";
import { MetaField } from "../../components/meta-field";
import { ProgressBar } from "./progress-bar";
import { RawArgsPanel } from "./raw-args-panel";
import { ToolArgsForm } from "./tool-args-form";
import { ToolHeader } from "./tool-header";
import { ToolResultView } from "../../components/tool-result-view";
import { useCallTool, useSessionState } from "../../client/hooks";
import { parseJsonObject } from "../../components/json-object";
import type { Tool } from "../../lib/protocol/shapes";
import { sendRequest, serverCaps, useFeed } from "../../client/protocol-hooks";
import { useSession } from "../../client/session-context";
import { pruneArgs } from "../../components/schema-form/schema-args";
import { LoadPanel } from "../load/load-panel";
import { checkArgs, checkRawArgs, type ArgsProblem } from "./args-validation";
import { toolDrafts } from "./tool-drafts";
import { TaskItemContainer } from "../tasks/task-item-container";
import { AppPanel } from "../apps/app-panel";
import { prefetchAppResource } from "../apps/app-prefetch";
import { sandboxUrl } from "../apps/use-sandbox-url";
import { AppStandby } from "../apps/app-standby";
import { appResourceUriOf } from "../../lib/apps/app-meta";
import { asRecord, stringOr } from "../../lib/json/shape";
import { SaveAsTestButton } from "../collections/save-as-test-button";
import { shownName, shownProse } from "../../components/shown-text";

const EMPTY_OBJECT_SCHEMA = { type: "object" };

/** One tool: arguments as a form or raw JSON, optional _meta, run it (or run it as a task), progress and cancel, the result with its verdict. */
export function ToolRunner({ tool, tools = [], onShowEntry }: { tool: Tool; tools?: readonly Tool[]; onShowEntry(seq: number): void }) {
  const { call, cancel, inflight, preview } = useCallTool();
  const state = useSessionState();
  const { feed } = useFeed();
  const session = useSession();
  const readResource = (uri: string) => sendRequest(session, { method: "resources/read", params: { uri } }).then((o) => o.result);
  const schema = useMemo(
    () => (tool.inputSchema && typeof tool.inputSchema === "object" ? tool.inputSchema : EMPTY_OBJECT_SCHEMA),
    [tool.inputSchema],
  );
  // A form filled before, for this tool, comes back (switching tools keeps what was typed).
  const [draft] = useState(() => toolDrafts.get(tool.name));
  const [mode, setMode] = useState<ArgsMode>(draft?.mode ?? "form");
  const [formValue, setFormValue] = useState<Record<string, unknown>>(draft?.formValue ?? {});
  const [jsonText, setJsonText] = useState(() => draft?.jsonText ?? argsTemplateOf(schema));
  const [modeProblem, setModeProblem] = useState<string>();
  const [metaText, setMetaText] = useState(draft?.metaText ?? "");
  useEffect(() => toolDrafts.set(tool.name, { mode, formValue, jsonText, metaText }), [tool.name, mode, formValue, jsonText, metaText]);
  // The arguments of the last run: an App is told what it was called with.
  const [ranWith, setRanWith] = useState<Record<string, unknown>>({});
  // Which Run this is: an App tool's App mounts at Run (its page, sandbox and handshake beside the
  // call, as hosts do) and gets the result when it comes (issue 50, figure 8).
  const [runNo, setRunNo] = useState(0);
  const taskSupport = tool.execution?.taskSupport;
  const serverTasks = asRecord(asRecord(asRecord(serverCaps(state)?.tasks).requests).tools).call !== undefined;
  const [asTaskChoice, setAsTask] = useState(false);
  const asTask = taskSupport === "required" || (taskSupport === "optional" && asTaskChoice);
  const run = (args: Record<string, unknown>) => {
    const meta = parseJsonObject(metaText, "_meta", true);
    if (!meta.ok) return setModeProblem(meta.message);
    setModeProblem(undefined);
    setRanWith(args);
    setRunNo((n) => n + 1);
    // An App tool: its UI resource and the sandbox's address are asked for beside the call, not after it.
    const appUri = appResourceUriOf(tool);
    if (appUri) {
      prefetchAppResource(session, appUri);
      void sandboxUrl();
    }
    call.mutate({ name: tool.name, arguments: args, ...(meta.value ? { meta: meta.value } : {}), ...(asTask ? { task: {} } : {}) });
  };

  // The form gets one submit function for its life (it is memoized); the run it calls is this render's.
  const runNow = useRef(run);
  useLayoutEffect(() => {
    runNow.current = run;
  });
  const submitForm = useCallback((args: Record<string, unknown>) => runNow.current(args), []);

  const switchMode = (next: ArgsMode) => {
    if (next === mode) return;
    if (next === "json") {
      setJsonText(JSON.stringify(pruneArgs(formValue, schema), null, 2));
      setModeProblem(undefined);
      return setMode(next);
    }
    try {
      const v = JSON.parse(jsonText);
      if (typeof v !== "object" || v === null || Array.isArray(v)) throw new Error("the arguments are not a JSON object");
      setFormValue(v);
      setModeProblem(undefined);
      setMode(next);
    } catch (e) {
      setModeProblem(`Cannot switch to the form: ${(e as Error).message}`);
    }
  };

  // Stacked under the list (a narrow pane), a picked tool's form starts below the fold: bring it up.
  // Beside the list it is already in view, and nothing moves.
  const articleRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = articleRef.current;
    if (el && el.getBoundingClientRect().top > window.innerHeight * 0.6) el.scrollIntoView?.({ block: "start", behavior: "smooth" });
  }, []);

  // A result that lands below the fold is brought into view (nothing moves when it is visible).
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (call.data || call.error || preview) resultRef.current?.scrollIntoView?.({ block: "nearest", behavior: "smooth" });
  }, [call.data, call.error, preview]);

  // Re-render when lint reaches the response: its findings decide "protocol violation" over "success".
  // Only a change of this response's findings counts (lint steps through every entry of a flood).
  const responseSeq = call.data?.responseSeq;
  const findingsCount = () => (responseSeq === undefined ? 0 : session.lint.findingsOf(responseSeq).length);
  useSyncExternalStore(session.lint.subscribe, findingsCount, findingsCount);

  // This call's own progress: notifications with the token its `accepted` event named.
  const progress = call.isPending ? feed.progressOf(inflight?.accepted) : undefined;
  const created = asRecord(asRecord(call.data?.result).task);
  const createdId = stringOr(created.taskId);

  return (
    <article ref={articleRef} className="tool-runner" aria-labelledby="tool-title">
      <ToolHeader tool={tool} />
      <ArgsModeSwitch mode={mode} onChange={switchMode} />
      {modeProblem && (
        <p className="form-error" role="alert">
          {modeProblem}
        </p>
      )}
      <div className="run-options">
        <MetaField text={metaText} onChange={setMetaText} />
        {(taskSupport === "optional" || taskSupport === "required") && (
          <label className="check" title={serverTasks ? undefined : "The server did not advertise tasks.requests.tools.call"}>
            <input type="checkbox" checked={asTask} disabled={taskSupport === "required"} onChange={(e) => setAsTask(e.target.checked)} />{" "}
            Run as a task
            {taskSupport === "required" && <span className="muted small"> (this tool requires it)</span>}
          </label>
        )}
      </div>
      {mode === "form" ? (
        <ToolArgsForm
          schema={schema}
          value={formValue}
          onChange={setFormValue}
          onSubmit={submitForm}
          busy={call.isPending}
          idPrefix={`args-${tool.name}`}
        />
      ) : (
        <RawArgsPanel toolName={tool.name} schema={schema} text={jsonText} onChange={setJsonText} onRun={run} busy={call.isPending} />
      )}
      {call.isPending && !preview && (
        <div className="running" role="status">
          <p>
            Calling {shownName(tool.name)}…{" "}
            <button type="button" className="btn-small" onClick={cancel}>
              Cancel
            </button>
          </p>
          {progress && (
            <ProgressBar
              progress={progress.progress}
              total={progress.total}
              message={progress.message}
              label={`Progress of ${shownName(tool.name)}`}
            />
          )}
        </div>
      )}
      <div ref={resultRef} className="tool-outcome">
        {call.error && (
          <p className="form-error" role="alert">
            The call did not complete: {shownProse(call.error.message)}
          </p>
        )}
        {call.data && !call.isPending && createdId && (
          <TaskItemContainer
            state={state}
            task={
              feed.tasks.get(createdId) ?? {
                taskId: createdId,
                status: String(created.status ?? "working"),
                tool: tool.name,
                seq: call.data.responseSeq ?? 0,
              }
            }
            onShowEntry={onShowEntry}
          />
        )}
        {/* A big result: its start while the whole of it is still arriving (the same view, without Copy). */}
        {preview && <ToolResultView outcome={preview} arriving hasOutputSchema={!!tool.outputSchema} onShowEntry={onShowEntry} />}
        {call.data && !call.isPending && !createdId && (
          <ToolResultView
            outcome={call.data}
            hasOutputSchema={!!tool.outputSchema}
            onShowEntry={onShowEntry}
            readResource={readResource}
            findings={call.data.responseSeq !== undefined ? session.lint.findingsOf(call.data.responseSeq) : undefined}
          />
        )}
        {call.data && !call.isPending && !createdId && <SaveAsTestButton requestSeq={call.data.requestSeq} defaultName={tool.name} />}
        {/* Not for a run as a task: its App waits for the task's result, as before. */}
        {runNo > 0 && !asTask && !createdId && appResourceUriOf(tool) && (
          <AppPanel
            key={`run-${runNo}`}
            tool={tool}
            args={ranWith}
            outcome={call.isPending ? undefined : call.data}
            runKey={`run-${runNo}`}
            failed={call.isPending ? undefined : call.error?.message}
            tools={tools}
            onShowEntry={onShowEntry}
          />
        )}
      </div>
      {/* An App tool: the proxy frame its App will run in loads while the person fills the form. */}
      {appResourceUriOf(tool) && <AppStandby />}
      <LoadPanel key={tool.name} toolName={tool.name} {...loadArgs(mode, formValue, schema, jsonText)} />
    </article>
  );
}

/**
 * The arguments a load run calls the tool with: what Run would send now (the form's, or the
 * JSON's when it parses), and what is wrong with them against the inputSchema, as Run checks,
 * checked when the run starts (compiling a 2 MB schema's validator took seconds; issue 91).
 */
function loadArgs(
  mode: ArgsMode,
  formValue: Record<string, unknown>,
  schema: object,
  jsonText: string,
): { args: Record<string, unknown>; argProblems: () => ArgsProblem[] } {
  if (mode === "json") {
    const parsed = parseJsonObject(jsonText, "arguments", false);
    return { args: parsed.ok ? (parsed.value ?? {}) : {}, argProblems: () => checkRawArgs(jsonText, schema).problems };
  }
  const args = (pruneArgs(formValue, schema) ?? {}) as Record<string, unknown>;
  return { args, argProblems: () => checkArgs(args, schema).problems };
}
