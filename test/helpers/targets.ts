import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function binOf(pkg: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), "dist/index.js");
}

export const EVERYTHING = binOf("@modelcontextprotocol/server-everything");
export const FILESYSTEM = binOf("@modelcontextprotocol/server-filesystem");
export const MEMORY = binOf("@modelcontextprotocol/server-memory");
export const FIXTURES = path.join(ROOT, "test/fixtures");

export function everythingStdio(env: Record<string, string> = {}) {
  return { transport: "stdio" as const, command: process.execPath, args: [EVERYTHING, "stdio"], env };
}
