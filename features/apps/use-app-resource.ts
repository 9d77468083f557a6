"use client";
import { useEffect, useState } from "react";
import { useSession } from "../../client/session-context";
import { sendRequest } from "../../client/protocol-hooks";
import { appResourceMetaOf, type AppResourceMeta } from "../../lib/apps/app-meta";
import { appHtmlOf, contentOf } from "../../lib/apps/app-html";
import { lintAppResource, type AppFinding } from "../../lib/apps/app-lint";
import { buildAppCsp, wrapAppHtml } from "../../lib/apps/csp";
import { takePrefetchedAppResource } from "./app-prefetch";

export type AppResource =
  | { status: "loading" }
  | { status: "error"; message: string; findings: AppFinding[] }
  | { status: "ok"; html: string; source: string; csp: string; meta: AppResourceMeta; findings: AppFinding[]; requestSeq?: number };

/** Reads an App's `ui://` resource through the session (recorded like any read) and wraps its HTML with the CSP its own `_meta.ui.csp` allows. */
export function useAppResource(uri: string): AppResource {
  const session = useSession();
  const [res, setRes] = useState<AppResource>({ status: "loading" });
  useEffect(() => {
    let live = true;
    (takePrefetchedAppResource(session, uri) ?? sendRequest(session, { method: "resources/read", params: { uri } })).then(
      (out) => {
        if (!live) return;
        const findings = lintAppResource(uri, { result: out.result });
        const content = contentOf(out.result, uri);
        const html = appHtmlOf(content);
        if (html === undefined) return setRes({ status: "error", message: `${uri} has no HTML text`, findings });
        const meta = appResourceMetaOf(content);
        const csp = buildAppCsp(meta.csp);
        setRes({ status: "ok", html: wrapAppHtml(html, csp), source: html, csp, meta, findings, requestSeq: out.requestSeq });
      },
      (e: Error) => live && setRes({ status: "error", message: e.message, findings: lintAppResource(uri, { error: e.message }) }),
    );
    return () => {
      live = false;
    };
  }, [session, uri]);
  return res;
}
