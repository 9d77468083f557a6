import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function binOf(pkg: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), "dist/index.js");
}

/**
 * The pinned everything server as the demo ships it (scripts/build.mjs `demo`: the package's own
 * code, bundled and split so its stdio start loads only what stdio needs). The suite starts it
 * ~270 times: 0.12 CPU s a start against 0.22 for the package's dist/index.js and its tree of
 * modules (the 56 files that use it: 125 -> 106 CPU s, issue 89). The published corpus
 * (test/mutants/published/corpus.ts) keeps the package's own entry: it proves servers as npm installs them.
 */
export const EVERYTHING = path.join(ROOT, "dist/demo/server-everything/server.mjs");
export const FILESYSTEM = binOf("@modelcontextprotocol/server-filesystem");
export const MEMORY = binOf("@modelcontextprotocol/server-memory");
export const FIXTURES = path.join(ROOT, "test/fixtures");

export function everythingStdio(env: Record<string, string> = {}) {
  return { transport: "stdio" as const, command: process.execPath, args: [EVERYTHING, "stdio"], env };
}

export { freePort } from "./free-port";

/** Wait until `check` returns a value, polling every few ms; fails after `ms`. */
export async function waitFor<T>(check: () => T | undefined | false, ms = 10_000, what = "condition"): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = check();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
