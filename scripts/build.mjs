#!/usr/bin/env node
// Builds everything the package ships into dist/ (npm's `prepack` runs it, so a tarball always
// holds a fresh build; an installed package never builds):
//   dist/inspector.mjs   the backend and CLI, its dependencies bundled in (no runtime packages)
//   dist/lib/            the test library (`import … from "mcp-inspector-harness"`) and its .d.ts
//   dist/page/           the page: Next.js's static export, plus the editor (dist/page/monaco)
//   dist/demo/           the demo target: the pinned everything server, bundled, with its docs
//   dist/page/viewer/    the read-only viewer: one HTML file (page files and `export --viewer` copy it)
//   dist/THIRD-PARTY-NOTICES.txt   the licenses of what the bundles carry
// Usage: node scripts/build.mjs [server|library|page|demo]... [--if-missing] (no part: all of them;
// `npm test` builds the page apart from the rest, so the checks that read the page's route types
// start as soon as the page is built: scripts/test.mjs).
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { build } from "esbuild";
import { buildMonaco } from "./build-monaco.mjs";
import { writeNotices } from "./notices.mjs";
import { hintScripts } from "./compile-hints.mjs";
import { firstPaintHtml } from "./first-paint.mjs";
import { foldChunks } from "./fold-chunks.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist");
const words = process.argv.slice(2);
const PARTS = ["server", "library", "demo", "page"];
const asked = words.filter((w) => !w.startsWith("--"));
for (const w of asked) if (!PARTS.includes(w)) throw new Error(`build: no part "${w}" (the parts: ${PARTS.join(", ")})`);
const parts = new Set(asked.length ? asked : PARTS);
const outputs = {
  server: "dist/inspector.mjs",
  library: "dist/lib/index.mjs",
  page: "dist/page/index.html",
  demo: "dist/demo/server-everything/server.mjs",
};

/** The test library's entry points (package.json "exports"), each `server/<source>`. */
const LIBRARY_ENTRIES = {
  index: "test-library/index.ts",
  vitest: "test-library/vitest.ts",
  jest: "test-library/jest.ts",
  "jest-environment": "test-library/jest-environment.ts",
  matchers: "test-library/matchers/index.ts",
  playwright: "playwright/index.ts",
};
/** What the library's users bring themselves: their test runner (never bundled, one copy with theirs). */
const LIBRARY_PEERS = ["vitest", "@jest/globals", "jest-environment-node", "@playwright/test", "playwright", "playwright-core"];

if (words.includes("--if-missing") && Object.values(outputs).every((f) => existsSync(path.join(root, f)))) process.exit(0);

const metafiles = [];
/** The viewer's HTML, once built (writeViewer). */
let viewerHtml;
const started = Date.now();
if (parts.has("server") || parts.has("library")) metafiles.push(await buildServerAndLibrary());
// The backend writes page files from it (--html, export); the page's share dialog fetches it as /viewer/.
// The page's build replaces dist/page whole, so it writes the viewer again (below).
if (parts.has("server")) await timed("the viewer", async () => writeViewer(path.join(dist, "page/viewer")));
if (parts.has("demo")) metafiles.push(await buildDemo());
// The two slow parts, each a program of its own and each on one core: the library's types (a
// TypeScript program of the backend) and the page (Next.js). Neither reads what the other writes.
await Promise.all([
  parts.has("library") ? timed("the library's .d.ts", buildLibraryTypes) : undefined,
  parts.has("page") ? timed("the page", buildPage) : undefined,
]);
// The notices name what the backend's and the demo's bundles carry (their metafiles) and the page's packages.
if (parts.has("server") && parts.has("demo")) writeNotices(root, metafiles, path.join(dist, "THIRD-PARTY-NOTICES.txt"));
process.stderr.write(`build: ${[...parts].join(", ")} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

/** Runs one part of the build and says how long it took (which part bounds the build: bench/README "The suite"). */
async function timed(part, run) {
  const t = Date.now();
  await run();
  process.stderr.write(`build: ${part} in ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
}

/**
 * The backend and the test library, in one build so they share one copy of everything (the SDK,
 * zod, Ajv, the engine): two builds shipped it twice, 4 MiB of the installed package (issue 49).
 * Split at the dynamic imports: the launcher loads the light part (flags, the HTTP server, the
 * page) first and prints its URL; the engine's half is a chunk of its own that loads while the
 * page is already served. The library's entries share one copy of the engine and of the list of
 * live sessions a failed test's recording is taken from. CommonJS packages inside (ws) need a
 * real `require` for Node's built-ins; ws's optional native add-ons are left out (it falls back to
 * JavaScript when they are missing); the library's users bring their own test runner.
 */
