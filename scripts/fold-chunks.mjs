// What loads together, in few files (issue 74). esbuild splits the backend and the library into
// chunks by which entries share each module, and every dynamic import is an entry: the launcher's
// way to its URL lay in 31 small files, and Node's ESM loader pays for each file on its own (a
// read, a resolve, a link: about 0.4 ms of CPU each here, 14 ms of an 86 ms start). After the
// split build, this folds the chunks a moment of a run loads into a few files.
//
// A moment (a step, FOLD_STEPS below) is a set of modules loaded together: the command
// line's front with the page command's run and the launcher, before its URL. Each step takes what
// its modules import statically and no earlier step took, split three ways, in this order: what
// the library's main entry can reach, what the rest of the library or a worker can reach, the
// command line's own. A later file may import an earlier one, never the reverse (what a library
// chunk imports is the library's too), so each file's imports are there before it. What
// `import "mcp-inspector-harness"` loads at once is left as it is (folded, its import would
// evaluate a whole file: 2 → 9 ms).
//
// One source, one instance: nothing is copied. Every other file that imported a folded chunk is
// bundled again (esbuild, that file alone) so that it imports the same bindings from the file
// that now holds them; a class's `instanceof` and a module's state are the one module's, as
// before. A file that holds a step's module that others import dynamically takes that module's
// own path and exports (the importer's `import()` loads it directly); another such module keeps
// a stub re-exporting from its new file; the chunks nobody else imports go.
import { createHash } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const STATIC = ["import-statement"];
const ANY = ["import-statement", "dynamic-import"];

/**
 * What a run loads together, in the order it loads it: each step's modules (loaded with
 * `import()`, paths from the project's root) and what they import. One step: the launcher's way to
 * its URL, with the command line's front (32 files of the package by the URL → 5). Folding the
 * engine's stages and the library's connect too (35 files → 7 at its first call) measured no gain
 * (bench/README.md, issue 74) and is not done. test/budgets holds the files loaded by the URL.
 */
export const FOLD_STEPS = [
  { name: "launch", modules: ["server/commands/page/run.ts", "server/launcher/inspector.ts", "server/agent/http.ts"] },
];

/**
 * @param {object} o
 * @param {import("esbuild").Metafile} o.metafile the split build's (paths relative to process.cwd())
 * @param {string} o.root the project's root (FOLD_STEPS' paths are from there)
 * @param {string} o.front the command line's entry output (dist/inspector.mjs): the first step's
 * @param {string} o.libraryMain the library's main entry output (dist/lib/index.mjs)
 * @param {string[]} o.sharedEntries every other entry's output (the library's, the workers')
 * @param {boolean} [o.minify] as the split build (bench/profile-startup.mjs folds its unminified build)
 */
export async function foldChunks({ metafile, root, front, libraryMain, sharedEntries, minify = true }) {
  const cwd = process.cwd();
  const steps = FOLD_STEPS.map((step) => ({ ...step, modules: step.modules.map((m) => path.relative(cwd, path.join(root, m))) }));
  const outputs = new Map(
    Object.entries(metafile.outputs)
      .filter(([file]) => file.endsWith(".mjs"))
      .map(([file, o]) => [path.resolve(cwd, file), o]),
  );
  const importsOf = (file, kinds) =>
    (outputs.get(file)?.imports ?? []).filter((i) => !i.external && kinds.includes(i.kind)).map((i) => path.resolve(cwd, i.path));
  const closure = (roots, kinds) => {
    const seen = new Set();
    const walk = (f) => {
      if (seen.has(f)) return;
      seen.add(f);
      for (const g of importsOf(f, kinds)) walk(g);
    };
    roots.forEach(walk);
    return seen;
  };
  const chunkOf = (source) => {
    const found = [...outputs].find(([, o]) => o.entryPoint === source);
    // A module renamed or no longer loaded dynamically: fail the build, not the start's speed.
    if (!found) throw new Error(`fold: no chunk of its own for ${source} (renamed, or no longer imported dynamically?)`);
    return found[0];
  };

  const atLibraryImport = closure([libraryMain], STATIC);
  const library = closure([libraryMain], ANY);
  const shared = closure([libraryMain, ...sharedEntries], ANY);
  if (shared.has(front)) throw new Error("fold: the command line's entry is imported by the library");
  /** @type {Array<{ name: string, chunks: string[], roots: string[], file?: string }>} */
  const groups = [];
  const groupOf = new Map();
  steps.forEach((step, i) => {
    const roots = [...(i === 0 ? [front] : []), ...step.modules.map(chunkOf)];
    const taken = [...closure(roots, STATIC)].filter((f) => !atLibraryImport.has(f) && !groupOf.has(f)).sort();
    const classes = [
      ["lib", taken.filter((f) => library.has(f))],
      ["shared", taken.filter((f) => shared.has(f) && !library.has(f))],
      ["own", taken.filter((f) => !shared.has(f))],
    ];
    for (const [kind, chunks] of classes) {
      if (!chunks.length) continue;
      const g = { name: `${step.name}-${kind}`, chunks, roots: roots.filter((r) => chunks.includes(r)) };
      groups.push(g);
      for (const f of chunks) groupOf.set(f, g);
    }
  });

  // Which folded chunks other files import, and how: their bindings leave their group's file
  // under names of their own; a dynamic import of one needs a module at its path.
  const exported = new Set();
  const dynamic = new Set();
  for (const [file, o] of outputs)
    for (const i of o.imports ?? []) {
      const g = path.resolve(cwd, i.path);
      if (i.external || !groupOf.has(g) || groupOf.get(g) === groupOf.get(file)) continue;
      exported.add(g);
      if (i.kind === "dynamic-import") dynamic.add(g);
    }
  // A group's file: the front's, or the path of a root others import dynamically, or a new name.
  for (const g of groups) g.file = g.chunks.includes(front) ? front : g.roots.find((r) => dynamic.has(r));
  const number = new Map([...groupOf.keys()].sort().map((f, i) => [f, i]));
  const alias = (f, name) => `c${number.get(f)}$${name}`;
  const namesOf = (f) => outputs.get(f).exports;
  /** Re-exports of `f`'s bindings under its own names, from `file` (its group's) as seen from `dir`. */
  const seenFrom = (f, dir) => {
    const g = groupOf.get(f);
    const from = JSON.stringify(relative(dir, g.file));
    if (!namesOf(f).length) return `import ${from};`;
    return f === g.file
      ? `export { ${namesOf(f).join(", ")} } from ${from};`
      : `export { ${namesOf(f)
          .map((n) => `${alias(f, n)} as ${n}`)
          .join(", ")} } from ${from};`;
  };
  const fold = { groupOf, seenFrom };

  const chunksDir = path.join(path.dirname(front), "chunks");
  for (const g of groups) {
    // What other files import; the chunks nobody else imports come in through those (each is
    // imported statically by another or is a root), and one only its own group imports
    // dynamically still loads only then.
    const entry = g.chunks
      .filter((f) => f === g.file || exported.has(f))
      .map((f) =>
        f === g.file
          ? `export { ${namesOf(f).join(", ")} } from ${JSON.stringify(f)};`
          : namesOf(f).length
            ? `export { ${namesOf(f)
                .map((n) => `${n} as ${alias(f, n)}`)
                .join(", ")} } from ${JSON.stringify(f)};`
            : `import ${JSON.stringify(f)};`,
      );
    const dir = g.file ? path.dirname(g.file) : chunksDir;
    const [text] = await bundle({ stdin: entry.join("\n"), dir, own: new Set(g.chunks), fold, group: g, minify });
    g.file ??= path.join(chunksDir, `${g.name}-${createHash("sha256").update(text).digest("hex").slice(0, 8).toUpperCase()}.mjs`);
    writeFileSync(g.file, text);
  }

  // Every other file that imports a folded chunk statically, bundled again alone.
  const importers = [...outputs.keys()].filter((f) => !groupOf.has(f) && importsOf(f, STATIC).some((g) => groupOf.has(g)));
  for (const dir of new Set(importers.map((f) => path.dirname(f)))) {
    const here = importers.filter((f) => path.dirname(f) === dir);
    const texts = await bundle({ entries: here, dir, own: new Set(), fold, minify });
    here.forEach((f, i) => writeFileSync(f, texts[i]));
  }

  for (const [f, g] of groupOf) {
    if (f === g.file) continue;
    if (dynamic.has(f)) writeFileSync(f, seenFrom(f, path.dirname(f)) + "\n");
    else rmSync(f);
  }
}

