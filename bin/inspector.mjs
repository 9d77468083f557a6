#!/usr/bin/env node
// The `inspector` command. Builds once if the build is missing (a fresh clone before
// `npm run build`), then hands over to the backend bundle. No build or dev server otherwise.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bundle = path.join(root, "dist/inspector.mjs");
if (!existsSync(bundle) || !existsSync(path.join(root, ".next/BUILD_ID"))) {
  process.stderr.write("inspector: first start: building the page and the backend (once; about a minute)…\n");
  const r = spawnSync(process.execPath, [path.join(root, "scripts/build.mjs")], { cwd: root, stdio: ["ignore", 2, 2] });
  if (r.status !== 0) {
    process.stderr.write("inspector: the build failed; see above\n");
    process.exit(1);
  }
}
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
// Nothing of ours should keep running once main is done (open handles of a closed target, etc.).
setTimeout(() => process.exit(), 200).unref();
