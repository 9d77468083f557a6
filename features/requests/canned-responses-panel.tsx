"use client";
import { useState } from "react";
import type { CannedRule, StandingAnswers } from "../../lib/answers/schema";
import { compileRule } from "../../lib/answers/canned";

type CannedSettings = StandingAnswers["sampling"];

export interface CannedResponsesPanelProps {
  /** The backend's rules (standing answers). */
  settings: CannedSettings;
  /** Send what changed to the backend. */
  onSave(next: Partial<CannedSettings>): void;
}

/**
 * Rules that answer matching sampling requests without asking: off by default, loud when on.
 * Rules are edited here and sent with Save; the switch applies at once.
 */
export function CannedResponsesPanel({ settings, onSave }: CannedResponsesPanelProps) {
  const [draft, setDraft] = useState<CannedRule[] | undefined>();
  // Open while on (it must not be missed), and otherwise wherever the person left it.
  const [open, setOpen] = useState(settings.enabled);
  const rules = draft ?? settings.rules;
  const errors = rules.map((r) => (r.match ? compileRule(r.match) : undefined)).map((m) => (m instanceof Error ? m.message : undefined));
  const update = (i: number, patch: Partial<CannedRule>) => setDraft(rules.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const save = (next: Partial<CannedSettings>) => {
    onSave(next);
    setDraft(undefined);
  };
  return (
    <details
      className={settings.enabled ? "card canned canned-on" : "card canned"}
      open={open || settings.enabled}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>
        Canned sampling responses{" "}
        {settings.enabled ? (
          <span className="badge badge-warn">ON: matching requests are answered automatically</span>
        ) : (
          <span className="badge badge-off">off</span>
        )}
      </summary>
      <label className="check">
        <input type="checkbox" checked={settings.enabled} onChange={(e) => onSave({ enabled: e.target.checked })} /> Answer matching
        sampling requests automatically
      </label>
      <p className="muted small">
        A rule matches when its text (case-insensitive, or /a regex/) occurs in the system prompt or a text message. The first matching rule
        answers. The inspector's backend applies them, with or without this page open.
      </p>
      {rules.map((r, i) => (
        <div className="canned-rule" key={i}>
          <input
            aria-label={`Rule ${i + 1} match`}
            placeholder="match (text or /regex/)"
            value={r.match}
            onChange={(e) => update(i, { match: e.target.value })}
            spellCheck={false}
            aria-invalid={errors[i] ? true : undefined}
          />
          <input
            aria-label={`Rule ${i + 1} reply`}
            placeholder="reply text"
            value={r.text}
            onChange={(e) => update(i, { text: e.target.value })}
          />
          <input
            aria-label={`Rule ${i + 1} model`}
            placeholder="model"
            value={r.model}
            onChange={(e) => update(i, { model: e.target.value })}
            spellCheck={false}
          />
          <button
            type="button"
            className="btn-icon"
            aria-label={`Remove rule ${i + 1}`}
            onClick={() => setDraft(rules.filter((_, j) => j !== i))}
          >
            ×
          </button>
          {errors[i] && <span className="form-error small">{errors[i]}</span>}
        </div>
      ))}
      <div className="button-row">
        <button
          type="button"
          className="btn-small"
          onClick={() => setDraft([...rules, { match: "", text: "", model: "mcp-inspector-canned" }])}
        >
          Add rule
        </button>
        <span className="header-spacer" />
        {draft !== undefined && <span className="badge badge-warn">unsaved</span>}
        <button type="button" disabled={draft === undefined} onClick={() => setDraft(undefined)}>
          Revert
        </button>
        <button
          type="button"
          className="btn-primary"
          disabled={draft === undefined || errors.some(Boolean)}
          onClick={() => save({ rules })}
        >
          Save rules
        </button>
      </div>
    </details>
  );
}
