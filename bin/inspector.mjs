#!/usr/bin/env node
// The `inspector` command: hands over to the backend bundle that the package ships (dist/).
// It never builds: an installed package is complete, and a clone runs `npm run build` first.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bundle = path.join(root, "dist/inspector.mjs");
if (!existsSync(bundle)) {
  process.stderr.write(
    `inspector: the built backend is missing (${bundle}): this install is incomplete; reinstall the package (in a clone of the source: npm run build)\n`,
  );
  process.exit(1);
}
const argv = process.argv.slice(2);
// The stdio tap's own entry spawns the server first (issue 90 item 1); undefined: not its line.
let code = argv[0] === "tap" ? await (await import(pathToFileURL(path.join(root, "dist/tap.mjs")).href)).tapEntry(argv) : undefined;
if (code === undefined) code = await (await import(pathToFileURL(bundle).href)).main(argv);
process.exitCode = code;
// Nothing of ours should keep running once main is done (open handles of a closed target, etc.).
setTimeout(() => process.exit(), 200).unref();
