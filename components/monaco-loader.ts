import type * as Monaco from "monaco-editor";
import { pageRunQuery } from "./page-run";

export type MonacoApi = typeof Monaco;

/** Where the build puts the editor it bundles from the local monaco-editor package (scripts/build-monaco.mjs): served by us, never a CDN. */
export const MONACO_BASE = "/monaco";

let loading: Promise<MonacoApi> | undefined;

/**
 * Loads the editor once, only when an editor is first shown: one script that sets
 * `window.monaco` (JSON language only) and finds its two web workers beside it, with its own
 * query (this run's: page-run.ts, so no cached copy from another server on the port runs).
 */
export function loadMonaco(): Promise<MonacoApi> {
  loading ??= new Promise<MonacoApi>((resolve, reject) => {
    const w = window as unknown as { monaco?: MonacoApi };
    const css = document.createElement("link");
    css.rel = "stylesheet";
    const run = pageRunQuery();
    css.href = `${MONACO_BASE}/editor.css${run}`;
    document.head.appendChild(css);
    const script = document.createElement("script");
    script.src = `${MONACO_BASE}/editor.js${run}`;
    script.async = true;
    script.onload = () => (w.monaco ? resolve(w.monaco) : reject(new Error("the editor's script ran but set up no editor")));
    script.onerror = () => reject(new Error(`the editor could not be loaded from ${MONACO_BASE} (is the package's dist/page complete?)`));
    document.head.appendChild(script);
  }).catch((e) => {
    loading = undefined;
    throw e;
  });
  return loading;
}

/** JSON language defaults, wherever this version of Monaco keeps them. */
export function jsonDefaults(m: MonacoApi): Monaco.json.LanguageServiceDefaults | undefined {
  const anyM = m as unknown as {
    json?: { jsonDefaults?: Monaco.json.LanguageServiceDefaults };
    languages: { json?: { jsonDefaults?: Monaco.json.LanguageServiceDefaults } };
  };
  return anyM.json?.jsonDefaults ?? anyM.languages.json?.jsonDefaults;
}
