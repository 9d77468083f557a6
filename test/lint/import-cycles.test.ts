import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// No module of the product reaches itself through its imports (type-only and dynamic imports
// count: a circle through a type still ties two files' meanings together), and no two backend
// folders import each other. The layer rule (eslint.config.mjs) orders the top-level folders and
// lib/; this holds inside them.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SOURCE = ["server", "lib", "client", "features", "components", "app"];
const IMPORT = /(?:import|export)\s[^;]*?from\s+["'](\.[^"']+)["']|import\(\s*["'](\.[^"']+)["']\s*\)|import\s+["'](\.[^"']+)["']/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [p] : [];
  });
}

function resolveImport(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return undefined;
}

/** Every relative import of the product's source, as a graph of repository-relative paths. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of SOURCE.flatMap((d) => sourceFiles(path.join(ROOT, d)))) {
    const deps = new Set<string>();
    for (const m of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const target = resolveImport(file, m[1] ?? m[2] ?? m[3]);
      if (target) deps.add(path.relative(ROOT, target));
    }
    graph.set(path.relative(ROOT, file), [...deps]);
  }
  return graph;
}

/** The strongly connected components with more than one member (Tarjan): each is an import circle. */
function circles(graph: Map<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe("imports", () => {
  const graph = importGraph();

  it("finds the imports it checks (a sanity check on the scanner)", () => {
    expect(graph.get("server/commands/check/run.ts")).toContain("server/commands/check/flags.ts");
    expect(graph.get("server/commands/check/index.ts")).toContain("server/commands/check/run.ts");
    expect(
      circles(
        new Map([
          ["a", ["b"]],
          ["b", ["a"]],
          ["c", ["a"]],
        ]),
      ),
    ).toEqual([["a", "b"]]);
  });

  it("no module imports itself through others", () => {
    expect(circles(graph)).toEqual([]);
  });

  it("finds a circle of folders of any length (a sanity check on the folder graph)", () => {
    expect(
      folderCircles(
        new Map([
          ["server/a/x.ts", ["server/b/y.ts"]],
          ["server/b/y.ts", ["server/c/z.ts"]],
          ["server/c/z.ts", ["server/a/w.ts"]],
          ["server/a/w.ts", []],
          ["server/d/v.ts", ["server/a/x.ts"]],
        ]),
      ),
    ).toEqual([
      [
        "server/a -> server/b  (server/a/x.ts -> server/b/y.ts)",
        "server/b -> server/c  (server/b/y.ts -> server/c/z.ts)",
        "server/c -> server/a  (server/c/z.ts -> server/a/w.ts)",
      ],
    ]);
  });

  it("no backend folders import each other, through any number of others", () => {
    expect(folderCircles(graph)).toEqual([]);
  });
});

/**
 * The backend's folders (server/<folder>/) as a graph, and its circles of any length (engine ->
 * auth -> bridge -> engine is as much a knot as two folders importing each other): each circle is
 * the arrows inside one strongly connected component, one example import per arrow.
 */
function folderCircles(files: Map<string, readonly string[]>): string[][] {
  const folderOf = (f: string) => (f.split("/").length > 2 ? f.split("/").slice(0, 2).join("/") : undefined);
  const example = new Map<string, string>();
  const folders = new Map<string, string[]>();
  for (const [file, deps] of files) {
    const from = file.startsWith("server/") ? folderOf(file) : undefined;
    if (!from) continue;
    if (!folders.has(from)) folders.set(from, []);
    for (const dep of deps) {
      const to = dep.startsWith("server/") ? folderOf(dep) : undefined;
      if (!to || to === from || example.has(`${from} -> ${to}`)) continue;
      example.set(`${from} -> ${to}`, `${file} -> ${dep}`);
      folders.get(from)!.push(to);
    }
  }
  return circles(folders).map((component) =>
    [...example]
      .filter(([arrow]) => component.includes(arrow.split(" -> ")[0]) && component.includes(arrow.split(" -> ")[1]))
      .map(([arrow, e]) => `${arrow}  (${e})`)
      .sort(),
  );
}
