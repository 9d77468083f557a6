"use client";
import { useEffect } from "react";
import { useSession } from "../../client/session-context";
import { appResourceMetaOf } from "../../lib/apps/app-meta";
import { contentOf } from "../../lib/apps/app-html";
import { allowAttribute, frameSourcesOf } from "../../lib/apps/csp";
import { peekPrefetchedAppResource } from "./app-prefetch";
import { prepareProxy, proxyUrlFor } from "./proxy-standby";
import { useSandboxUrl } from "./use-sandbox-url";

/**
 * Loads a sandbox proxy ahead of Run (proxy-standby.ts): one for an App that declares no frame
 * domains and no permissions, as soon as App tools are listed, and, once the picked App's page has
 * been read (at the pick), one made for it when it declares some. Renders nothing.
 */
export function AppStandby({ uri }: { uri?: string }) {
  const session = useSession();
  const url = useSandboxUrl();
  useEffect(() => {
    if (!url) return;
    prepareProxy(url, "");
    const read = uri ? peekPrefetchedAppResource(session, uri) : undefined;
    let live = true;
    read?.then(
      (out) => {
        if (!live) return;
        const meta = appResourceMetaOf(contentOf(out.result, uri!));
        prepareProxy(proxyUrlFor(url, frameSourcesOf(meta.csp?.frameDomains)), allowAttribute(meta.permissions));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [session, url, uri]);
  return null;
}
