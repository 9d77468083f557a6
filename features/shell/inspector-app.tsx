"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { NoAccess } from "./no-access";
import { SessionContext } from "../../client/session-context";
import { useSessionState, useSocketStatus } from "../../client/hooks";
import { TapWorkspace } from "./tap-workspace";
import { Session } from "../../client/session";
import { bootToken, forgetToken, keepToken } from "../../client/token";
import { SharedSessionGate } from "../recording/shared-session-gate";
import { Workspace } from "./workspace";
import { launchTokenStorage } from "./token-storage";
import { stylesheetsLoaded } from "./stylesheets-loaded";
import { proveServer } from "../../client/server-proof";

type Boot = { kind: "loading" } | { kind: "no-token" } | { kind: "ready"; session: Session; token: string };

// Read once per page load: the URL loses its token or launch code the first time (strict mode runs effects twice).
let tokenOnce: Promise<string | undefined> | undefined;

/** Gets the token, opens the socket, then shows the workspace (or how to get in). */
export function InspectorApp() {
  const queryClient = useQueryClient();
  const [boot, setBoot] = useState<Boot>({ kind: "loading" });
  // The HTML paints only the boot screen's inline style; the rest waits for the stylesheets.
  const [styled, setStyled] = useState(false);

  useEffect(() => {
    let live = true;
    void stylesheetsLoaded(document).then(() => live && setStyled(true));
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    // The token exists only in the browser (the page is prerendered without a window), so it is read after mount.
    tokenOnce ??= bootToken({
      location: window.location,
      history: window.history,
      storage: launchTokenStorage(window),
      workers: "serviceWorker" in navigator ? navigator.serviceWorker : undefined,
    });
    let session: Session | undefined;
    let gone = false;
    void tokenOnce.then((token) => {
      if (gone) return;
      if (!token) return setBoot({ kind: "no-token" });
      session = new Session({
        wsUrl: `${window.location.protocol === "https:" ? "wss" : "ws"}://${window.location.host}/ws`,
        token,
        queryClient,
        prove: (t) => proveServer(t),
        checkToken: async (t) =>
          (await fetch("/api/health", { headers: { Authorization: `Bearer ${t}` }, cache: "no-store" })).status !== 401,
      }).start();
      setBoot({ kind: "ready", session, token });
    });
    return () => {
      gone = true;
      session?.stop();
    };
  }, [queryClient]);

  if (boot.kind === "loading" || !styled)
    return (
      <main className="boot" aria-busy="true">
        Starting the inspector…
      </main>
    );
  // A shared recording shows with or without a token; the live inspector needs one.
  return (
    <SharedSessionGate token={boot.kind === "ready" ? boot.token : undefined} live={boot.kind === "ready" ? boot.session : undefined}>
      {boot.kind === "no-token" ? (
        <NoAccess reason="missing" onToken={takePastedToken} />
      ) : (
        <SessionContext.Provider value={boot.session}>
          <Gate />
        </SessionContext.Provider>
      )}
    </SharedSessionGate>
  );
}

/** A pasted token is kept for this tab, and the page starts again with it (as a reload with a kept token does). */
function takePastedToken(token: string): void {
  keepToken({ location: window.location, storage: launchTokenStorage(window) }, token);
  window.location.reload();
}

function Gate() {
  const socket = useSocketStatus();
  const state = useSessionState();
  const refused = socket.socket === "unauthorized";
  useEffect(() => {
    if (refused) forgetToken({ location: window.location, storage: launchTokenStorage(window) });
  }, [refused]);
  if (refused) return <NoAccess reason="refused" onToken={takePastedToken} />;
  // A host's session seen through the tap (issue 65): watched, not driven.
  return state?.tap ? <TapWorkspace state={state} /> : <Workspace />;
}
