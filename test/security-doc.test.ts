import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// docs/security.md says which test holds each promise (issue 52): a file it names that does not
// exist holds nothing. Every `test/…` and `e2e/…` path in it must be a file (or, ending in /, a folder).
const ROOT = path.resolve(import.meta.dirname, "..");
const doc = readFileSync(path.join(ROOT, "docs/security.md"), "utf8");

describe("docs/security.md", () => {
  const named = [...new Set([...doc.matchAll(/`((?:test|e2e|lib|server)\/[^`\s]+)`/g)].map((m) => m[1]))];

  it("names tests for every surface", () => {
    expect(named.filter((p) => p.startsWith("test/") || p.startsWith("e2e/")).length).toBeGreaterThan(30);
  });

  it.each(named)("%s exists", (p) => {
    expect(existsSync(path.join(ROOT, p))).toBe(true);
  });

  it("every row of its table names at least one test", () => {
    const rows = doc.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| Surface") && !l.startsWith("| File"));
    for (const row of rows.filter((r) => r.split("|").length === 5)) expect(row, row).toMatch(/`(?:test|e2e)\//);
  });
});
