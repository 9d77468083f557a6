"use client";
import { useMemo } from "react";
import { checkRawArgs } from "./args-validation";
import { CodeEditor } from "../../components/code-editor";
import { shownName } from "../../components/shown-text";

export interface RawArgsPanelProps {
  toolName: string;
  schema: object;
  text: string;
  onChange(text: string): void;
  onRun(args: Record<string, unknown>): void;
  busy: boolean;
}

/**
 * Arguments as JSON in Monaco, validated against the inputSchema as you type (with
 * completion from it). Invalid arguments can still be sent on purpose: this is a test tool.
 */
export function RawArgsPanel({ toolName, schema, text, onChange, onRun, busy }: RawArgsPanelProps) {
  const check = useMemo(() => checkRawArgs(text, schema), [text, schema]);
  const invalid = check.problems.length > 0;
  // Ctrl/Cmd+Enter runs valid arguments only: sending broken ones stays a deliberate click.
  const run = () => {
    if (!busy && !invalid && check.value) onRun(check.value);
  };
  return (
    <div className="raw-args">
      <CodeEditor
        value={text}
        onChange={onChange}
        schema={schema}
        modelUri={`inmemory://tools/${encodeURIComponent(toolName)}/arguments.json`}
        ariaLabel={`Arguments for ${toolName} as JSON`}
        height={220}
        onSubmit={run}
      />
      {invalid && (
        <ul className="problems" aria-label="Problems with the arguments">
          {check.problems.map((p, i) => (
            <li key={i}>
              <code>{shownName(p.path || "/")}</code> {shownName(p.message)}
            </li>
          ))}
        </ul>
      )}
      <div className="form-actions">
        <button type="button" className="btn-primary" disabled={busy || invalid} onClick={run} title="Ctrl+Enter (⌘+Enter) in the editor">
          {busy ? "Running…" : "Run tool"}
        </button>
        {invalid && check.value && (
          <button
            type="button"
            disabled={busy}
            onClick={() => onRun(check.value!)}
            title="Send these arguments even though they break the inputSchema"
          >
            Send anyway
          </button>
        )}
      </div>
    </div>
  );
}
