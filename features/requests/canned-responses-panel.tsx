"use client";
import type { CannedRule, CannedSettings } from "./canned-responses";
import { compileRule } from "./canned-responses";

export interface CannedResponsesPanelProps {
  settings: CannedSettings;
  onChange(next: CannedSettings): void;
}

/** Rules that answer matching sampling requests without asking: off by default, loud when on. */
export function CannedResponsesPanel({ settings, onChange }: CannedResponsesPanelProps) {
  const update = (i: number, patch: Partial<CannedRule>) => onChange({ ...settings, rules: settings.rules.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  return (
    <details className={settings.enabled ? "card canned canned-on" : "card canned"} open={settings.enabled || undefined}>
      <summary>
        Canned sampling responses{" "}
        {settings.enabled ? <span className="badge badge-warn">ON: matching requests are answered automatically</span> : <span className="badge badge-off">off</span>}
      </summary>
      <label className="check">
        <input type="checkbox" checked={settings.enabled} onChange={(e) => onChange({ ...settings, enabled: e.target.checked })} /> Answer matching sampling requests automatically
      </label>
      <p className="muted small">A rule matches when its text (case-insensitive, or /a regex/) occurs in the system prompt or a text message. The first matching rule answers.</p>
      {settings.rules.map((r, i) => {
        const bad = r.match ? compileRule(r.match) : undefined;
        return (
          <div className="canned-rule" key={i}>
            <input aria-label={`Rule ${i + 1} match`} placeholder="match (text or /regex/)" value={r.match} onChange={(e) => update(i, { match: e.target.value })} spellCheck={false} />
            <input aria-label={`Rule ${i + 1} reply`} placeholder="reply text" value={r.text} onChange={(e) => update(i, { text: e.target.value })} />
            <input aria-label={`Rule ${i + 1} model`} placeholder="model" value={r.model} onChange={(e) => update(i, { model: e.target.value })} spellCheck={false} />
            <button type="button" className="btn-icon" aria-label={`Remove rule ${i + 1}`} onClick={() => onChange({ ...settings, rules: settings.rules.filter((_, j) => j !== i) })}>
              ×
            </button>
            {bad instanceof Error && <span className="form-error small">{bad.message}</span>}
          </div>
        );
      })}
      <button type="button" className="btn-small" onClick={() => onChange({ ...settings, rules: [...settings.rules, { match: "", text: "", model: "mcp-inspector-canned" }] })}>
        Add rule
      </button>
    </details>
  );
}
