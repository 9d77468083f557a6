// Builds the page's editor from the local monaco-editor package (never a CDN): its ESM sources,
// bundled by esbuild into one classic script with only the JSON language, plus its two workers.
// The full AMD build (min/vs) is 25 MiB with 80 languages; this is about a tenth of that.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { build } from "esbuild";

/** Writes editor.js, editor.css (+ the codicon font), editor.worker.js and json.worker.js into `outDir`. */
export async function buildMonaco(root, outDir) {
  const esm = path.join(root, "node_modules/monaco-editor/esm/vs");
  mkdirSync(outDir, { recursive: true });
  const tmp = mkdtempSync(path.join(os.tmpdir(), "inspector-monaco-"));
  const entry = path.join(tmp, "editor-entry.mjs");
  writeFileSync(entry, editorEntry(esm));
  const common = { bundle: true, minify: true, format: "iife", target: "es2022", logLevel: "warning", legalComments: "none" };
  await build({
    ...common,
    entryPoints: { editor: entry },
    outdir: outDir,
    loader: { ".ttf": "file" },
    assetNames: "[name]",
  });
  rmSync(tmp, { recursive: true, force: true });
  await build({
    ...common,
    entryPoints: {
      "editor.worker": path.join(esm, "editor/editor.worker.js"),
      "json.worker": path.join(esm, "language/json/json.worker.js"),
    },
    outdir: outDir,
  });
}

/**
 * The editor's entry: what monaco's own editor.main imports, less the 80 basic languages, the
 * CSS/HTML/TypeScript language services and the LSP client; plus JSON. Derived from editor.main
 * so a new monaco version keeps its editor features. Exposes `window.monaco`; the workers are
 * found beside this script, with its query.
 */
function editorEntry(esm) {
  const main = readFileSync(path.join(esm, "editor/editor.main.js"), "utf8");
  const keep = main
    .split("\n")
    .filter((line) => /^import '\.[^']*';$/.test(line.trim()) && !line.includes("/languages/"))
    .map((line) => line.replace(/'(\.[^']*)'/, (_, rel) => JSON.stringify(path.join(esm, "editor", rel))));
  return [
    `const base = document.currentScript && document.currentScript.src ? new URL(".", document.currentScript.src).href : "/monaco/";`,
    // The workers carry this script's query (the page's run: server/bridge/page-run.ts), as it does.
    `const run = document.currentScript && document.currentScript.src ? new URL(document.currentScript.src).search : "";`,
    `self.MonacoEnvironment = { getWorkerUrl: (_id, label) => base + (label === "json" ? "json.worker.js" : "editor.worker.js") + run };`,
    ...keep,
    `import ${JSON.stringify(path.join(esm, "languages/features/json/register.js"))};`,
    `import * as monaco from ${JSON.stringify(path.join(esm, "editor/editor.api.js"))};`,
    `import * as json from ${JSON.stringify(path.join(esm, "languages/features/json/register.js"))};`,
    `window.monaco = Object.assign({}, monaco, { json });`,
    "",
  ].join("\n");
}
