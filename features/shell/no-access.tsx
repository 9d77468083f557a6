"use client";
import { useState } from "react";

export interface NoAccessProps {
  /** missing: the page was opened without a token (or with a spent link); refused: the backend did not accept it. */
  reason: "missing" | "refused";
  /** The person pasted the access token the launcher printed. */
  onToken(token: string): void;
}

/**
 * What a page without a usable launch token shows instead of the session: a field for the token
 * the launcher printed. Not a form and no autocomplete, so the browser's autofill and password
 * manager are not offered it to keep.
 */
export function NoAccess({ reason, onToken }: NoAccessProps) {
  const [token, setToken] = useState("");
  const submit = () => token.trim() && onToken(token.trim());
  return (
    <main className="no-access" data-testid="no-access">
      <div className="no-access-card" role="alert">
        <h1>No access to this inspector</h1>
        <p>
          {reason === "missing"
            ? "This page was opened without the inspector's access token, or with a link that was used already (each printed link opens one tab)."
            : "The inspector did not accept this page's access token (it may belong to an earlier run)."}
        </p>
        <p>
          Paste the <strong>access token</strong> the launcher printed in your terminal, under the <code>is up at</code> link:
        </p>
        <div className="button-row">
          <input
            aria-label="Access token"
            autoComplete="off"
            spellCheck={false}
            value={token}
            onChange={(e) => setToken(e.target.value)}
            onKeyDown={(e) => e.key === "Enter" && submit()}
          />
          <button type="button" className="btn-primary" onClick={submit} disabled={!token.trim()}>
            Open the inspector
          </button>
        </div>
      </div>
    </main>
  );
}
