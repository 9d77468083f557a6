import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The README's "How it is built" tree is how a new engineer finds their way: it names every folder
// of the backend and of lib/ and every top-level folder, and everything it names exists. One name
// a line, nested by two spaces; `features/<tab>/` stands for each tab's folder.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const README = readFileSync(path.join(ROOT, "README.md"), "utf8");

/** The paths the tree names, each resolved against the folders above it. */
const BLOCK = /```\n([\s\S]*?)\n```/.exec(README.slice(README.indexOf("## How it is built")))?.[1] ?? "";

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

const folders = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => `${dir}/${e.name}/`);

describe("the README's tree", () => {
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

  it("names every folder of server/ and lib/ and every top-level folder", () => {
    const top = readdirSync(ROOT, { withFileTypes: true })
      .filter(
        (e) =>
          e.isDirectory() &&
          !e.name.startsWith(".") &&
          !["node_modules", "dist", "out", "test-results", "playwright-report"].includes(e.name),
      )
      .map((e) => `${e.name}/`);
    const expected = [...top, ...folders("server"), ...folders("lib")];
    expect(expected.filter((f) => !named.includes(f))).toEqual([]);
  });

  it("names every page feature's folder among the tabs", () => {
    const words = new Set(BLOCK.split(/[\s,;:]+/).map((w) => w.replace(/[./]+$/, "")));
    expect(
      folders("features")
        .map((f) => f.split("/")[1])
        .filter((tab) => !words.has(tab)),
    ).toEqual([]);
  });
});
