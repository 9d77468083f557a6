import path from "node:path";
import { describe, expect, test } from "vitest";
import { lintRecord } from "../../lib/lint";
import { engineFactory } from "../helpers/engine";
import { FIXTURES } from "../helpers/targets";

const { newEngine } = engineFactory();

/** A session with the skills fixture: skills/list, then every file of every manifest read; the lint's findings on its record. */
async function lintSession(mode: string) {
  const { rec, engine } = newEngine();
  const state = await engine.connect({
    target: { transport: "stdio", command: process.execPath, args: [path.join(FIXTURES, "skills-server.mjs")], env: { SKILLS_MODE: mode } },
  });
  expect(state.status).toBe("connected");
  const { result } = await engine.request("skills/list", {});
  for (const skill of (result as { skills: Array<{ resources: Array<{ uri: string; size: number }> | "dynamic" }> }).skills)
    if (skill.resources !== "dynamic")
      for (const r of skill.resources) if (r.size < 1000) await engine.request("resources/read", { uri: r.uri });
  return lintRecord(rec.since(0)).filter((f) => f.rule.startsWith("skills/"));
}

describe("skills/* lint rules over a real session (test/fixtures/skills-server.mjs)", () => {
  test("the good fixture: no skills finding", async () => {
    expect(await lintSession("good")).toEqual([]);
  });

  test("a file served with another digest: skills/digest at that read, naming both digests", async () => {
    const findings = await lintSession("mismatch");
    expect(findings.map((f) => f.rule)).toEqual(["skills/digest"]);
    expect(findings[0].message).toMatch(
      /^skill:\/\/fixture\/pdf-tools\/references\/forms\.md: the served file's SHA-256 is sha256:[0-9a-f]{64}, not the advertised sha256:/,
    );
  });

  test("a listing whose frontmatter is not the SKILL.md's: skills/frontmatter; a file past 16 MiB: skills/limits", async () => {
    expect((await lintSession("frontmatter")).map((f) => [f.rule, f.message])).toEqual([
      ["skills/frontmatter", expect.stringContaining('"description" differs')],
    ]);
    expect((await lintSession("bounds")).map((f) => f.rule)).toEqual(["skills/limits"]);
  });
});
