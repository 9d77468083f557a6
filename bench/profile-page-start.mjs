#!/usr/bin/env node
// `node bench/profile-page-start.mjs`: where the page's main thread spends its first second while
// the launcher connects to the demo beside it (figures 2 and 6; issue 49). Builds the page with
// source maps (PAGE_SOURCE_MAPS=1), runs bench/page-start-profile.ts (PROFILE_RUNS, default 5;
// PROFILE_WINDOW_MS, default 1200), prints the main thread's self time by package and by source
// file, keeps the last run's .cpuprofile in bench/out-profile/page-start/, then builds the page
// again without source maps, as it ships.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "bench/out-profile/page-start");
mkdirSync(out, { recursive: true });

const buildPage = (maps) =>
  spawnSync(process.execPath, [path.join(root, "scripts/build.mjs"), "page"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PAGE_SOURCE_MAPS: maps ? "1" : "0" },
  }).status === 0;

for (const what of ["server", "demo"]) {
  if (
    spawnSync(process.execPath, [path.join(root, "scripts/build.mjs"), what, "--if-missing"], { cwd: root, stdio: "inherit" }).status !== 0
  )
    process.exit(1);
}
if (!buildPage(true)) process.exit(1);
let status = 1;
try {
  const driver = path.join(out, "driver.mjs");
  await build({
    entryPoints: [path.join(root, "bench/page-start-profile.ts")],
    outfile: driver,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
  status = spawnSync(process.execPath, [driver], { cwd: root, stdio: "inherit" }).status ?? 1;
} finally {
  process.stderr.write("building the page again without source maps…\n");
  if (!buildPage(false)) status = 1;
}
process.exit(status);
