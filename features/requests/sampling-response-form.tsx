"use client";
import { useId, useState } from "react";
import { asRecord } from "../../lib/json/shape";
import { AskModelButton, type ModelAnswer } from "../chat/ask-model-button";

export interface SamplingResponseFormProps {
  busy: boolean;
  /** The waiting request's handle: with it, "Ask the model" fills the form with a model's answer (issue 40). */
  pendingId?: string;
  onApprove(result: Record<string, unknown>): void;
  onReject(): void;
}

const STOP_REASONS = ["endTurn", "stopSequence", "maxTokens", "toolUse"];

/** The person's reply to a sampling request: role, content (text or any block as JSON), model, stopReason. */
export function SamplingResponseForm({ busy, pendingId, onApprove, onReject }: SamplingResponseFormProps) {
  const id = useId();
  const [role, setRole] = useState("assistant");
  const [mode, setMode] = useState<"text" | "json">("text");
  const [text, setText] = useState("");
  const [json, setJson] = useState('{\n  "type": "text",\n  "text": ""\n}');
  const [model, setModel] = useState("mcp-inspector-human");
  const [stopReason, setStopReason] = useState("endTurn");
  const [problem, setProblem] = useState<string>();
  // Switching views carries the content across, so what was typed is what Approve sends.
  const switchTo = (next: "text" | "json") => {
    if (next === mode) return;
    if (next === "json") setJson(JSON.stringify({ type: "text", text }, null, 2));
    else {
      const block = textBlockOf(json);
      if (block === undefined && json.trim() !== "")
        return setProblem("this content is not one text block: edit it as JSON, or clear it to write text");
      setText(block ?? "");
    }
    setProblem(undefined);
    setMode(next);
  };
  // The model's answer is a draft: shown as text the person can edit, sent only by Approve.
  const fromModel = (a: ModelAnswer) => {
    setMode("text");
    setText(a.text);
    setModel(a.model);
    setStopReason(a.stopReason ?? "endTurn");
    setProblem(undefined);
  };
  const approve = () => {
    let content: unknown = { type: "text", text };
    if (mode === "json") {
      try {
        content = JSON.parse(json);
        if (typeof content !== "object" || content === null) throw new Error("content must be a block object or an array of blocks");
      } catch (e) {
        return setProblem(`content: ${(e as Error).message}`);
      }
    }
    if (!model.trim()) return setProblem("model is required");
    setProblem(undefined);
    onApprove({ role, content, model: model.trim(), ...(stopReason.trim() ? { stopReason: stopReason.trim() } : {}) });
  };
  return (
    <form
      className="sampling-response"
      aria-label="Response to the sampling request"
      onSubmit={(e) => {
        e.preventDefault();
        approve();
      }}
    >
      {pendingId && <AskModelButton pendingId={pendingId} onAnswer={fromModel} />}
      <div className="form-grid">
        <label className="field">
          <span>Role</span>
          <select value={role} onChange={(e) => setRole(e.target.value)}>
            <option value="assistant">assistant</option>
            <option value="user">user</option>
          </select>
        </label>
        <label className="field">
          <span>Model</span>
          <input value={model} onChange={(e) => setModel(e.target.value)} spellCheck={false} />
        </label>
        <label className="field">
          <span>stopReason</span>
          <input value={stopReason} onChange={(e) => setStopReason(e.target.value)} list={`${id}-stops`} spellCheck={false} />
          <datalist id={`${id}-stops`}>
            {STOP_REASONS.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </label>
      </div>
      <div className="segmented" role="group" aria-label="Content as">
        <button
          type="button"
          className={mode === "text" ? "segment active" : "segment"}
          aria-pressed={mode === "text"}
          onClick={() => switchTo("text")}
        >
          Text
        </button>
        <button
          type="button"
          className={mode === "json" ? "segment active" : "segment"}
          aria-pressed={mode === "json"}
          onClick={() => switchTo("json")}
        >
          Content JSON
        </button>
      </div>
      {mode === "text" ? (
        <label className="field">
          <span>Response text</span>
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={4} />
        </label>
      ) : (
        <label className="field">
          <span>Content (a block, or an array of blocks)</span>
          <textarea className="mono" value={json} onChange={(e) => setJson(e.target.value)} rows={6} spellCheck={false} />
        </label>
      )}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="btn-primary" disabled={busy}>
          Approve and send
        </button>
        <button type="button" className="btn-danger" disabled={busy} onClick={onReject}>
          Reject
        </button>
      </div>
    </form>
  );
}

/** The text of a `{ "type": "text", "text": … }` block written as JSON, or undefined. */
function textBlockOf(json: string): string | undefined {
  try {
    const v = asRecord(JSON.parse(json));
    return v && v.type === "text" && typeof v.text === "string" ? v.text : undefined;
  } catch {
    return undefined;
  }
}
