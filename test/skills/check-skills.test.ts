import path from "node:path";
import { describe, expect, test } from "vitest";
import { bareSession } from "../../server/headless/connect";
import { runCheck } from "../../server/check/run-check";
import { exitCodeOf } from "../../server/check/result";
import { FIXTURES } from "../helpers/targets";

const skillsServer = (mode: string) => ({
  transport: "stdio" as const,
  command: process.execPath,
  args: [path.join(FIXTURES, "skills-server.mjs")],
  env: { SKILLS_MODE: mode },
});

describe("check verifies every listed skill (SEP-2640)", () => {
  test("the good fixture: a passing probe per skill, no finding, exit 0", async () => {
    const { report } = await runCheck(bareSession(skillsServer("good")), { callTools: false });
    const skills = report.probes.filter((p) => p.id.startsWith("skill"));
    expect(skills.map((p) => [p.id, p.status])).toEqual([
      ["skills/list", "pass"],
      ["skill/skill://fixture/pdf-tools/SKILL.md", "pass"],
      ["skill/skill://fixture/git-helper/SKILL.md", "pass"],
    ]);
    expect(report.findings).toEqual([]);
    expect(report.probes.filter((p) => p.status === "fail")).toEqual([]);
    expect(exitCodeOf(report)).toBe(0);
  });

  test("a digest mismatch fails the skill once: the probe points at the lint's skills/digest finding at the same read, exit 1", async () => {
    const { report } = await runCheck(bareSession(skillsServer("mismatch")), { callTools: false });
    const pdf = report.probes.find((p) => p.id === "skill/skill://fixture/pdf-tools/SKILL.md")!;
    expect(pdf).toMatchObject({ status: "fail", sameAs: "skills/digest", message: expect.stringContaining("references/forms.md") });
    expect(report.findings.map((f) => f.rule)).toEqual(["skills/digest"]);
    expect(report.summary.errors).toBe(1);
    expect(exitCodeOf(report)).toBe(1);
  });
});
