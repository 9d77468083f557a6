#!/usr/bin/env node
// `node bench/profile-startup.mjs <lib|cli|launcher>`: where start-up time goes (issue 49, figures
// 2, 5, 6 and 9.3). Bundles the product unminified, split into chunks and folded as dist/ is (so
// what loads lazily still loads lazily), into bench/out-profile/startup/, runs one cold start under
// `node --cpu-prof`, and prints the self time by source file and by function, and every file
// Node loaded (test/budgets/load-hook.mjs) with its size:
//   lib       import + in-process McpServer connect + first callTool (figure 9.3's lib side);
//   cli       `--cli <everything> --method tools/list` (figure 5);
//   launcher  `--demo --no-open --port 0` until /api/health says connected (figures 2 and 6).
// PROFILE_LOADS=1 lists the files loaded (and what each chunk holds) instead of profiling.
// The .cpuprofile stays there for Chrome DevTools (Performance → Load profile).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { foldChunks } from "../scripts/fold-chunks.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const what = process.argv[2];
if (!["lib", "cli", "launcher"].includes(what)) {
  console.error("usage: node bench/profile-startup.mjs <lib|cli|launcher>");
  process.exit(2);
}
const out = path.join(root, "bench/out-profile/startup");
const dir = path.join(out, what);
const require = createRequire(import.meta.url);
const EVERYTHING = path.join(path.dirname(require.resolve("@modelcontextprotocol/server-everything/package.json")), "dist/index.js");

// Folding removes chunks: last run's must not linger beside this one's.
rmSync(path.join(out, "build"), { recursive: true, force: true });
const built = await build({
  metafile: true,
  entryPoints: { inspector: path.join(root, "server/commands/main.ts"), lib: path.join(root, "server/test-library/index.ts") },
  outdir: path.join(out, "build"),
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external: ["vitest", "@jest/globals", "jest-environment-node", "@playwright/test", "playwright", "playwright-core"],
  banner: { js: 'import { createRequire as __bundleRequire } from "node:module"; const require = __bundleRequire(import.meta.url);' },
  logLevel: "warning",
  plugins: [
    {
      name: "sdk-shims",
      setup(b) {
        b.onResolve({ filter: /^@modelcontextprotocol\/client\/_shims$/ }, () => ({ path: path.join(root, "server/engine/sdk-shims.ts") }));
      },
    },
  ],
});
// What loads together folded into few files, as scripts/build.mjs does for dist/ (issue 74).
await foldChunks({
  metafile: built.metafile,
  root,
  front: path.join(out, "build/inspector.mjs"),
  libraryMain: path.join(out, "build/lib.mjs"),
  sharedEntries: [],
  minify: false,
});
// What bin/inspector.mjs does, with this build's bundle.
const run = path.join(out, "build/run.mjs");
writeFileSync(
  run,
  'const { main } = await import("./inspector.mjs");\nprocess.exitCode = await main(process.argv.slice(2));\nsetTimeout(() => process.exit(), 200).unref();\n',
);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const loads = path.join(dir, "loads.txt");
const env = { ...process.env, BUDGET_LOADS_FILE: loads };
// The load hook runs on a loader thread that would show in the profile: PROFILE_LOADS=1 lists
// the files loaded instead of profiling.
const flags = process.env.PROFILE_LOADS
  ? ["--import", path.join(root, "test/budgets/load-hook.mjs")]
  : ["--cpu-prof", `--cpu-prof-dir=${dir}`];
