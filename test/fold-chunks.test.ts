import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/targets";

// scripts/fold-chunks.mjs folds the launcher's way to its URL into a few files after the split
// build, removes the chunks it folded and bundles again every file that imported them (issue 74).
// What that must never do: leave an import of a file it removed (a command, a worker or the
// library would fail to load, maybe only on a path no other test takes), or copy a module into
// two files (two instances: an `instanceof` across them fails, state splits). The build is the
// package's (dist/), as `npm test` makes it.
const DIST = process.env.FOLD_DIST || path.join(ROOT, "dist");
const built = existsSync(path.join(DIST, "inspector.mjs"));
if (!built && process.env.CI) throw new Error("test/fold-chunks needs dist/: npm run build");

/** Every ES module of the backend and the library (the page and the demo are built apart). */
function modules(): string[] {
  const top = ["inspector.mjs", "otel-worker.mjs", "watch-worker.mjs"].map((f) => path.join(DIST, f));
  const inside = (dir: string) =>
    readdirSync(path.join(DIST, dir))
      .filter((f) => f.endsWith(".mjs"))
      .map((f) => path.join(DIST, dir, f));
  return [...top, ...inside("chunks"), ...inside("lib")];
}

describe.skipIf(!built)("the chunks a run loads together, folded (scripts/fold-chunks.mjs)", () => {
  it("leaves no import of a file that is not there, static or dynamic", () => {
    const missing: string[] = [];
    let imports = 0;
    for (const file of modules()) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)"(\.\.?\/[^"]+)"/g)) {
        imports++;
        if (!existsSync(path.resolve(path.dirname(file), m[1]))) missing.push(`${path.relative(DIST, file)} → ${m[1]}`);
      }
    }
    expect(imports).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it("names no folder of the machine that built it (the fold's module names are relative)", () => {
    const built = path.dirname(DIST);
    const naming = modules().filter((file) => readFileSync(file, "utf8").includes(built));
    expect(naming.map((f) => path.relative(DIST, f))).toEqual([]);
  });

  it("defines each of our classes in one file only (one module, one instance)", () => {
    // Our classes, by name, from the sources the bundles are built from (a class of a package we
    // bundle may share a name with another's: ws's ErrorEvent and another's, for one).
    const ours = new Set<string>();
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true }))
        if (e.isDirectory()) walk(path.join(dir, e.name));
        else if (e.name.endsWith(".ts") && !e.name.endsWith(".d.ts"))
          for (const m of readFileSync(path.join(dir, e.name), "utf8").matchAll(/^export (?:abstract )?class (\w+)/gm)) ours.add(m[1]);
    };
    walk(path.join(ROOT, "server"));
    walk(path.join(ROOT, "lib"));
    expect(ours).toContain("UsageError");
    expect(ours).toContain("PortInUse");
    const where = new Map<string, string[]>();
    for (const file of modules())
      for (const m of readFileSync(file, "utf8").matchAll(/(?:\bclass (\w+)|\b(\w+)=class)\b/g)) {
        const name = m[1] ?? m[2];
        if (ours.has(name)) where.set(name, [...(where.get(name) ?? []), path.relative(DIST, file)]);
      }
    expect(where.get("UsageError")).toHaveLength(1);
    expect(where.get("PortInUse")).toHaveLength(1);
    expect([...where].filter(([, files]) => files.length > 1)).toEqual([]);
  });
});
