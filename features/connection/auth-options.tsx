"use client";
import { useState } from "react";
import { DPOP_CHOICES, SIGNING_ALG_CHOICES, type AuthDraft, type ClientProof, type DpopChoice } from "./auth-draft";

const MODES: { value: AuthDraft["mode"]; label: string; hint: string }[] = [
  {
    value: "browser",
    label: "Log in (new tab)",
    hint: "You log in at the authorization server in a new tab; it sends you back to this inspector.",
  },
  {
    value: "auto",
    label: "Automatic (no person)",
    hint: "The authorization server's redirects are followed without a person: test servers and CI.",
  },
  {
    value: "client-credentials",
    label: "Client credentials",
    hint: "No person, no browser: the client's own id and secret, or a signed assertion from its private key, get the token (OAuth client_credentials).",
  },
  { value: "off", label: "Off", hint: "A 401 is an error; no authorization is tried." },
];

const DPOP_LABELS: Record<DpopChoice, string> = {
  auto: "When the server asks or offers it",
  on: "Always",
  off: "Never (Bearer tokens)",
};

const PROOFS: { value: ClientProof; label: string; title: string }[] = [
  { value: "secret", label: "Secret", title: "client_secret_basic or client_secret_post, as the authorization server lists" },
  { value: "private-key", label: "Private key", title: "private_key_jwt: a JWT assertion signed with the key (RFC 7523)" },
];

/**
 * How an HTTP target's 401 is answered (MCP authorization): the mode and, when the authorization
 * server wants them, a pre-registered client or a Client ID Metadata Document, and the scope; in
 * client-credentials mode the client id and its secret or private key. Folded: most servers need
 * none of it.
 */
