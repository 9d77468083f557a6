import { lstatSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { UsageError } from "../usage-error";
import { visible } from "../../../lib/text/visible";

const COLLECTION = /\.mcp-tests\.(ya?ml|json)$/i;
/** Folders a walk never enters: dependencies and VCS data hold no collections of the user's. */
const SKIP = new Set(["node_modules", ".git"]);
const MAX_FILES = 1000;

/**
 * The collection files the operands name: a file as given, a folder's *.mcp-tests.{yaml,yml,json}
 * at any depth (sorted, so runs and reports keep one order). A path that does not exist, or a
 * folder holding none, is a usage error.
 */
export function collectionFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    const st = statOr(p);
    if (!st) throw new UsageError(`${visible(p)}: no such file or folder`);
    if (st.isFile()) out.push(p);
    else {
      const found = walk(p, []);
      if (!found.length) throw new UsageError(`${visible(p)}: no *.mcp-tests.yaml files in it`);
      out.push(...found);
    }
  }
  return [...new Set(out)];
}

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir).sort()) {
    if (SKIP.has(name) || out.length >= MAX_FILES) continue;
    const p = path.join(dir, name);
    // lstat: a symlinked folder is not followed (no loops, nothing outside what was named).
    const st = statOr(p, true);
    if (st?.isDirectory()) walk(p, out);
    else if (st?.isFile() && COLLECTION.test(name)) out.push(p);
  }
  return out;
}

function statOr(p: string, noFollow = false) {
  try {
    return noFollow ? lstatSync(p) : statSync(p);
  } catch {
    return undefined;
  }
}
