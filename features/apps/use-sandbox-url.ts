"use client";
import { useEffect, useState } from "react";
import { asRecord } from "../../lib/json/shape";
import { pageRunQuery } from "../../components/page-run";

/** Where the backend publishes the sandbox origin's port (server/apps/page-framing.ts). */
const SANDBOX_INFO_PATH = "/apps/sandbox.json";

/**
 * The sandbox proxy's URL: the host name the backend names (another site than this page's where
 * it can be), the sandbox's own port, so it is another origin. undefined while asked; "" when the backend runs none.
 */
export function useSandboxUrl(): string | undefined {
  const [url, setUrl] = useState<string | undefined>(known);
  useEffect(() => {
    if (known !== undefined) return;
    let live = true;
    void sandboxUrl().then((u) => live && setUrl(u));
    return () => {
      live = false;
    };
  }, []);
  return url;
}

/** The answer, once known: the port is the backend's for its life, so one ask per page serves every App after the first. */
let known: string | undefined;
let asking: Promise<string> | undefined;

/** Asks the backend once (again after a failure); the App panel and the Run button share the answer. */
export function sandboxUrl(): Promise<string> {
  asking ??= fetch(SANDBOX_INFO_PATH, { cache: "no-store", credentials: "omit" })
    .then(async (res): Promise<unknown> => (res.ok ? await res.json() : {}))
    .catch(() => ({}))
    .then(asRecord)
    .then((info) => {
      const ok = typeof info.port === "number" && typeof info.path === "string";
      if (!ok) asking = undefined;
      // Another site than the page's where it can be (server/apps/page-framing.ts sandboxHostFor):
      // the proxy then runs in a process of its own. `page` names which of the page's origins frames it.
      const host =
        typeof info.host === "string" && /^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/i.test(info.host) ? info.host : window.location.hostname;
      const page = encodeURIComponent(window.location.hostname);
      // The page's run (components/page-run.ts): no copy another server on the sandbox's port left in the cache answers it.
      const run = pageRunQuery().replace(/^\?/, "&");
      return (known = ok ? `${window.location.protocol}//${host}:${info.port}${info.path}?page=${page}${run}` : "");
    });
  return asking;
}
