"use client";
import { useEffect, useMemo, useState } from "react";
import type { SessionFile } from "../../lib/session/file";
import { parseSession } from "../../lib/session/file";
import { decodeSessionLink } from "../../lib/session/share-link";
import type { Session } from "../../client/session";
import { SharedSessionContext, type RecordingOrigin, type SharedSessionApi } from "../../client/open-recording-context";
import { sharedSourceOf, withoutSharedSource } from "../../lib/session/shared";
import { lazyView } from "../../components/lazy-view";
import { proveServer } from "../../client/server-proof";
import { NOT_OURS } from "../../client/connection";

// A recording's view (its timeline, replay diff, recorded Apps and chat) loads only when one is opened (issue 89).
const SharedSessionView = lazyView(() => import("./shared-session-view").then((m) => m.SharedSessionView), "the recording");

type Recording =
  | { status: "loading" }
  | { status: "error"; message: string }
  | { status: "ok"; session: SessionFile; origin: RecordingOrigin; name?: string };

export interface SharedSessionGateProps {
  /** The launch token, when this page has one (only `?session=opened` and Reproduce need it). */
  token?: string;
  live?: Session;
  children: React.ReactNode;
}

/**
 * Shows a recording instead of the live inspector when the page was opened with one (a share
 * link's #session=…, the launcher's ?session=opened) or one was imported. A link needs no token:
 * the recording comes from the fragment alone, and opening it never connects or spawns anything.
 * The live inspector stays mounted underneath, so closing the recording returns to it as it was.
 */
export function SharedSessionGate({ token, live, children }: SharedSessionGateProps) {
  const [rec, setRec] = useState<Recording>();
  useEffect(() => {
    let cancelled = false;
    const read = () => {
      const src = sharedSourceOf(window.location.href);
      if (!src) return;
      setRec({ status: "loading" });
      const done = (r: { ok: true; session: SessionFile } | { ok: false; message: string }, origin: RecordingOrigin) => {
        if (!cancelled) setRec(r.ok ? { status: "ok", session: r.session, origin } : { status: "error", message: r.message });
      };
      if (src.kind === "link") void decodeSessionLink(src.link).then((r) => done(r, "link"));
      else if (!token)
        setRec({
          status: "error",
          message: "The launcher opened a session for this page, but the page has no access token. Open the URL the launcher printed",
        });
      else
        // The token goes only to a server that proved it holds it (issue 75).
        void proveServer(token)
          .then((proof) => {
            if (proof !== "proved") throw new Error(NOT_OURS);
            return fetch("/api/opened-session", { headers: { Authorization: `Bearer ${token}` }, cache: "no-store" });
          })
          .then(async (res) =>
            res.ok
              ? parseSession(await res.text())
              : { ok: false as const, message: `the inspector has no opened session (HTTP ${res.status})` },
          )
          .catch((e: Error) => ({ ok: false as const, message: e.message }))
          .then((r) => done(r, "opened"));
    };
    read();
    window.addEventListener("hashchange", read);
    return () => {
      cancelled = true;
      window.removeEventListener("hashchange", read);
    };
  }, [token]);
  const api = useMemo<SharedSessionApi>(() => ({ open: (session, origin, name) => setRec({ status: "ok", session, origin, name }) }), []);
  const close = () => {
    window.history.replaceState(null, "", withoutSharedSource(window.location.href));
    setRec(undefined);
  };

  return (
    <SharedSessionContext.Provider value={api}>
      {rec?.status === "loading" && (
        <main className="boot" aria-busy="true">
          Opening the recording…
        </main>
      )}
      {rec?.status === "error" && (
        <main className="no-access">
          <div className="no-access-card" role="alert" data-testid="recording-error">
            <h1>This recording cannot be shown</h1>
            <p>{rec.message}.</p>
            <button type="button" onClick={close}>
              Go to the inspector
            </button>
          </div>
        </main>
      )}
      {rec?.status === "ok" && <SharedSessionView session={rec.session} origin={rec.origin} name={rec.name} live={live} onClose={close} />}
      <div hidden={rec !== undefined} className="live-root">
        {children}
      </div>
    </SharedSessionContext.Provider>
  );
}
