"use client";
import { useEffect, useState } from "react";
import { asRecord } from "../../lib/json/shape";

/** Where the backend publishes the sandbox origin's port (server/apps/page-framing.ts). */
const SANDBOX_INFO_PATH = "/apps/sandbox.json";

/**
 * The sandbox proxy's URL: the same host name as this page, the sandbox's own port, so it is
 * another origin. undefined while asked; "" when the backend runs none.
 */
export function useSandboxUrl(): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    let live = true;
    void fetch(SANDBOX_INFO_PATH, { cache: "no-store", credentials: "omit" })
      .then(async (res): Promise<unknown> => (res.ok ? await res.json() : {}))
      .catch(() => ({}))
      .then(asRecord)
      .then((info) => {
        if (!live) return;
        const ok = typeof info.port === "number" && typeof info.path === "string";
        setUrl(ok ? `${window.location.protocol}//${window.location.hostname}:${info.port}${info.path}` : "");
      });
    return () => {
      live = false;
    };
  }, []);
  return url;
}
