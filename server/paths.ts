import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The project root: the nearest folder above this module holding our package.json. */
export const ROOT = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, "package.json");
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, "utf8")).name === "mcp-inspector-harness") return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error("cannot find the inspector's package.json above " + fileURLToPath(import.meta.url));
    dir = up;
  }
})();

export const VERSION: string = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).version;

/** The page: Next.js's static export, built into the package (scripts/build.mjs). */
export const PAGE_DIR = path.join(ROOT, "dist/page");

/**
 * The demo target: the reference "everything" server (its version pinned in package.json),
 * bundled into one file at build time so the installed package needs none of its dependencies.
 */
export const DEMO_SERVER = path.join(ROOT, "dist/demo/server-everything/server.mjs");
