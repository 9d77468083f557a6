"use client";
import { useState } from "react";
import type { KeyVariable } from "../../lib/model/spec";

export interface KeyFormProps {
  variable: KeyVariable;
  busy: boolean;
  /** The model may need none (a local OpenAI-compatible server): the key is offered, not asked for. */
  optional?: boolean;
  problem?: string;
  onKey(key: string): void;
}

/**
 * No key for the chosen model: which variable to set, or the key typed here. It goes to the
 * backend once and is held there in memory only; this field is cleared at once and nothing in
 * the page keeps it (no storage, never in a link or a session file).
 */
export function KeyForm({ variable, busy, optional, problem, onKey }: KeyFormProps) {
  const [key, setKey] = useState("");
  return (
    <form
      className="chat-key card"
      aria-label="Model key"
      data-testid="chat-no-key"
      onSubmit={(e) => {
        e.preventDefault();
        if (!key.trim()) return;
        onKey(key.trim());
        setKey("");
      }}
    >
      <p>
        {optional ? "No key is set; a local server often needs none. If yours does, set" : "No key for this model. Set"}{" "}
        <code>{variable}</code> in the inspector&apos;s environment and start it again, or type it here: the inspector holds it in memory
        until it stops, and never writes it anywhere.
      </p>
      <div className="chat-key-row">
        <label className="field">
          <span>{variable}</span>
          <input type="password" autoComplete="off" spellCheck={false} value={key} onChange={(e) => setKey(e.target.value)} />
        </label>
        <button type="submit" className="btn-primary" disabled={busy || !key.trim()}>
          Use this key
        </button>
      </div>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
