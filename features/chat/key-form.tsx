"use client";
import { useState } from "react";
import { KEY_VARIABLES, type KeyVariable } from "../../lib/model/spec";

export interface KeyFormProps {
  /** The chosen model's variable; absent before a model is chosen: the person picks the provider. */
  variable?: KeyVariable;
  busy: boolean;
  /** The model may need none (a local OpenAI-compatible server): the key is offered, not asked for. */
  optional?: boolean;
  problem?: string;
  onKey(variable: KeyVariable, key: string): void;
}

const PROVIDER: Record<KeyVariable, string> = {
  ANTHROPIC_API_KEY: "Anthropic",
  OPENAI_API_KEY: "OpenAI",
  MODEL_API_KEY: "OpenAI-compatible (--model-base-url)",
};

/**
 * No key: which variable to set, or the key typed here. Said at once on an empty Chat tab, before
 * any model is typed (issue 54 item 4). A typed key goes to the backend once and is held there in
 * memory only; this field is cleared at once and nothing in the page keeps it (no storage, never
 * in a link or a session file).
 */
export function KeyForm({ variable, busy, optional, problem, onKey }: KeyFormProps) {
  const [key, setKey] = useState("");
  const [picked, setPicked] = useState<KeyVariable>("ANTHROPIC_API_KEY");
  const target = variable ?? picked;
  return (
    <form
      className="chat-key card"
      aria-label="Model key"
      data-testid="chat-no-key"
      onSubmit={(e) => {
        e.preventDefault();
        if (!key.trim()) return;
        onKey(target, key.trim());
        setKey("");
      }}
    >
      {variable ? (
        <p>
          {optional ? "No key is set; a local server often needs none. If yours does, set" : "No key for this model. Set"}{" "}
          <code>{variable}</code> in the inspector&apos;s environment and start it again, or type it here: the inspector holds it in memory
          until it stops, and never writes it anywhere.
        </p>
      ) : (
        <p>
          <strong>No model key yet.</strong> Start the inspector with <code>ANTHROPIC_API_KEY</code> or <code>OPENAI_API_KEY</code> in its
          environment (<code>MODEL_API_KEY</code> for an OpenAI-compatible server), or type a key here: the inspector holds it in memory
          until it stops, and never writes it anywhere. Then name a model above.
        </p>
      )}
      <div className="chat-key-row">
        {!variable && (
          <label className="field">
            <span>Provider</span>
            <select value={picked} onChange={(e) => setPicked(e.target.value as KeyVariable)}>
              {KEY_VARIABLES.map((v) => (
                <option key={v} value={v}>
                  {PROVIDER[v]}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field">
          <span>{target}</span>
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
