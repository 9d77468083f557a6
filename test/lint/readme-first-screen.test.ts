// Issue 39 item 8: the README's first screen is for a user who arrives with npx, not for a
// contributor with a clone. Its first commands must be ones npx can run and the CLI accepts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { commandOf } from "../../server/commands/main";
import { parseCommand } from "../../server/commands/parse";
import { ROOT } from "../helpers/targets";

const README = readFileSync(path.join(ROOT, "README.md"), "utf8");
const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { name: string; bin: Record<string, string> };

describe("the README's first screen", () => {
  const firstBlock = /```(\w*)\n([\s\S]*?)\n```/.exec(README)!;
  const lines = firstBlock[2].split("\n").map((l) => l.replace(/\s+#.*$/, "").trim());

  it("leads with npx commands, before the clone commands", () => {
    expect(firstBlock[1]).toBe("sh");
    for (const l of lines) expect(l.startsWith(`npx ${pkg.name} `), l).toBe(true);
    expect(README.indexOf("npm ci && npm test")).toBeGreaterThan(README.indexOf("## Use it in your own project"));
  });

  it("npx finds the command: a bin named for the package, so npx runs it whatever else is installed", () => {
    // With several bins npx runs the one named for the package; `inspector` is the short name,
    // which the official inspector and others install too (issue 51).
    expect(pkg.bin[pkg.name]).toBe("bin/inspector.mjs");
    expect(Object.values(pkg.bin).every((p) => p === pkg.bin[pkg.name])).toBe(true);
  });

  it("every command there parses as written (no usage error)", () => {
    for (const l of lines) {
      const argv = l.split(/\s+/).slice(2);
      const { command, rest } = commandOf(argv);
      expect(() => parseCommand(command, rest), l).not.toThrow();
    }
  });
});
