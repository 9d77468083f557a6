"use client";
import { useState } from "react";
import type { AuthDraft } from "./auth-draft";

const MODES: { value: AuthDraft["mode"]; label: string; hint: string }[] = [
  { value: "browser", label: "Log in (new tab)", hint: "You log in at the authorization server in a new tab; it sends you back to this inspector." },
  { value: "auto", label: "Automatic (no person)", hint: "The authorization server's redirects are followed without a person: test servers and CI." },
  { value: "off", label: "Off", hint: "A 401 is an error; no authorization is tried." },
];

/**
 * How an HTTP target's 401 is answered (MCP authorization): the mode and, when the authorization
 * server wants them, a pre-registered client or a Client ID Metadata Document, and the scope.
 * Folded: most servers need none of it.
 */
export function AuthOptions({ value, onChange }: { value: AuthDraft; onChange(v: AuthDraft): void }) {
  const set = <K extends keyof AuthDraft>(k: K, v: AuthDraft[K]) => onChange({ ...value, [k]: v });
  // Starts open when something is set; then the person folds it.
  const [open, setOpen] = useState(() => value.mode !== "browser" || value.clientId !== "" || value.clientMetadataUrl !== "" || value.scope !== "");
  return (
    <details className="auth-options" open={open} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="auth-options">
      <summary>Authorization (OAuth)</summary>
      <label className="field">
        <span>When the server answers 401</span>
        <select value={value.mode} onChange={(e) => set("mode", e.target.value as AuthDraft["mode"])}>
          {MODES.map((m) => (
            <option key={m.value} value={m.value}>
              {m.label}
            </option>
          ))}
        </select>
      </label>
      <p className="muted small">{MODES.find((m) => m.value === value.mode)?.hint}</p>
      <label className="field">
        <span>Client id (pre-registered)</span>
        <input value={value.clientId} onChange={(e) => set("clientId", e.target.value)} placeholder="(registered as the server allows)" spellCheck={false} autoComplete="off" />
      </label>
      <label className="field">
        <span>Client secret</span>
        <input type="password" value={value.clientSecret} onChange={(e) => set("clientSecret", e.target.value)} placeholder="(none: a public client)" autoComplete="off" />
      </label>
      <label className="field">
        <span>Client metadata URL</span>
        <input value={value.clientMetadataUrl} onChange={(e) => set("clientMetadataUrl", e.target.value)} placeholder="https://example.com/client.json" spellCheck={false} autoComplete="off" inputMode="url" />
      </label>
      <label className="field">
        <span>Scope</span>
        <input value={value.scope} onChange={(e) => set("scope", e.target.value)} placeholder="(as the server asks)" spellCheck={false} autoComplete="off" />
      </label>
      <p className="muted small">Tokens and the secret stay in the inspector&apos;s backend: never in this page&apos;s storage, a share link or a session file.</p>
    </details>
  );
}