async function buildServerAndLibrary() {
  // Chunk names carry hashes: last build's must not linger beside this one's (or ship in the package).
  rmSync(path.join(dist, "chunks"), { recursive: true, force: true });
  // The library's modules too, but not its .d.ts: `build server` (the bench's) makes no types.
  if (existsSync(path.join(dist, "lib")))
    for (const f of readdirSync(path.join(dist, "lib")))
      if (!f.endsWith(".d.ts")) rmSync(path.join(dist, "lib", f), { recursive: true, force: true });
  const library = Object.entries(LIBRARY_ENTRIES).map(([name, src]) => [`lib/${name}`, path.join(root, "server", src)]);
  const r = await build({
    entryPoints: {
      inspector: path.join(root, "server/commands/main.ts"),
      // OpenTelemetry export's worker thread (server/otel/hook.ts finds it beside the bundles).
      "otel-worker": path.join(root, "server/otel/worker.ts"),
      // The tap's --watch in its own thread, off forwarding (server/tap/watch-paths.ts finds it beside the bundles).
      "watch-worker": path.join(root, "server/tap/watch-worker.ts"),
      // What a stdio tap loads once its server is spawned (dist/tap.mjs imports it: buildTapEntry).
      "tap-after-spawn": path.join(root, "server/tap/after-spawn.ts"),
      ...Object.fromEntries(library),
    },
    outdir: dist,
    ...nodeModules(["bufferutil", "utf-8-validate", ...LIBRARY_PEERS]),
  });
  await foldChunks({
    metafile: r.metafile,
    root,
    front: path.join(dist, "inspector.mjs"),
    libraryMain: path.join(dist, "lib/index.mjs"),
    sharedEntries: [
      ...library.map(([name]) => path.join(dist, `${name}.mjs`)),
      path.join(dist, "otel-worker.mjs"),
      path.join(dist, "watch-worker.mjs"),
      path.join(dist, "tap-after-spawn.mjs"),
    ],
  });
  await buildTapEntry();
  return r.metafile;
}

/**
 * The stdio tap's entry, dist/tap.mjs (bin/ loads it for `tap`; server/commands/tap/entry.ts): one
 * file built apart from the split build, holding only what the tap needs up to its server's spawn
 * and forwarding (the tap's flags and their parse, the spawn, the forwarding loop: about 50 KiB).
 * In the split build these sit in the command line's front, which loads every command's flags and
 * the launcher (~150 KiB, 60+ ms of a loaded machine, issue 90 item 1). The few modules it shares
 * with the split build hold no state (test/budgets checks what the tap loads before its spawn).
 * What the tap loads after the spawn is the split build's dist/tap-after-spawn.mjs, one instance
 * of everything as for every other command; the entry's other dynamic imports (the tap's other
 * runs, which bin/ hands to the whole command line) are left out and would throw if reached.
 */
async function buildTapEntry() {
  const tapDir = path.join(root, "server/tap");
  await build({
    entryPoints: { tap: path.join(root, "server/commands/tap/entry.ts") },
    outdir: dist,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    minifySyntax: true,
    minifyWhitespace: true,
    legalComments: "none",
    logLevel: "warning",
    plugins: [
      {
        name: "tap-entry",
        setup(b) {
          b.onResolve({ filter: /.*/ }, (a) => {
            if (a.kind !== "dynamic-import") return undefined;
            if (a.resolveDir === tapDir && a.path === "./after-spawn") return { path: "./tap-after-spawn.mjs", external: true };
            return { path: a.path, namespace: "not-in-tap-entry" };
          });
          b.onLoad({ filter: /.*/, namespace: "not-in-tap-entry" }, (a) => ({
            contents: `throw new Error(${JSON.stringify(`dist/tap.mjs does not hold ${a.path}: bin/ runs every other tap line with dist/inspector.mjs`)});`,
            loader: "js",
          }));
        },
      },
    ],
  });
}

/**
 * Each library entry gets one .d.ts (TypeScript's declarations, bundled by rollup-plugin-dts) that
 * names nothing of the SDK or zod: scripts/library-types.mjs, in a worker thread beside the page's build.
 */
function buildLibraryTypes() {
  const worker = new Worker(new URL("./library-types.mjs", import.meta.url), {
    workerData: { root, entries: Object.entries(LIBRARY_ENTRIES) },
  });
  return new Promise((resolve, reject) => {
    worker.on("error", reject);
    worker.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`the library's .d.ts: worker exited with ${code}`))));
  });
}

