import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GO_BUILDS } from "../../scripts/test-fixtures.mjs";
// @ts-expect-error: a plain .mjs script without types
import { STAGES, after as afterOf } from "../../scripts/test-stages.mjs";
import { ROOT } from "../helpers/targets";

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
    for (const s of ["typecheck", "lint:promises"]) expect(after(s).has("build:page"), s).toBe(true);
    // ESLint reads no types (test/lint/layers.test.ts holds that), so it starts with the build.
    expect(stages.lint).toEqual([]);
    expect(scripts["lint:promises"]).toBe("oxlint --type-aware --deny-warnings");
  });

  it("run the suites after every check and the whole build, Playwright after vitest", () => {
    const checks = Object.keys(stages).filter((s) => s !== "test:unit" && s !== "e2e");
    for (const s of checks) expect(after("test:unit").has(s), s).toBe(true);
    expect(after("e2e").has("test:unit")).toBe(true);
  });

  it("make the tests' peers that only download and compile first, in a stage of their own, before vitest", () => {
    expect(scripts.fixtures).toBe("node scripts/test-fixtures.mjs");
    expect(stages.fixtures).toEqual([]);
    expect(after("test:unit").has("fixtures")).toBe(true);
  });

  it("the fixtures stage builds every Go fixture a test builds", () => {
    const built = new Set<string>();
    for (const f of readdirSync(path.join(ROOT, "test"), { recursive: true, encoding: "utf8" }))
      if (/\.tsx?$/.test(f))
        for (const m of readFileSync(path.join(ROOT, "test", f), "utf8").matchAll(/goBuild\("([^"]+)"\)/g)) built.add(m[1]!);
    expect(built.size).toBeGreaterThan(0); // the scan does see them
    for (const folder of built) expect(GO_BUILDS, folder).toContain(folder);
  });

  it("run without NODE_EXTRA_CA_CERTS, which every Node start loads, but for the stage that downloads", () => {
    // scripts/test.mjs itself, with an `npm` first on PATH that writes down the environment each
    // stage got: the downloads keep the machine's certificate authorities, the rest go without.
    const dir = mkdtempSync(path.join(os.tmpdir(), "test-stages-env-"));
    try {
      const npm = path.join(dir, "npm");
      writeFileSync(npm, `#!/bin/sh\necho "\${NODE_EXTRA_CA_CERTS-unset}" > "${dir}/$3.env"\n`);
      chmodSync(npm, 0o755);
      const run = spawnSync(process.execPath, ["scripts/test.mjs", "fixtures", "lint", "format:check"], {
        cwd: ROOT,
        env: { ...process.env, PATH: `${dir}:${process.env.PATH}`, NODE_EXTRA_CA_CERTS: "/etc/some-ca.pem" },
        encoding: "utf8",
      });
      expect(run.status, run.stdout + run.stderr).toBe(0);
      const got = (s: string) => readFileSync(path.join(dir, `${s}.env`), "utf8").trim();
      expect(got("fixtures")).toBe("/etc/some-ca.pem");
      expect(got("lint")).toBe("unset");
      expect(got("format:check")).toBe("unset");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
