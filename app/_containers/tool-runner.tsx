"use client";
import { useMemo, useState } from "react";
import { ArgsModeSwitch, type ArgsMode } from "../../components/args-mode-switch";
import { RawArgsPanel } from "../../components/raw-args-panel";
import { ToolArgsForm } from "../../components/tool-args-form";
import { ToolHeader } from "../../components/tool-header";
import { ToolResultView } from "../../components/tool-result-view";
import { useCallTool } from "../../page-lib/hooks";
import type { Tool } from "../../page-lib/mcp-shapes";
import { pruneArgs } from "../../page-lib/schema-args";

const EMPTY_OBJECT_SCHEMA = { type: "object" };

/** One tool: arguments as a form or raw JSON, run it, show the result with its verdict. */
export function ToolRunner({ tool, onShowEntry }: { tool: Tool; onShowEntry(seq: number): void }) {
  const { call, cancel } = useCallTool();
  const schema = useMemo(() => (tool.inputSchema && typeof tool.inputSchema === "object" ? tool.inputSchema : EMPTY_OBJECT_SCHEMA), [tool.inputSchema]);
  const [mode, setMode] = useState<ArgsMode>("form");
  const [formValue, setFormValue] = useState<Record<string, unknown>>({});
  const [jsonText, setJsonText] = useState("{}");
  const [modeProblem, setModeProblem] = useState<string>();
  const run = (args: Record<string, unknown>) => call.mutate({ name: tool.name, arguments: args });

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

  return (
    <article className="tool-runner" aria-labelledby="tool-title">
      <ToolHeader tool={tool} />
      <ArgsModeSwitch mode={mode} onChange={switchMode} />
      {modeProblem && (
        <p className="form-error" role="alert">
          {modeProblem}
        </p>
      )}
      {mode === "form" ? (
        <ToolArgsForm schema={schema} value={formValue} onChange={setFormValue} onSubmit={run} busy={call.isPending} idPrefix={`args-${tool.name}`} />
      ) : (
        <RawArgsPanel toolName={tool.name} schema={schema} text={jsonText} onChange={setJsonText} onRun={run} busy={call.isPending} />
      )}
      {call.isPending && (
        <p className="running" role="status">
          Calling {tool.name}…{" "}
          <button type="button" className="btn-small" onClick={cancel}>
            Cancel
          </button>
        </p>
      )}
      {call.error && (
        <p className="form-error" role="alert">
          The call did not complete: {call.error.message}
        </p>
      )}
      {call.data && !call.isPending && <ToolResultView outcome={call.data} hasOutputSchema={!!tool.outputSchema} onShowEntry={onShowEntry} />}
    </article>
  );
}
