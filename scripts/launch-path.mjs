// The launcher's way to its URL in a few files instead of ~30 (issue 74). esbuild splits the backend
// and the library into chunks by which entries share each module, so the modules the launcher runs
// before it prints its URL lie in about 30 small files, and Node's ESM loader pays for each file on
// its own (a read, a resolve, a link: about 0.4 ms each here, 12 ms of an 81 ms start). After the
// split build, this folds those chunks into three files, in this order:
//   - those the test library's main entry reaches (at its first call: it loads them anyway, now
//     as one file; what its import loads stays apart),
//   - those the rest of the library shares (the Playwright fixture's launcher: never loaded by
//     `import "mcp-inspector-harness"`),
//   - the command line's own, into dist/inspector.mjs itself.
// A later file may import an earlier one, never the reverse: what a library chunk imports is the
// library's too, so each set is closed under the imports of the ones before it.
//
// One source, one instance: nothing is copied. Every other file that imported a folded chunk is
// bundled again (esbuild, that file alone) so that it imports the same bindings from the file that
// now holds them; a class's `instanceof` and a module's state are the one module's, as before. A
// folded chunk some other file imports dynamically (`import()`: the importer expects a module of
// its own there, loaded only then) stays as a stub re-exporting from its new file; the others go.
import { createHash } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const STATIC = ["import-statement"];
const ANY = ["import-statement", "dynamic-import"];

/**
 * @param {object} o
 * @param {import("esbuild").Metafile} o.metafile the split build's (paths relative to process.cwd())
 * @param {string} o.front the command line's entry output (dist/inspector.mjs)
 * @param {string[]} o.launchModules source modules the launcher imports dynamically before its URL
 * @param {string} o.libraryMain the library's main entry output (dist/lib/index.mjs)
 * @param {string[]} o.sharedEntries every other entry's output (the library's, the workers')
 * @returns {Promise<{ folded: number, groups: Array<{ file: string, chunks: number }>, rewritten: number, stubs: number }>}
 */
export async function foldLaunchPath({ metafile, front, launchModules, libraryMain, sharedEntries }) {
  const cwd = process.cwd();
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

  const roots = [front];
  for (const source of launchModules) {
    const found = [...outputs].find(([, o]) => o.entryPoint === source);
    // A module renamed or no longer loaded dynamically: fail the build, not the start's speed.
    if (!found) throw new Error(`launch path: no chunk of its own for ${source} (renamed, or no longer imported dynamically?)`);
    roots.push(found[0]);
  }
  // What `import "mcp-inspector-harness"` loads at once stays as it is: folded, its import would
  // evaluate the whole first group (its cold import 2 → 9 ms) for nothing its first call needs sooner.
  const atLibraryImport = closure([libraryMain], STATIC);
  const folded = new Set([...closure(roots, STATIC)].filter((f) => !atLibraryImport.has(f)));
  const library = closure([libraryMain], ANY);
  const shared = closure([libraryMain, ...sharedEntries], ANY);
  if (shared.has(front)) throw new Error("launch path: the command line's entry is imported by the library");
  const chunksDir = path.dirname([...folded].find((f) => f !== front) ?? front);
  const groups = [
    { name: "launch-lib", chunks: [...folded].filter((f) => library.has(f)).sort() },
    { name: "launch", chunks: [...folded].filter((f) => shared.has(f) && !library.has(f)).sort() },
    { name: "front", chunks: [...folded].filter((f) => !shared.has(f)).sort(), file: front },
  ].filter((g) => g.chunks.length);
  const groupOf = new Map(groups.flatMap((g) => g.chunks.map((f) => [f, g])));

  // Which folded chunks another file imports, and how: their bindings leave their group's file
  // under a name of their own; a dynamic import from outside keeps a stub.
  const exported = new Set();
  const stubbed = new Set();
  for (const [file, o] of outputs)
    for (const i of o.imports ?? []) {
      const g = path.resolve(cwd, i.path);
      if (i.external || !groupOf.has(g) || groupOf.get(g) === groupOf.get(file)) continue;
      exported.add(g);
      if (i.kind === "dynamic-import") stubbed.add(g);
    }
  const number = new Map([...folded].sort().map((f, i) => [f, i]));
  const alias = (f, name) => `c${number.get(f)}$${name}`;
  const namesOf = (f) => outputs.get(f).exports;
  /** A folded chunk's module as its importers outside its group now see it: its bindings, from its group's file. */
  const seenFrom = (f, dir) =>
    namesOf(f).length
      ? `export { ${namesOf(f)
          .map((n) => `${alias(f, n)} as ${n}`)
          .join(", ")} } from ${JSON.stringify(relative(dir, groupOf.get(f).file))};`
      : `import ${JSON.stringify(relative(dir, groupOf.get(f).file))};`;
  const fold = { groupOf, seenFrom };

  for (const g of groups) {
    // The group's file exports what other files import; the chunks nobody else imports come in
    // through those (each folded chunk is imported statically by another or is a root), and a
    // chunk only its own group imports dynamically stays loaded only then.
    const entry = g.chunks
      .filter((f) => f === front || exported.has(f))
      .map((f) =>
        f === front
          ? `export { ${namesOf(f).join(", ")} } from ${JSON.stringify(f)};`
          : namesOf(f).length
            ? `export { ${namesOf(f)
                .map((n) => `${n} as ${alias(f, n)}`)
                .join(", ")} } from ${JSON.stringify(f)};`
            : `import ${JSON.stringify(f)};`,
      );
    const dir = g.file ? path.dirname(g.file) : chunksDir;
    const [text] = await bundle({ stdin: entry.join("\n"), dir, own: new Set(g.chunks), fold, group: g });
    g.file ??= path.join(chunksDir, `${g.name}-${createHash("sha256").update(text).digest("hex").slice(0, 8).toUpperCase()}.mjs`);
    writeFileSync(g.file, text);
  }

  // Every other file that imports a folded chunk statically, bundled again alone.
  const importers = [...outputs.keys()].filter((f) => !groupOf.has(f) && importsOf(f, STATIC).some((g) => groupOf.has(g)));
  for (const dir of new Set(importers.map((f) => path.dirname(f)))) {
    const here = importers.filter((f) => path.dirname(f) === dir);
    const texts = await bundle({ entries: here, dir, own: new Set(), fold });
    here.forEach((f, i) => writeFileSync(f, texts[i]));
  }

  for (const f of folded) {
    if (f === front) continue;
    if (stubbed.has(f)) writeFileSync(f, seenFrom(f, path.dirname(f)) + "\n");
    else rmSync(f);
  }
  return {
    folded: folded.size,
    groups: groups.map((g) => ({ file: g.file, chunks: g.chunks.length })),
    rewritten: importers.length,
    stubs: stubbed.size,
  };
}

