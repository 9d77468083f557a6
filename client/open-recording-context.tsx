"use client";
import { createContext, useContext } from "react";
import type { SessionFile } from "../lib/session/file";

/** Where a recording shown read-only came from. */
export type RecordingOrigin = "link" | "opened" | "file";

export interface SharedSessionApi {
  /** Show a recording read-only (nothing connects or runs). */
  open(session: SessionFile, origin: RecordingOrigin, name?: string): void;
}

export const SharedSessionContext = createContext<SharedSessionApi | null>(null);

/** Opens an imported recording; undefined outside the shared-session gate (tests). */
export function useOpenRecording(): SharedSessionApi | null {
  return useContext(SharedSessionContext);
}