/**
 * What the backend's and the library's bundles share: ES modules for Node split into hashed
 * chunks, everything bundled but `external`. CommonJS packages inside (ws) need a real `require`
 * for Node's built-ins, hence the banner.
 */
function nodeModules(external) {
  return {
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    external,
    banner: { js: 'import { createRequire as __bundleRequire } from "node:module"; const require = __bundleRequire(import.meta.url);' },
    minifySyntax: true,
    minifyWhitespace: true,
    legalComments: "none",
    metafile: true,
    logLevel: "warning",
    plugins: [sdkShims(), sharedZod()],
  };
}

/**
 * The client SDK's "_shims" import answered by server/engine/sdk-shims.ts: the SDK's own Node
 * shim loads a bundled copy of Ajv at start for a validator the engine never calls (see there).
 * A shim export the SDK comes to need and ours lacks fails this build, not a run.
 */
function sdkShims() {
  return {
    name: "sdk-shims",
    setup(b) {
      b.onResolve({ filter: /^@modelcontextprotocol\/client\/_shims$/ }, () => ({ path: path.join(root, "server/engine/sdk-shims.ts") }));
    },
  };
}

/**
 * zod ("zod" and "zod/v4", one module) taken from the user's node_modules when it is exactly the
 * version bundled, else the bundled copy: a test whose in-process server (the SDK's McpServer)
 * already loaded zod does not compile a second copy of it (583 KiB, 25-30 ms of the library's first
 * call, bench figure 9.3, issue 49). The same version is the same published code, so every verdict
 * is the same; what zod keeps across copies (its config and global registry) is on globalThis in
 * either, and nothing here tells copies apart (no `instanceof` on zod's classes). Any other version,
 * or none, loads the bundled copy, as before; so does a process where no zod has loaded yet (zod 4
 * marks itself on globalThis), the launcher's and --cli's. zod's other entries (v3, v4-mini) stay bundled.
 */
function sharedZod() {
  const NS = "shared-zod";
  return {
    name: "shared-zod",
    setup(b) {
      b.onResolve({ filter: /^zod(\/v4)?$/ }, (a) => (a.pluginData === NS ? undefined : { path: "zod", namespace: NS }));
      b.onResolve({ filter: /^bundled-zod$/, namespace: NS }, async () => {
        const r = await b.resolve("zod", { resolveDir: root, kind: "dynamic-import", pluginData: NS });
        return { path: r.path };
      });
      b.onLoad({ filter: /.*/, namespace: NS }, async () => {
        const zod = await import("zod");
        const version = JSON.parse(readFileSync(path.join(root, "node_modules/zod/package.json"), "utf8")).version;
        const names = Object.keys(zod).filter((n) => n !== "default");
        const contents = `import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
async function load() {
  // Only a zod already in this process is worth sharing: loading the project's (unbundled, dozens
  // of files) for the launcher or --cli, which have no in-process server, costs more than ours.
  if (globalThis.__zod_globalRegistry === undefined) return await import("bundled-zod");
  try {
    const pkg = createRequire(import.meta.url).resolve("zod/package.json");
    if (JSON.parse(readFileSync(pkg, "utf8")).version === ${JSON.stringify(version)}) {
      const entry = import.meta.resolve("zod");
      if (entry === pathToFileURL(path.join(path.dirname(pkg), "index.js")).href) return await import(entry);
    }
  } catch {}
  return await import("bundled-zod");
}
const m = await load();
const { ${names.map((n, i) => `${JSON.stringify(n)}: _${i}`).join(", ")} } = m;
export { ${names.map((n, i) => `_${i} as ${n}`).join(", ")} };
export default m.default;
`;
        return { contents, resolveDir: root, loader: "js" };
      });
    },
  };
}

/**
 * The demo target, bundled the same way. It reads its instructions and resources from
 * `../docs` beside its own module, so the bundle sits in demo/server-everything/ with the docs in demo/docs (and the name says which server it is wherever a command line is shown).
 * Split at the server's own dynamic imports, chunks beside the entry (`../docs` holds for each):
 * over stdio it loads neither its HTTP transports nor Express and what Express brings (iconv-lite,
 * mime-db, body-parser: 800 KiB), so it answers initialize in about 99 ms instead of 127 (V8 compiled
 * the whole 1.6 MiB module first; figure 2's "connected" waits on the demo's start, issue 49).
 */
