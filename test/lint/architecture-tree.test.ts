import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// ARCHITECTURE.md's code map is how a new engineer finds their way: it names every top-level folder
// and every folder inside one, and everything it names exists. One name a line, nested by two
// spaces; a description's continuation lines are indented past the name column.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const MAP = readFileSync(path.join(ROOT, "ARCHITECTURE.md"), "utf8");

/** The paths the tree names, each resolved against the folders above it. */
const BLOCK = /```\n([\s\S]*?)\n```/.exec(MAP.slice(MAP.indexOf("## Code map")))?.[1] ?? "";

function namedPaths(block = BLOCK): string[] {
  const parents: string[] = [];
  const named: string[] = [];
  for (const line of block.split("\n")) {
    const m = /^( *)(\S+)/.exec(line);
    if (!m || m[1].length % 2 !== 0 || !/^[\w.<>@-]+(\/[\w.<>-]*)*\/?$/.test(m[2]) || !/[./]/.test(m[2])) continue;
    const depth = m[1].length / 2;
    // A description's continuation line is indented past the name column: not a name.
    if (depth > parents.length) continue;
    parents.length = depth;
    const full = [...parents, m[2]].join("");
    named.push(full);
    // `features/<tab>/` names the folder before the placeholder too.
    if (full.includes("/<")) named.push(full.slice(0, full.indexOf("<")));
    if (m[2].endsWith("/")) parents.push(m[2]);
  }
  return named;
}

/** Folders that hold a tracked file (a build's output, bench/out, is not the code's to map). */
const TRACKED = new Set(
  execFileSync("git", ["ls-files"], { cwd: ROOT, encoding: "utf8" })
    .split("\n")
    .flatMap((f) => {
      const parts = f.split("/");
      return [parts.length > 1 ? `${parts[0]}/` : "", parts.length > 2 ? `${parts[0]}/${parts[1]}/` : ""];
    }),
);

const folders = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory() && TRACKED.has(`${dir}/${e.name}/`))
    .map((e) => `${dir}/${e.name}/`);

describe("ARCHITECTURE.md's code map", () => {
  const named = namedPaths();

  it("reads the tree (a sanity check on the reader)", () => {
    expect(named).toContain("server/engine/");
    expect(named).toContain("lib/protocol/");
    expect(named.length).toBeGreaterThan(30);
  });

  it("names only what exists", () => {
    const missing = named
      .filter((p) => !p.includes("<"))
      .filter((p) => {
        try {
          statSync(path.join(ROOT, p));
          return false;
        } catch {
          return true;
        }
      });
    expect(missing).toEqual([]);
  });

  it("names every top-level folder and every folder inside one", () => {
    const skipped = ["node_modules", "dist", "out", "test-results", "playwright-report", "mcp-recordings", "mcp-tests"];
    const top = readdirSync(ROOT, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith(".") && !skipped.includes(e.name))
      .map((e) => `${e.name}/`);
    const expected = [...top, ...top.flatMap((t) => folders(t.slice(0, -1)))];
    expect(expected.filter((f) => !named.includes(f))).toEqual([]);
  });
});