const TOKEN = "profile-token-0123456789abcdef";
const t0 = performance.now();
if (what === "lib") {
  // The driver resolves the SDK and zod from the checkout, as bench/direct does.
  const r = spawnSync(process.execPath, [...flags, path.join(root, "bench/direct/first-call.mjs"), "lib", "first-call"], {
    cwd: root,
    env: { ...env, LIBRARY_ENTRY: path.join(out, "build/lib.mjs") },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(r.stderr);
  console.log(`lib first call: ${r.stdout.trim()}`);
} else if (what === "cli") {
  const args = ["--cli", process.execPath, EVERYTHING, "stdio", "--method", "tools/list"];
  const r = spawnSync(process.execPath, [...flags, run, ...args], { cwd: root, env, encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  console.log(`cli tools/list: ${Math.round(performance.now() - t0)} ms wall (profiled)`);
} else {
  const child = spawn(process.execPath, [...flags, run, "--demo", "--no-open", "--port", "0"], {
    cwd: root,
    env: { ...env, INSPECTOR_TOKEN: TOKEN, INSPECTOR_BROWSER: "true" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let text = "";
  const url = await new Promise((resolve, reject) => {
    child.stdout.on("data", (d) => {
      text += d;
      const m = /http:\/\/127\.0\.0\.1:\d+/.exec(text);
      if (m) resolve(m);
    });
    child.on("exit", () => reject(new Error(`launcher exited: ${text}`)));
  });
  const printed = performance.now() - t0;
  // Connected: /api/health says so (the token is ours: INSPECTOR_TOKEN, as test/budgets does).
  let connected = NaN;
  for (let i = 0; i < 600 && Number.isNaN(connected); i++) {
    const health = await (await fetch(`${url[0]}/api/health`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json();
    if (health.status === "connected") connected = performance.now() - t0;
    else await new Promise((r) => setTimeout(r, 5));
  }
  console.log(`launcher (profiled, so slower): URL printed after ${Math.round(printed)} ms, connected after ${Math.round(connected)} ms`);
  child.kill("SIGINT");
  await new Promise((r) => child.on("exit", r));
}

// Summary: self time by function and by source file, over every profile written.
const self = new Map();
const files = new Map();
for (const f of readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"))) {
  const p = JSON.parse(readFileSync(path.join(dir, f), "utf8"));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const dt = new Map();
  p.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  for (const [id, us] of dt) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const key = `${functionName || "(anonymous)"} ${url ? `${path.basename(url)}:${lineNumber + 1}` : ""}`;
    self.set(key, (self.get(key) ?? 0) + us);
    const file = !url
      ? "(native)"
      : url.startsWith("file:")
        ? path.relative(root, fileURLToPath(url))
        : url.startsWith("/")
          ? path.relative(root, url)
          : "(node internals)";
    files.set(file, (files.get(file) ?? 0) + us);
  }
}
// The source file of a line of an unminified chunk: the nearest "// path" comment above it.
const sourceMaps = new Map();
function sourceOf(url, line) {
  if (!url.startsWith("file:") || !url.includes("/out-profile/startup/build/")) return undefined;
  let marks = sourceMaps.get(url);
  if (!marks) {
    marks = [];
    readFileSync(fileURLToPath(url), "utf8")
      .split("\n")
      .forEach((l, i) => /^\/\/ [\w@.-]+\//.test(l) && marks.push([i, l.slice(3)]));
    sourceMaps.set(url, marks);
  }
  let lo = 0;
  let hi = marks.length - 1;
  let found;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid][0] <= line) {
      found = marks[mid][1];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
// Each sample charged to the nearest frame of our own source (not node_modules) on its stack: what
// our module's evaluation or function cost, the dependency code it called included (zod schemas built at load).
const ours = new Map();
for (const f of readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"))) {
  const p = JSON.parse(readFileSync(path.join(dir, f), "utf8"));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n);
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  p.samples.forEach((id, i) => {
    for (let n = byId.get(id); n; n = parent.get(n.id)) {
      const src = sourceOf(n.callFrame.url, n.callFrame.lineNumber);
      if (src && !src.startsWith("node_modules/")) {
        ours.set(src, (ours.get(src) ?? 0) + (p.timeDeltas[i] ?? 0));
        return;
      }
    }
  });
}
const top = (m, n) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, us]) => `  ${(us / 1000).toFixed(1).padStart(7)} ms  ${k}`)
    .join("\n");
console.log(`\ntime by our own source file (what it called included):\n${top(ours, 25)}`);
console.log(`\nself time by file:\n${top(files, 15)}\n\nself time by function:\n${top(self, 25)}`);
if (existsSync(loads)) {
  const urls = [...new Set(readFileSync(loads, "utf8").trim().split("\n"))];
  // A chunk is named by its three largest sources (esbuild's metafile), so a row says what it holds.
  const holds = (file) => {
    const o = built.metafile.outputs[path.relative(process.cwd(), file)];
    if (!o) return "";
    const big = Object.entries(o.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
    return ` (${big
      .slice(0, 3)
      .map(([f, i]) => `${f.replace(/^node_modules\//, "")} ${(i.bytesInOutput / 1024).toFixed(0)}K`)
      .join(", ")}${big.length > 3 ? `, +${big.length - 3}` : ""})`;
  };
  const sized = urls.map((u) => [path.relative(root, fileURLToPath(u)) + holds(fileURLToPath(u)), statSync(fileURLToPath(u)).size]);
  const kib = sized.reduce((s, [, b]) => s + b, 0) / 1024;
  console.log(
    `\n${sized.length} files loaded, ${kib.toFixed(0)} KiB:\n${sized.map(([f, b]) => `  ${(b / 1024).toFixed(1).padStart(7)} KiB  ${f}`).join("\n")}`,
  );
}
console.log(`\nprofiles in ${path.relative(root, dir)}`);
