"use client";
import { createContext, useContext } from "react";
import type { InspectorConnection } from "./connection";
import type { TimelineStore } from "./timeline-store";

export interface Session {
  conn: InspectorConnection;
  store: TimelineStore;
}

export const SessionContext = createContext<Session | null>(null);

/** The page's socket and timeline; only under the inspector app's provider. */
export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error("useSession outside <SessionContext>");
  return s;
}
