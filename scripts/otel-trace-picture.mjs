#!/usr/bin/env node
// `node scripts/otel-trace-picture.mjs`: draws docs/otel-trace.svg from a real export of the
// built command (dist/: run `npm run build -- server` first). See test/otel/trace-picture.ts.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// Bundled under node_modules/ so the receiver's own require() finds the protocol's definitions.
const outdir = path.join(root, "node_modules/.cache/otel-trace-picture");
mkdirSync(outdir, { recursive: true });
const script = path.join(outdir, "trace-picture.mjs");
await build({
  entryPoints: [path.join(root, "test/otel/trace-picture.ts")],
  outfile: script,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
const out = path.join(root, "docs/otel-trace.svg");
const r = spawnSync(process.execPath, [script, root, out], { stdio: "inherit", timeout: 60_000 });
if (r.status !== 0) process.exit(r.status ?? 1);
console.log(`wrote ${path.relative(root, out)}`);