/** `from` → `to` as an import specifier ("./x.mjs", "../x.mjs"). */
function relative(from, to) {
  const rel = path.relative(from, to).split(path.sep).join("/");
  return rel.startsWith(".") ? rel : `./${rel}`;
}

/**
 * ES modules written to `dir`, each one file: the `stdin` module or each of `entries`, with the
 * built chunks in `own` bundled in. A folded chunk of another group, imported statically, becomes
 * an import of its bindings from that group's file; imported dynamically, from its path (its
 * group's file or its stub). Every other chunk, package and Node built-in stays an import (a
 * chunk's path made relative to `dir`). Returns the texts in the order of `entries`.
 */
async function bundle({ stdin, entries, dir, own, fold, group, minify }) {
  const r = await build({
    ...(stdin !== undefined
      ? { stdin: { contents: stdin, resolveDir: dir, sourcefile: "fold.mjs", loader: "js" } }
      : { entryPoints: entries, outdir: dir, entryNames: "[name]", outExtension: { ".js": ".mjs" } }),
    bundle: true,
    write: false,
    // The names esbuild gives modules in the output (its lazy-init wrappers' keys) are relative to
    // this: to the output's own folder, so no path of the machine that built it is in the package.
    absWorkingDir: dir,
    platform: "node",
    format: "esm",
    target: "node20",
    minifySyntax: minify,
    minifyWhitespace: minify,
    legalComments: "none",
    logLevel: "warning",
    plugins: [
      {
        name: "fold",
        setup(b) {
          b.onResolve({ filter: /^(\.\.?\/|\/)/ }, (a) => {
            const file = path.resolve(a.resolveDir, a.path);
            if (a.kind === "entry-point") return { path: file };
            if (a.namespace === "folded") return { path: relative(dir, file), external: true };
            const home = fold.groupOf.get(file);
            if (home && home !== group)
              return a.kind === "dynamic-import"
                ? { path: relative(dir, file), external: true }
                : { path: relative(dir, file), namespace: "folded", pluginData: file };
            if (own.has(file)) return { path: file };
            return { path: relative(dir, file), external: true };
          });
          b.onResolve({ filter: /^[^./]/ }, (a) => ({ path: a.path, external: true }));
          b.onLoad({ filter: /.*/, namespace: "folded" }, (a) => ({
            contents: fold.seenFrom(a.pluginData, dir),
            resolveDir: dir,
            loader: "js",
          }));
        },
      },
    ],
  });
  if (stdin !== undefined) return [r.outputFiles[0].text];
  const byPath = new Map(r.outputFiles.map((o) => [o.path, o.text]));
  return entries.map((f) => {
    const text = byPath.get(path.join(dir, path.basename(f)));
    if (text === undefined) throw new Error(`fold: no output for ${f}`);
    return text;
  });
}
