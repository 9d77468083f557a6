"use client";
import { useState } from "react";
import type { CollectionStepView, StepVerdict } from "../../lib/wire/collections";
import { StepVerdictView } from "./step-verdict-view";
import { StepParamsEditor } from "./step-params-editor";
import { FieldPicker } from "./field-picker";

export interface CollectionStepRowProps {
  file: string;
  step: CollectionStepView;
  verdict?: StepVerdict;
  running: boolean;
  canRun: boolean;
  saving: boolean;
  saveError?: string;
  onRun(): void;
  /** Resolves once saved (the editor then closes); rejects with the reason shown as saveError. */
  onSaveParams(params: Record<string, unknown>): Promise<unknown>;
  onAddExpectation(expectation: Record<string, unknown>): void;
  onShowEntry(seq: number): void;
}

const STATUS_BADGE = { passed: "badge-ok", failed: "badge-danger", skipped: "badge-off" } as const;

/** One step: what it sends and expects, Run with its verdict inline, the raw params editor and the field picker. */
export function CollectionStepRow(p: CollectionStepRowProps) {
  const { step, verdict } = p;
  const [mode, setMode] = useState<"params" | "pick">();
  return (
    <li className="coll-step" data-testid="collection-step" data-status={verdict?.status ?? "not-run"} aria-label={`Step ${step.name}`}>
      <div className="coll-step-head">
        {verdict ? (
          <span className={`badge ${STATUS_BADGE[verdict.status]}`} data-testid="step-status">
            {verdict.status}
          </span>
        ) : (
          <span className="badge badge-off" data-testid="step-status">
            not run
          </span>
        )}
        <strong className="coll-step-name">{step.name}</strong>
        <code className="muted small">{step.method}</code>
      </div>
      <div className="coll-step-actions">
        <button type="button" className="btn-small" disabled={!p.canRun || p.running} onClick={p.onRun} aria-label={`Run ${step.name}`}>
          {p.running ? "Running…" : "Run"}
        </button>
        <button
          type="button"
          className="btn-small"
          aria-expanded={mode === "params"}
          onClick={() => setMode(mode === "params" ? undefined : "params")}
        >
          Edit params
        </button>
        <button
          type="button"
          className="btn-small"
          aria-expanded={mode === "pick"}
          disabled={verdict?.result === undefined}
          title={verdict?.result === undefined ? "Run the step first: its result is what you pick from" : undefined}
          onClick={() => setMode(mode === "pick" ? undefined : "pick")}
        >
          Add expectation
        </button>
        <span className="coll-step-expects muted small">
          {step.expect.length === 0
            ? "No expectations yet: it passes when the request succeeds."
            : `${step.expect.length} expectation${step.expect.length === 1 ? "" : "s"}`}
        </span>
        <span className="header-spacer" />
        {verdict?.durationMs !== undefined && <span className="muted small">{Math.round(verdict.durationMs)} ms</span>}
        {verdict?.seqs && (
          <button
            type="button"
            className="btn-small"
            title="Show this step's request in the timeline"
            onClick={() => p.onShowEntry(verdict.seqs!.first)}
          >
            seq {verdict.seqs.first}
          </button>
        )}
      </div>
      {verdict && <StepVerdictView verdict={verdict} />}
      {mode === "params" && (
        <StepParamsEditor
          modelKey={`${p.file}#${step.index}`}
          params={step.params}
          busy={p.saving}
          error={p.saveError}
          onSave={(params) =>
            void p.onSaveParams(params).then(
              () => setMode(undefined),
              () => undefined,
            )
          }
          onCancel={() => setMode(undefined)}
        />
      )}
      {mode === "pick" && verdict?.result !== undefined && (
        <FieldPicker result={verdict.result} busy={p.saving} onExpect={(x) => p.onAddExpectation(x)} />
      )}
    </li>
  );
}
