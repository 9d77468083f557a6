"use client";
import { useState } from "react";
import { useStore } from "../../client/session-context";
import { storageKey } from "../../client/token";
import { base64url } from "../../client/server-proof";
import { wsProtocols } from "../../lib/wire/proof";
import { LoadRunStore, type LoadSocketLike } from "./load-run-store";

/** The backend's socket URL and the tab's launch token, as the session's own socket uses them. */
function openLoadSocket(): LoadSocketLike {
  const token = window.sessionStorage.getItem(storageKey(window.location.origin)) ?? "";
  const url = `${window.location.protocol === "https:" ? "wss" : "ws"}://${window.location.host}/ws`;
  // The token as a subprotocol, never in the URL (issue 75); the page's own socket proved this server first.
  return new WebSocket(url, wsProtocols(token, base64url)) as unknown as LoadSocketLike;
}

/** This panel's load run, re-rendering on every event. */
export function useLoadRun(open: () => LoadSocketLike = openLoadSocket): LoadRunStore {
  const [store] = useState(() => new LoadRunStore(open));
  useStore(store);
  return store;
}
