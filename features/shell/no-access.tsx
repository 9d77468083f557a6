export interface NoAccessProps {
  /** missing: the page was opened without a token; refused: the backend did not accept it. */
  reason: "missing" | "refused";
}

/** What a page without a usable launch token shows instead of the session. */
export function NoAccess({ reason }: NoAccessProps) {
  return (
    <main className="no-access" data-testid="no-access">
      <div className="no-access-card" role="alert">
        <h1>No access to this inspector</h1>
        <p>
          {reason === "missing"
            ? "This page was opened without the inspector's access token."
            : "The inspector did not accept this page's access token (it may belong to an earlier run)."}
        </p>
        <p>
          <strong>Open the URL the launcher printed</strong> in your terminal, the one that looks like{" "}
          <code>http://127.0.0.1:PORT/?token=…</code>. It carries the token; the page keeps it and removes it from the address bar.
        </p>
      </div>
    </main>
  );
}
