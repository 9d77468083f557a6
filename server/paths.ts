import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The project root and its package.json, read once: the nearest folder above this module holding ours. */
const OURS = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, "package.json");
    const manifest = existsSync(pkg) ? (JSON.parse(readFileSync(pkg, "utf8")) as { name?: string; version: string }) : undefined;
    if (manifest?.name === "mcp-inspector-harness") return { dir, version: manifest.version };
    const up = path.dirname(dir);
    if (up === dir) throw new Error("cannot find the inspector's package.json above " + fileURLToPath(import.meta.url));
    dir = up;
  }
})();

/** The project root: the nearest folder above this module holding our package.json. */
export const ROOT = OURS.dir;

export const VERSION: string = OURS.version;

/** The page: Next.js's static export, built into the package (scripts/build.mjs). */
export const PAGE_DIR = path.join(ROOT, "dist/page");

/**
 * The read-only viewer's HTML: a page file is this with a session in it. One copy, in the page's
 * folder (the share dialog fetches it from there as /viewer/); scripts/build.mjs writes it with
 * the backend and again with the page, whichever is built.
 */
export const VIEWER_HTML = path.join(PAGE_DIR, "viewer/index.html");

/** True when `dir` holds a built page (the static export's index.html). */
export function pageBuilt(dir: string): boolean {
  return existsSync(path.join(dir, "index.html"));
}

/**
 * The demo target: the reference "everything" server (its version pinned in package.json),
 * bundled into one file at build time so the installed package needs none of its dependencies.
 */
export const DEMO_SERVER = path.join(ROOT, "dist/demo/server-everything/server.mjs");
