import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
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

/** The bundled demo target: the reference "everything" server, pinned in package.json. */
export function demoServerEntry(): string {
  const require = createRequire(path.join(ROOT, "package.json"));
  return path.join(path.dirname(require.resolve("@modelcontextprotocol/server-everything/package.json")), "dist/index.js");
}
