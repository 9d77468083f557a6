"use client";
import { useState } from "react";
import { useSession } from "../../client/session-context";

/**
 * "Open in a new tab" (issue 92): the backend issues a fresh one-time launch code over this
 * authenticated socket and the new tab trades it for the token, as the launcher's link does; no
 * token is pasted, and the code is spent by that one tab. `noopener`: the new tab shares nothing
 * with this one (not its sessionStorage, where this tab keeps the token).
 */
export function NewTabButton({ open = openTab }: { open?: (href: string) => void }) {
  const session = useSession();
  const [error, setError] = useState<string>();
  return (
    <button
      type="button"
      className="btn-small"
      data-testid="new-tab"
      aria-label="Open in a new tab"
      title={error ?? "Open the inspector in another tab (it gets its own one-time launch code)"}
      aria-describedby={error ? "new-tab-error" : undefined}
      onClick={() => {
        setError(undefined);
        session.command({ type: "new-tab-link" }).then(
          ({ link }) => open(new URL(link, window.location.href).href),
          (e: Error) => setError(`No new tab: ${e.message}`),
        );
      }}
    >
      {/* Short: at 420 px the header's buttons share one row with the theme menu. */}
      New tab
      {error && (
        <span id="new-tab-error" className="sr-only">
          {error}
        </span>
      )}
    </button>
  );
}

function openTab(href: string): void {
  window.open(href, "_blank", "noopener");
}
