"use client";
import { useId } from "react";
import type { ApprovalMode } from "../../lib/wire/chat";

export interface ModelBarProps {
  model: string;
  /** --model values, offered first. */
  models: readonly string[];
  approval: ApprovalMode;
  /** Why the typed model cannot be asked (parseModelSpec's words). */
  problem?: string;
  onModel(model: string): void;
  onApproval(mode: ApprovalMode): void;
  onNewConversation(): void;
}

/** Which model, how tool calls are approved, and a fresh conversation. */
export function ModelBar({ model, models, approval, problem, onModel, onApproval, onNewConversation }: ModelBarProps) {
  const id = useId();
  return (
    <div className="chat-model-bar">
      <label className="field chat-model">
        <span>Model</span>
        <input
          value={model}
          onChange={(e) => onModel(e.target.value)}
          list={`${id}-models`}
          placeholder="provider:model-id, e.g. openai:gpt-4o"
          spellCheck={false}
          autoComplete="off"
        />
        <datalist id={`${id}-models`}>
          {models.map((m) => (
            <option key={m} value={m} />
          ))}
        </datalist>
      </label>
      <label className="field">
        <span>Tool calls</span>
        <select value={approval} onChange={(e) => onApproval(e.target.value as ApprovalMode)}>
          <option value="ask">ask me for each call</option>
          <option value="read-only">auto for read-only tools</option>
          <option value="auto">auto: send every call</option>
        </select>
      </label>
      <button type="button" className="btn-small chat-new" onClick={onNewConversation}>
        New conversation
      </button>
      {problem && (
        <p className="form-error chat-model-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