export function AuthOptions({ value, onChange }: { value: AuthDraft; onChange(v: AuthDraft): void }) {
  const set = <K extends keyof AuthDraft>(k: K, v: AuthDraft[K]) => onChange({ ...value, [k]: v });
  // Starts open when something is set; then the person folds it.
  const [open, setOpen] = useState(
    () =>
      value.mode !== "browser" || value.clientId !== "" || value.clientMetadataUrl !== "" || value.scope !== "" || value.dpop !== "auto",
  );
  const m2m = value.mode === "client-credentials";
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
        <span>{m2m ? "Client id" : "Client id (pre-registered)"}</span>
        <input
          value={value.clientId}
          onChange={(e) => set("clientId", e.target.value)}
          placeholder={m2m ? "(as registered for this machine)" : "(registered as the server allows)"}
          spellCheck={false}
          autoComplete="off"
        />
      </label>
      {m2m ? (
        <ClientProofFields value={value} set={set} />
      ) : (
        <SecretField value={value.clientSecret} onChange={(v) => set("clientSecret", v)} placeholder="(none: a public client)" />
      )}
      {!m2m && (
        <label className="field">
          <span>Client metadata URL</span>
          <input
            value={value.clientMetadataUrl}
            onChange={(e) => set("clientMetadataUrl", e.target.value)}
            placeholder="https://example.com/client.json"
            spellCheck={false}
            autoComplete="off"
            inputMode="url"
          />
        </label>
      )}
      <label className="field">
        <span>Scope</span>
        <input
          value={value.scope}
          onChange={(e) => set("scope", e.target.value)}
          placeholder="(as the server asks)"
          spellCheck={false}
          autoComplete="off"
        />
      </label>
      {value.mode !== "off" && (
        <label
          className="field"
          title="RFC 9449: the token is bound to a key made for this session and each request carries a signed proof"
        >
          <span>DPoP-bound tokens</span>
          <select value={value.dpop} onChange={(e) => set("dpop", e.target.value as DpopChoice)} aria-label="DPoP-bound tokens">
            {DPOP_CHOICES.map((c) => (
              <option key={c} value={c}>
                {DPOP_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
      )}
      <p className="muted small">
        Tokens, the secret and the private key stay in the inspector&apos;s backend: never in this page&apos;s storage, a share link or a
        session file.
      </p>
    </details>
  );
}

function SecretField({ value, onChange, placeholder }: { value: string; onChange(v: string): void; placeholder: string }) {
  return (
    <label className="field">
      <span>Client secret</span>
      <input type="password" value={value} onChange={(e) => onChange(e.target.value)} placeholder={placeholder} autoComplete="off" />
    </label>
  );
}

type Setter = <K extends keyof AuthDraft>(k: K, v: AuthDraft[K]) => void;

/** Client credentials: the secret, or the private key (pasted or from a file) and its algorithm. */
function ClientProofFields({ value, set }: { value: AuthDraft; set: Setter }) {
  return (
    <>
      <fieldset className="segmented">
        <legend>The client proves itself with</legend>
        {PROOFS.map((p) => (
          <label key={p.value} className={p.value === value.proof ? "segment active" : "segment"} title={p.title}>
            <input
              type="radio"
              name="client-proof"
              value={p.value}
              checked={p.value === value.proof}
              onChange={() => set("proof", p.value)}
            />
            {p.label}
          </label>
        ))}
      </fieldset>
      {value.proof === "secret" ? (
        <SecretField
          value={value.clientSecret}
          onChange={(v) => set("clientSecret", v)}
          placeholder="(the secret registered for this client)"
        />
      ) : (
        <PrivateKeyFields value={value} set={set} />
      )}
    </>
  );
}

/** What kind of PEM key is held, from its label (node:crypto in the backend reads it for real). */
function keyKind(pem: string): string {
  const label = /-----BEGIN ([A-Z ]*PRIVATE KEY)-----/.exec(pem)?.[1];
  if (label === "RSA PRIVATE KEY") return "an RSA key (PKCS#1)";
  if (label === "EC PRIVATE KEY") return "an EC key (SEC1)";
  if (label === "ENCRYPTED PRIVATE KEY") return "an encrypted key (the backend will refuse it: decrypt it first)";
  return label ? "a PKCS#8 key" : "text that is not a PEM private key";
}

/**
 * The key is pasted or read from a file, then shown only as what it is and its length: a
 * private key on screen is one screen share away from leaking.
 */
function PrivateKeyFields({ value, set }: { value: AuthDraft; set: Setter }) {
  const [from, setFrom] = useState<string>();
  const held = value.clientPrivateKey;
  return (
    <>
      {held ? (
        <div className="field">
          <span>Private key (PEM)</span>
          <p className="muted small" data-testid="private-key-held">
            {from ? `Read ${from}: ` : "Pasted: "}
            {keyKind(held)}, {held.length} characters, held in this form until you connect.{" "}
            <button
              type="button"
              onClick={() => {
                setFrom(undefined);
                set("clientPrivateKey", "");
              }}
            >
              Remove key
            </button>
          </p>
        </div>
      ) : (
        <>
          <label className="field">
            <span>Private key (PEM)</span>
            <textarea
              className="mono"
              rows={3}
              value=""
              onChange={(e) => set("clientPrivateKey", e.target.value)}
              placeholder={"Paste it here: -----BEGIN PRIVATE KEY----- …"}
              spellCheck={false}
              autoComplete="off"
            />
          </label>
          <label className="field">
            <span>…or read it from a file</span>
            <input
              type="file"
              accept=".pem,.key,application/x-pem-file"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (!file) return;
                // The text goes into the form's memory like a pasted key.
                void file.text().then((text) => {
                  setFrom(file.name);
                  set("clientPrivateKey", text);
                });
              }}
            />
          </label>
        </>
      )}
      <label className="field">
        <span>Signing algorithm</span>
        <select value={value.clientSigningAlg} onChange={(e) => set("clientSigningAlg", e.target.value)}>
          <option value="">Automatic (from the key and the server)</option>
          {SIGNING_ALG_CHOICES.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
