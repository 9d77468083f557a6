// The test library's .d.ts, in a worker thread of its own (scripts/build.mjs runs it beside the
// page's build, once the bundles are written): TypeScript emits the declarations of what the
// library's entries reach, then Rollup with rollup-plugin-dts bundles them, one .d.ts per entry
// plus the chunks they share (so a class the entries share is one type, whichever entry a user
// imports it from). Each `declare module` augmentation stays with the entry whose source declares
// it: vitest.d.ts gets vitest's matchers, jest.d.ts those of Jest's `expect`
// (test/test-library/matchers-dts.test.ts). dts-bundle-generator did this in ~44 CPU seconds, four
// fifths of them its own search of which symbol uses which; this takes ~11 (bench/README "The
// eighth round").
// Worker data: { root, entries } with entries [name, source under server/][].
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { workerData } from "node:worker_threads";
import { rollup } from "rollup";
import { dts } from "rollup-plugin-dts";
import ts from "typescript";

const { root, entries } = workerData;
const out = path.join(root, "dist/lib");
// Inside the clone (dist/ is ignored), not /tmp: nothing another local account can write into.
const emitted = mkdtempSync(path.join(root, "dist/.lib-types-"));
try {
  emitDeclarations(emitted);
  await bundle(emitted);
} finally {
  rmSync(emitted, { recursive: true, force: true });
}

/** TypeScript's declarations of every file the entries reach, under `dir` as they sit under root. */
function emitDeclarations(dir) {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(root, "tsconfig.server.json"), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    },
  });
  const options = {
    ...config.options,
    noEmit: false,
    declaration: true,
    emitDeclarationOnly: true,
    declarationDir: dir,
    rootDir: root,
    incremental: false,
    tsBuildInfoFile: undefined,
  };
  const program = ts.createProgram(
    entries.map(([, src]) => path.join(root, "server", src)),
    options,
  );
  const { diagnostics, emitSkipped } = program.emit();
  if (emitSkipped || diagnostics.length)
    throw new Error(
      `the library's declarations:\n${ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => "\n" })}`,
    );
}

/** One .d.ts per entry in dist/lib, naming no module but relative ones and the runners a user brings. */
async function bundle(dir) {
  const input = Object.fromEntries(entries.map(([name, src]) => [name, path.join(dir, "server", src.replace(/\.ts$/, ".d.ts"))]));
  const build = await rollup({
    input,
    plugins: [dts()],
    // What is not ours (the runners' types) stays an import; the SDK's and zod's never appear in
    // the library's public types (test/test-library/examples-tarball.test.ts looks).
    external: (id) => !id.startsWith(".") && !path.isAbsolute(id),
    onwarn: (warning) => {
      throw new Error(`the library's .d.ts: ${warning.message}`);
    },
  });
  const { output } = await build.generate({ format: "es", chunkFileNames: "shared-[hash].d.ts" });
  await build.close();
  for (const f of readdirSync(out)) if (f.endsWith(".d.ts")) rmSync(path.join(out, f));
  for (const file of output) writeFileSync(path.join(out, file.fileName), file.type === "chunk" ? file.code : file.source);
}
