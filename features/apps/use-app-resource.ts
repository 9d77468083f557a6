"use client";
import { useEffect, useState } from "react";
import { useSession } from "../../client/session-context";
import { sendRequest } from "../../client/protocol-hooks";
import { appResourceMetaOf, type AppResourceMeta } from "../../lib/apps/app-meta";
import { appHtmlOf, contentOf } from "../../lib/apps/app-html";
import { lintAppResource, type AppFinding } from "../../lib/apps/app-lint";
import { buildAppCsp, wrapAppHtml } from "../../lib/apps/csp";
import { takePrefetchedAppResource } from "./app-prefetch";
import type { AppRead } from "../../lib/apps/host-rules";

export type AppResource =
  | { status: "loading" }
  | { status: "error"; message: string; findings: AppFinding[]; read: AppRead }
  | {
      status: "ok";
      html: string;
      source: string;
      csp: string;
      meta: AppResourceMeta;
      findings: AppFinding[];
      /** The read as the server answered it (each host's rules judge it: lib/apps/host-rules.ts). */
      read: AppRead;
      requestSeq?: number;
      /** Which read this is (1, 2, …): a new read is a new App document, even when its HTML did not change. */
      gen: number;
    };

/**
 * Reads an App's `ui://` resource through the session (recorded like any read) and wraps its HTML
 * with the CSP its own `_meta.ui.csp` allows. Each new `reads` (Reload App, a hot reload) reads it
 * again from the server: the App shown is the server's current one, never a copy kept here. The
 * resource shown stays until the new read answers, so the App is not unmounted meanwhile.
 */
export function useAppResource(uri: string, reads = 0): AppResource {
  const session = useSession();
  const [res, setRes] = useState<AppResource>({ status: "loading" });
  const [gen] = useState(() => ({ n: 0 }));
  useEffect(() => {
    let live = true;
    const fresh = () => sendRequest(session, { method: "resources/read", params: { uri } });
    (reads === 0 ? (takePrefetchedAppResource(session, uri) ?? fresh()) : fresh()).then(
      (out) => {
        if (!live) return;
        const findings = lintAppResource(uri, { result: out.result });
        const content = contentOf(out.result, uri);
        const html = appHtmlOf(content);
        const read = { result: out.result };
        if (html === undefined) return setRes({ status: "error", message: `${uri} has no HTML text`, findings, read });
        const meta = appResourceMetaOf(content);
        const csp = buildAppCsp(meta.csp);
        setRes({
          status: "ok",
          html: wrapAppHtml(html, csp, "", uri),
          source: html,
          csp,
          meta,
          findings,
          read,
          requestSeq: out.requestSeq,
          gen: ++gen.n,
        });
      },
      (e: Error) =>
        live &&
        setRes({ status: "error", message: e.message, findings: lintAppResource(uri, { error: e.message }), read: { error: e.message } }),
    );
    return () => {
      live = false;
    };
  }, [session, uri, reads, gen]);
  return res;
}
