"use client";
import { useSandboxUrl } from "./use-sandbox-url";

/**
 * A hidden, empty sandbox proxy page, loaded once an App tool is picked: the sandbox origin's
 * renderer process is started and its connection open before Run, so the App's own proxy frame
 * (same site, same tab) loads into a running process instead of waiting for a new one (issue 50,
 * figure 8). It is never given an App: the proxy's ready notice it posts names no bridge (each
 * bridge takes frames only from its own frame's window).
 */
export function SandboxWarmup() {
  const url = useSandboxUrl();
  if (!url) return null;
  return (
    <iframe
      className="app-sandbox-warmup"
      src={`${url}&warm=1`}
      title="App sandbox (idle)"
      aria-hidden="true"
      tabIndex={-1}
      sandbox="allow-scripts allow-same-origin"
      referrerPolicy="no-referrer"
      data-testid="app-sandbox-warmup"
      style={{ position: "absolute", width: 0, height: 0, border: 0, visibility: "hidden" }}
    />
  );
}
