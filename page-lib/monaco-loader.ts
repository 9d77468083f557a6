import type * as Monaco from "monaco-editor";

export type MonacoApi = typeof Monaco;

/** Where the build copies monaco-editor's own min/vs (scripts/build.mjs): served by us, never a CDN. */
export const MONACO_BASE = "/monaco/vs";

let loading: Promise<MonacoApi> | undefined;

/**
 * Loads the editor from the local copy of the `monaco-editor` package, once. Its AMD build
 * sets up its own web workers (JSON validation and completion) from the same folder.
 */
export function loadMonaco(): Promise<MonacoApi> {
  loading ??= new Promise<MonacoApi>((resolve, reject) => {
    const w = window as unknown as { require?: AmdRequire; monaco?: MonacoApi };
    const css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = `${MONACO_BASE}/editor/editor.main.css`;
    document.head.appendChild(css);
    const script = document.createElement("script");
    script.src = `${MONACO_BASE}/loader.js`;
    script.async = true;
    script.onload = () => {
      const req = w.require;
      if (!req) return reject(new Error("the editor's loader did not start"));
      req.config({ paths: { vs: MONACO_BASE } });
      req(["vs/editor/editor.main"], (m: MonacoApi | undefined) => resolve(m ?? w.monaco!), (e: unknown) => reject(e instanceof Error ? e : new Error(String(e))));
    };
    script.onerror = () => reject(new Error(`the editor could not be loaded from ${MONACO_BASE} (was the page built with npm run build?)`));
    document.head.appendChild(script);
  }).catch((e) => {
    loading = undefined;
    throw e;
  });
  return loading;
}

interface AmdRequire {
  (deps: string[], onLoad: (m: MonacoApi | undefined) => void, onError: (e: unknown) => void): void;
  config(c: { paths: Record<string, string> }): void;
}

/** JSON language defaults, wherever this version of Monaco keeps them. */
export function jsonDefaults(m: MonacoApi): Monaco.json.LanguageServiceDefaults | undefined {
  const anyM = m as unknown as { json?: { jsonDefaults?: Monaco.json.LanguageServiceDefaults }; languages: { json?: { jsonDefaults?: Monaco.json.LanguageServiceDefaults } } };
  return anyM.json?.jsonDefaults ?? anyM.languages.json?.jsonDefaults;
}
