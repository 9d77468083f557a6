#!/usr/bin/env node
// `npm run bench`: builds the backend bundle (so the launcher measured is the current code),
// bundles the benchmark runner (TypeScript, importing server/ and lib/) into bench/out/, and
// runs it. Arguments pass through: figure ids to run (default all), e.g. `npm run bench -- 1 5`.
// With figure 9 (the test library) it also builds dist/lib. It also bundles bench/out/first-load.mjs (bench/first-load-cli.ts), figure 6's first-load
// measurement for use by hand on another checkout.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const built = spawnSync(process.execPath, [path.join(root, "scripts/build.mjs"), "server"], { cwd: root, stdio: "inherit" });
if (built.status !== 0) process.exit(built.status ?? 1);
// Figure 9 measures the test library as shipped (dist/lib), so it is rebuilt when figure 9 runs.
const figures = process.argv.slice(2);
if (figures.length === 0 || figures.some((f) => f.split(".")[0] === "9")) {
  const lib = spawnSync(process.execPath, [path.join(root, "scripts/build.mjs"), "library"], { cwd: root, stdio: "inherit" });
  if (lib.status !== 0) process.exit(lib.status ?? 1);
}
await build({
  entryPoints: {
    main: path.join(root, "bench/main.ts"),
    backend: path.join(root, "bench/backend.ts"),
    "first-load": path.join(root, "bench/first-load-cli.ts"),
  },
  outdir: path.join(root, "bench/out"),
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
const r = spawnSync(process.execPath, [path.join(root, "bench/out/main.mjs"), ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
process.exit(r.status ?? 1);
