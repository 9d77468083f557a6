#!/usr/bin/env node
// Builds what the launcher runs: the backend bundle (dist/) and the production page (.next/).
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const only = process.argv[2];

if (only !== "page") {
  await build({
    entryPoints: [path.join(root, "server/main.ts")],
    outfile: path.join(root, "dist/inspector.mjs"),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: "linked",
    logLevel: "warning",
  });
}
if (only !== "server") {
  copyMonaco();
  const r = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/**
 * The page's editor comes from the local monaco-editor package (never a CDN): its AMD build
 * (min/vs, with its own workers) is copied into public/monaco/vs, once per version.
 */
function copyMonaco() {
  const from = path.join(root, "node_modules/monaco-editor/min/vs");
  const to = path.join(root, "public/monaco/vs");
  const stamp = path.join(root, "public/monaco/.version");
  const version = JSON.parse(readFileSync(path.join(root, "node_modules/monaco-editor/package.json"), "utf8")).version;
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === version && existsSync(path.join(to, "loader.js"))) return;
  rmSync(path.join(root, "public/monaco"), { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  writeFileSync(stamp, version);
}
