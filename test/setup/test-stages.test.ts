import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without types
import { STAGES, after as afterOf } from "../../scripts/test-stages.mjs";

const stages = STAGES as Record<string, string[]>;
const scripts = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).scripts as Record<string, string>;
const after = afterOf as (s: string) => Set<string>;

describe("npm test's stages (scripts/test.mjs)", () => {
  it("are npm scripts, each after stages that exist", () => {
    for (const [s, before] of Object.entries(stages)) {
      expect(scripts[s], `npm script ${s}`).toBeTruthy();
      for (const d of before) expect(Object.keys(stages)).toContain(d);
    }
  });

  it("build everything `npm run build` does, in two parts", () => {
    expect(scripts.build).toBe("node scripts/build.mjs");
    const parts = ["build:page", "build:node"].flatMap((s) => scripts[s].replace("node scripts/build.mjs", "").trim().split(/\s+/));
    expect(parts.sort()).toEqual(["demo", "library", "page", "server"]);
  });

  it("check the page's types only after the page's build wrote its route types", () => {
    for (const s of ["typecheck", "lint"]) expect(after(s).has("build:page"), s).toBe(true);
  });

  it("run the suites after every check and the whole build, Playwright after vitest", () => {
    const checks = Object.keys(stages).filter((s) => s !== "test:unit" && s !== "e2e");
    for (const s of checks) expect(after("test:unit").has(s), s).toBe(true);
    expect(after("e2e").has("test:unit")).toBe(true);
  });
});