/** `from` → `to` as an import specifier ("./x.mjs", "../x.mjs"). */
function relative(from, to) {
  const rel = path.relative(from, to).split(path.sep).join("/");
  return rel.startsWith(".") ? rel : `./${rel}`;
}

/**
 * ES modules written to `dir`, each one file: the `stdin` module or each of `entries`, with the
 * built chunks in `own` bundled in. A folded chunk of another group, imported statically, becomes
 * an import of its bindings from that group's file; imported dynamically, from its stub. Every
 * other chunk, package and Node built-in stays an import (a chunk's path made relative to `dir`).
 * Returns the texts in the order of `entries`.
 */
async function bundle({ stdin, entries, dir, own, fold, group }) {
  const r = await build({
    ...(stdin !== undefined
      ? { stdin: { contents: stdin, resolveDir: dir, sourcefile: "launch-path.mjs", loader: "js" } }
      : { entryPoints: entries, outdir: dir, entryNames: "[name]", outExtension: { ".js": ".mjs" } }),
    bundle: true,
    write: false,
    platform: "node",
    format: "esm",
    target: "node20",
    minifySyntax: true,
    minifyWhitespace: true,
    legalComments: "none",
    logLevel: "warning",
    plugins: [
      {
        name: "launch-path",
        setup(b) {
          b.onResolve({ filter: /^(\.\.?\/|\/)/ }, (a) => {
            const file = path.resolve(a.resolveDir, a.path);
            if (a.namespace === "folded" || a.kind === "entry-point")
              return a.kind === "entry-point" ? { path: file } : { path: relative(dir, file), external: true };
            const home = fold.groupOf.get(file);
            if (home && home !== group)
              return a.kind === "dynamic-import" ? { path: relative(dir, file), external: true } : { path: file, namespace: "folded" };
            if (own.has(file)) return { path: file };
            return { path: relative(dir, file), external: true };
          });
          b.onResolve({ filter: /^[^./]/ }, (a) => ({ path: a.path, external: true }));
          b.onLoad({ filter: /.*/, namespace: "folded" }, (a) => ({ contents: fold.seenFrom(a.path, dir), resolveDir: dir, loader: "js" }));
        },
      },
    ],
  });
  if (stdin !== undefined) return [r.outputFiles[0].text];
  const byPath = new Map(r.outputFiles.map((o) => [o.path, o.text]));
  return entries.map((f) => {
    const text = byPath.get(path.join(dir, path.basename(f)));
    if (text === undefined) throw new Error(`launch path: no output for ${f}`);
    return text;
  });
}
