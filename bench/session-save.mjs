#!/usr/bin/env node
// `node bench/session-save.mjs [ENTRIES]`: how long the tap takes to save a long session
// (bench/session-save.ts). Bundles it unminified into bench/out/ and runs it; node flags such as
// --cpu-prof go in NODE_OPTIONS.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
await build({
  entryPoints: { "session-save": path.join(root, "bench/session-save.ts") },
  outdir: path.join(root, "bench/out"),
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
const r = spawnSync(process.execPath, [path.join(root, "bench/out/session-save.mjs"), ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
});
process.exit(r.status ?? 1);
