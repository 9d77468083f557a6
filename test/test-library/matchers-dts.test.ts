import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/targets";

const LIB = path.join(ROOT, "dist/lib");
const dts = (name: string) => readFileSync(path.join(LIB, `${name}.d.ts`), "utf8");

/** The errors tsc reports for one file written as a user writes it, against the built .d.ts. */
function typecheck(source: string): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), "harness-dts-"));
  const file = path.join(dir, "user.test.ts");
  writeFileSync(file, source);
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    types: ["node"],
    typeRoots: [path.join(ROOT, "node_modules/@types")],
    // The user's own vitest and Jest are this repository's.
    paths: { vitest: [path.join(ROOT, "node_modules/vitest")], "@jest/globals": [path.join(ROOT, "node_modules/@jest/globals")] },
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("the built .d.ts of the matcher entries", () => {
  beforeAll(() => {
    if (!existsSync(path.join(LIB, "vitest.d.ts"))) throw new Error("dist/lib is not built: run `node scripts/build.mjs library` first");
  });

  it("each carries its own framework's augmentation and no other's", () => {
    expect(dts("vitest")).toMatch(/declare module "vitest" \{\n\s+interface Matchers<T = any> extends McpMatchers<void>/);
    expect(dts("vitest")).not.toContain('declare module "expect"');
    expect(dts("jest")).toMatch(
      /declare module "expect" \{\n\s+interface Matchers<R extends void \| Promise<void>, T = unknown> extends McpMatchers<R>/,
    );
    expect(dts("jest")).not.toContain('declare module "vitest"');
    expect(dts("matchers")).not.toContain("declare module");
  });

  it("types the matchers on vitest's expect in a user's file (and refuses a misspelt one)", () => {
    const errors = typecheck(
      [
        `import { expect } from "vitest";`,
        `import ${JSON.stringify(path.join(LIB, "vitest"))};`,
        `declare const r: unknown;`,
        `expect(r).toBeToolSuccess();`,
        `expect(r).not.toBeToolError(/boom/);`,
        `expect(r).toHaveTextContent("hi");`,
        `expect(r).toMatchOutputSchema();`,
        `expect(r).toHaveNoFindings({ severity: "error" });`,
        `expect(r).toBeToolSucces();`,
      ].join("\n"),
    );
    expect(errors).toEqual([expect.stringMatching(/Property 'toBeToolSucces' does not exist.*Did you mean 'toBeToolSuccess'/s)]);
  });
});