async function buildDemo() {
  const pkg = path.join(root, "node_modules/@modelcontextprotocol/server-everything");
  rmSync(path.join(dist, "demo"), { recursive: true, force: true });
  const r = await build({
    entryPoints: { server: path.join(pkg, "dist/index.js") },
    outdir: path.join(dist, "demo/server-everything"),
    splitting: true,
    chunkNames: "[name]-[hash]",
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    banner: { js: 'import { createRequire as __demoRequire } from "node:module"; const require = __demoRequire(import.meta.url);' },
    minify: true,
    legalComments: "none",
    metafile: true,
    logLevel: "error",
  });
  cpSync(path.join(pkg, "dist/docs"), path.join(dist, "demo/docs"), { recursive: true });
  const version = JSON.parse(readFileSync(path.join(pkg, "package.json"), "utf8")).version;
  writeFileSync(path.join(dist, "demo/VERSION"), version + "\n");
  return r.metafile;
}

/**
 * The read-only viewer (features/viewer): its script and styles bundled by esbuild and inlined
 * into one HTML file whose policy lets in only that script, by hash (lib/session/page-template.ts
 * makes the HTML; bundled here to be imported by this script). Built once per build, written to
 * each folder asked.
 */
async function writeViewer(dir) {
  viewerHtml ??= await buildViewerHtml();
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "index.html"), viewerHtml);
  // The page's build gzips its files after this; a .gz left by an earlier build would be another viewer.
  rmSync(path.join(dir, "index.html.gz"), { force: true });
}

async function buildViewerHtml() {
  const r = await build({
    entryPoints: [path.join(root, "features/viewer/main.tsx")],
    outdir: path.join(dist, "viewer"),
    write: false,
    bundle: true,
    format: "iife",
    platform: "browser",
    // What DecompressionStream (a link's payload) needs: every current browser.
    target: ["chrome110", "firefox115", "safari16.4"],
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    minify: true,
    legalComments: "none",
    logLevel: "warning",
  });
  const script = r.outputFiles.find((f) => f.path.endsWith(".js")).text;
  const css = r.outputFiles.find((f) => f.path.endsWith(".css"))?.text ?? "";
  const scriptHash = `sha256-${createHash("sha256").update(script, "utf8").digest("base64")}`;
  const { viewerTemplate } = await importTs(path.join(root, "lib/session/page-template.ts"));
  return viewerTemplate({ script, scriptHash, css });
}

/** A small TypeScript module of our own, bundled and imported here (the build is plain Node). */
async function importTs(file) {
  const r = await build({ entryPoints: [file], bundle: true, write: false, format: "esm", platform: "neutral", logLevel: "warning" });
  return import(`data:text/javascript;base64,${Buffer.from(r.outputFiles[0].text).toString("base64")}`);
}

/** Next.js's static export (out/), moved to dist/page, and the editor bundled beside it. */
async function buildPage() {
  rmSync(path.join(root, "out"), { recursive: true, force: true });
  const next = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const status = await new Promise((resolve) => next.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
  if (status !== 0) process.exit(status);
  const page = path.join(dist, "page");
  rmSync(page, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  renameSync(path.join(root, "out"), page);
  // Compiled while they stream in, not at each module's first call (scripts/compile-hints.mjs). Not
  // the editor's bundle: most of Monaco's functions never run, and with the hint the machine spent
  // more CPU on it (bench/README).
  if (hintScripts(path.join(page, "_next/static/chunks")) === 0)
    throw new Error("no scripts in Next's chunks folder: where does it write them now?");
  await buildMonaco(root, path.join(page, "monaco"));
  // The share dialog's "Download as a page" takes the viewer from here (/viewer/, no token needed: it holds no session).
  await writeViewer(path.join(page, "viewer"));
  // The boot screen paints from the HTML alone (scripts/first-paint.mjs).
  const index = path.join(page, "index.html");
  writeFileSync(index, firstPaintHtml(readFileSync(index, "utf8"), readFileSync(path.join(root, "app/boot.css"), "utf8")));
  gzipTextFiles(page);
}

/**
 * A `.gz` beside every text file worth compressing, made once here so the backend serves the
 * page compressed (a third of the bytes) without compressing anything at run time. Scripts,
 * stylesheets and fonts are shipped as the .gz only (every browser takes gzip; the backend
 * decompresses for a client that does not): the uncompressed copies were 5 MiB of the installed
 * package (issue 49). HTML and text stay whole: the backend reads HTML for its CSP hashes.
 */
function gzipTextFiles(dir) {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) gzipTextFiles(file);
    else if (/\.(html|js|css|txt|json|svg|ttf)$/.test(name) && statSync(file).size >= 1024) {
      writeFileSync(file + ".gz", gzipSync(readFileSync(file), { level: 9 }));
      if (/\.(js|css|ttf)$/.test(name)) rmSync(file);
    }
  }
}
