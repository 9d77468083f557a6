"use client";
import { useEffect, useRef, useState } from "react";
import { useSession } from "../../client/session-context";
import { sendRequest } from "../../client/protocol-hooks";
import { appResourceMetaOf, type AppResourceMeta } from "../../lib/apps/app-meta";
import { appHtmlOf, contentOf } from "../../lib/apps/app-html";
import { lintAppResource, type AppFinding } from "../../lib/apps/app-lint";
import { buildAppCsp, wrapAppHtml } from "../../lib/apps/csp";
import { settledAppResource, takePrefetchedAppResource } from "./app-prefetch";

export type AppResource =
  | { status: "loading" }
  | { status: "error"; message: string; findings: AppFinding[] }
  | { status: "ok"; html: string; source: string; csp: string; meta: AppResourceMeta; findings: AppFinding[]; requestSeq?: number };

/** Reads an App's `ui://` resource through the session (recorded like any read) and wraps its HTML with the CSP its own `_meta.ui.csp` allows. */
export function useAppResource(uri: string): AppResource {
  const session = useSession();
  // A read started at the pick that has answered already: the first render has the App's page (figure 8).
  const [res, setRes] = useState<AppResource>(() => {
    const out = settledAppResource(session, uri);
    return out ? resourceOf(uri, out) : { status: "loading" };
  });
  const first = useRef(res.status !== "loading");
  useEffect(() => {
    let live = true;
    const read = takePrefetchedAppResource(session, uri);
    // Taken from the read the first render used: its answer is shown already.
    if (first.current && read) {
      first.current = false;
      return;
    }
    first.current = false;
    (read ?? sendRequest(session, { method: "resources/read", params: { uri } })).then(
      (out) => live && setRes(resourceOf(uri, out)),
      (e: Error) => live && setRes({ status: "error", message: e.message, findings: lintAppResource(uri, { error: e.message }) }),
    );
    return () => {
      live = false;
    };
  }, [session, uri]);
  return res;
}

function resourceOf(uri: string, out: { result?: unknown; requestSeq?: number }): AppResource {
  const findings = lintAppResource(uri, { result: out.result });
  const content = contentOf(out.result, uri);
  const html = appHtmlOf(content);
  if (html === undefined) return { status: "error", message: `${uri} has no HTML text`, findings };
  const meta = appResourceMetaOf(content);
  const csp = buildAppCsp(meta.csp);
  return { status: "ok", html: wrapAppHtml(html, csp), source: html, csp, meta, findings, requestSeq: out.requestSeq };
}
