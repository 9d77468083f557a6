import path from "node:path";
import { describe, expect, test } from "vitest";
import { runCommandLine } from "../../server/commands/main";
import { FIXTURES } from "../helpers/targets";

const SERVER = path.join(FIXTURES, "skills-server.mjs");

/** `inspector --cli <the skills fixture> ARGV` in-process: stdout, stderr, the exit code. */
async function cli(argv: string[], mode = "good") {
  let out = "";
  let err = "";
  const target = ["--cli", "-e", `SKILLS_MODE=${mode}`, process.execPath, SERVER];
  const code = await runCommandLine([...target, ...argv], {}, { out: (s) => void (out += s + "\n"), err: (s) => void (err += s + "\n") });
  const lines = () =>
    out
      .trim()
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l));
  return { code, out, err, lines };
}

describe("--cli --method skills/list|skills/get (SEP-2640)", () => {
  test("skills/list prints every skill with its frontmatter and manifest; skills/get the { skill } envelope", async () => {
    const list = await cli(["--method", "skills/list"]);
    expect(list.code, list.err).toBe(0);
    const { skills } = JSON.parse(list.out);
    expect(skills.map((s: { uri: string }) => s.uri)).toEqual([
      "skill://fixture/pdf-tools/SKILL.md",
      "skill://fixture/git-helper/SKILL.md",
    ]);
    expect(skills[0].resources[0].digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const get = await cli(["--method", "skills/get", "--uri", "skill://fixture/git-helper/SKILL.md"]);
    expect(get.code, get.err).toBe(0);
    expect(JSON.parse(get.out).skill.frontmatter).toEqual({ name: "git-helper", description: "Write good commit messages" });
  });

  test("resources/directory/read lists a directory's children, subdirectories as inode/directory", async () => {
    const r = await cli(["--method", "resources/directory/read", "--uri", "skill://fixture/pdf-tools/"]);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).resources).toContainEqual({
      uri: "skill://fixture/pdf-tools/references/",
      name: "references",
      mimeType: "inode/directory",
    });
  });

  test("a server without the extension: exit 1 with skills_unsupported, nothing sent", async () => {
    const r = await cli(["--method", "skills/list", "--format", "json"], "none");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.err.trim().split("\n").at(-1)!).error).toMatchObject({ code: "skills_unsupported" });
  });
});

describe("--verify: the official CLI's exit codes", () => {
  test("the good fixture verifies: one report per skill, every file verified, exit 0", async () => {
    const r = await cli(["--method", "skills/list", "--verify"]);
    expect(r.code, r.err).toBe(0);
    const reports = r.lines();
    expect(reports.map((x: { outcome: string }) => x.outcome)).toEqual(["verified", "verified"]);
    expect(reports[0].files.map((f: { status: string }) => f.status)).toEqual(["verified", "verified", "verified"]);
    expect(r.err).toMatch(/Verified 2 skills and 4 files: no conformance errors/);
  });

  test("a file served with another digest than advertised: exit 7, the file's verdict names both digests", async () => {
    const r = await cli(["--method", "skills/list", "--verify", "--format", "json"], "mismatch");
    expect(r.code).toBe(7);
    const pdf = r.lines()[0];
    expect(pdf.outcome).toBe("failed");
    const bad = pdf.files.find((f: { uri: string }) => f.uri.endsWith("references/forms.md"));
    expect(bad).toMatchObject({
      status: "mismatch",
      expectedDigest: expect.stringMatching(/^sha256:/),
      actualDigest: expect.stringMatching(/^sha256:/),
    });
    expect(bad.expectedDigest).not.toBe(bad.actualDigest);
    expect(JSON.parse(r.err.trim().split("\n").at(-1)!).error).toMatchObject({ code: "skills_nonconformant", exitCode: 7 });
  });

  test("skills/get --verify checks the one skill; a listing whose frontmatter differs from SKILL.md's fails", async () => {
    const good = await cli(["--method", "skills/get", "--uri", "skill://fixture/pdf-tools/SKILL.md", "--verify"], "frontmatter");
    expect(good.code, good.err).toBe(0);
    const bad = await cli(["--method", "skills/get", "--uri", "skill://fixture/git-helper/SKILL.md", "--verify"], "frontmatter");
    expect(bad.code).toBe(7);
    expect(bad.lines()[0].frontmatter[0]).toMatchObject({
      code: "frontmatter-mismatch",
      message: expect.stringContaining('"description" differs'),
    });
  });

  test("the read bounds: a declared file past 16 MiB is never read, exit 8; so is a skill past --skill-catalog-max-skills", async () => {
    const big = await cli(["--method", "skills/list", "--verify"], "bounds");
    expect(big.code).toBe(8);
    expect(big.lines()[2]).toMatchObject({ outcome: "incomplete", incomplete: expect.stringContaining("1 of 2 files") });
    const budget = await cli(["--method", "skills/list", "--verify", "--skill-catalog-max-skills", "1"]);
    expect(budget.code).toBe(8);
    expect(budget.lines().map((x: { outcome: string }) => x.outcome)).toEqual(["verified", "incomplete"]);
  });

  test('a "dynamic" skill: unverifiable and exit 0; exit 9 with --require-digests', async () => {
    const plain = await cli(["--method", "skills/list", "--verify"], "dynamic");
    expect(plain.code, plain.err).toBe(0);
    expect(plain.lines()[2].outcome).toBe("unverifiable");
    const strict = await cli(["--method", "skills/list", "--verify", "--require-digests"], "dynamic");
    expect(strict.code).toBe(9);
    expect(strict.err).toMatch(/advertised no digests/);
  });

  test("the flags' rules: --verify needs a skills method, --require-digests needs --verify (usage, exit 1)", async () => {
    expect((await cli(["--method", "tools/list", "--verify"])).err).toMatch(/--verify needs --method skills\/list or --method skills\/get/);
    const r = await cli(["--method", "skills/list", "--require-digests"]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--require-digests needs --verify/);
  });
});
