"use client";
import type { ChatContext } from "../../lib/wire/chat";
import { ServerText } from "../../components/server-text";
import { shownName } from "../../components/shown-text";

export interface ContextPickerProps {
  /** The server offers resources or prompts. */
  offered: boolean;
  /** A list is known (cached from the Resources or Prompts tab, or read on onLoad). */
  loaded: boolean;
  loading: boolean;
  /** Read the lists: nothing is sent until the person asks (issue 54 item 2). */
  onLoad(): void;
  resources: readonly string[];
  prompts: readonly string[];
  chosen: readonly ChatContext[];
  onChange(next: ChatContext[]): void;
}

const keyOf = (c: ChatContext) => `${c.kind}:${c.name}`;

/** Resources and prompts the person adds to the next message as context (the model sees their text). */
export function ContextPicker({ offered, loaded, loading, onLoad, resources, prompts, chosen, onChange }: ContextPickerProps) {
  if (!offered) return null;
  if (!loaded)
    return (
      <div className="chat-context">
        <button type="button" className="btn-small" onClick={onLoad} disabled={loading}>
          {loading ? "Reading the server's resources and prompts…" : "Add a resource or prompt as context…"}
        </button>
      </div>
    );
  if (!resources.length && !prompts.length) return <p className="muted small chat-context">The server lists no resources or prompts.</p>;
  const add = (value: string) => {
    const colon = value.indexOf(":");
    const c = { kind: value.slice(0, colon) as ChatContext["kind"], name: value.slice(colon + 1) };
    if (!chosen.some((x) => keyOf(x) === keyOf(c))) onChange([...chosen, c]);
  };
  return (
    <div className="chat-context">
      <label className="field chat-context-add">
        <span>Add context</span>
        <select value="" onChange={(e) => e.target.value && add(e.target.value)}>
          <option value="">a resource or prompt…</option>
          {resources.length > 0 && (
            <optgroup label="Resources">
              {resources.map((uri) => (
                <option key={uri} value={`resource:${uri}`}>
                  {shownName(uri)}
                </option>
              ))}
            </optgroup>
          )}
          {prompts.length > 0 && (
            <optgroup label="Prompts">
              {prompts.map((name) => (
                <option key={name} value={`prompt:${name}`}>
                  {shownName(name)}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      {chosen.length > 0 && (
        <ul className="chat-context-list" aria-label="Context for the next message">
          {chosen.map((c) => (
            <li key={keyOf(c)} className="badge">
              {c.kind}{" "}
              <code>
                <ServerText text={c.name} />
              </code>{" "}
              <button
                type="button"
                className="chat-context-remove"
                aria-label={`Remove ${c.kind} ${shownName(c.name)}`}
                onClick={() => onChange(chosen.filter((x) => keyOf(x) !== keyOf(c)))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
