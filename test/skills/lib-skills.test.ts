import { createHash, randomBytes } from "node:crypto";
import { describe, expect, test } from "vitest";
import { sha256Digest } from "../../lib/skills/sha256";
import { checkSkillEntry, nameCollisions } from "../../lib/skills/conformance";
import { checkFrontmatterMatch } from "../../lib/skills/frontmatter-match";
import { parseFrontmatter, splitSkillFile } from "../../lib/skills/skill-file";
import { verifyFile } from "../../lib/skills/file-verdict";
import { normalizeSkillUri, skillNameFromUri, skillRoot } from "../../lib/skills/uri";
import type { SkillEntry } from "../../lib/skills/schema";

const node = (b: Uint8Array) => "sha256:" + createHash("sha256").update(b).digest("hex");

describe("lib/skills", () => {
  test("sha256Digest matches node:crypto at every padding boundary and on random data", () => {
    for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
      const b = randomBytes(n);
      expect(sha256Digest(b)).toBe(node(b));
    }
    expect(sha256Digest(new TextEncoder().encode("abc"))).toBe("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  test("URIs: the skill's name is the segment before /SKILL.md; escapes of unreserved characters compare equal", () => {
    expect(skillNameFromUri("skill://acme/pdf-tools/SKILL.md")).toBe("pdf-tools");
    expect(skillNameFromUri("skill://acme/SKILL.md")).toBe("acme");
    expect(skillNameFromUri("not a uri")).toBeUndefined();
    expect(normalizeSkillUri("skill://a/%7Ex/SKILL.md")).toBe(normalizeSkillUri("skill://a/~x/SKILL.md"));
    expect(skillRoot("skill://a/b/SKILL.md")).toBe("skill://a/b/");
  });

  const good: SkillEntry = {
    uri: "skill://a/pdf/SKILL.md",
    frontmatter: { name: "pdf", description: "PDFs" },
    resources: [{ uri: "skill://a/pdf/SKILL.md", digest: "sha256:" + "0".repeat(64), size: 10 }],
  };

  test("a conforming entry has no issues; each broken rule is named, with the file it is about", () => {
    expect(checkSkillEntry(good)).toEqual([]);
    const bad: SkillEntry = {
      uri: "skill://a/pdf/SKILL.md",
      frontmatter: { name: "PDF_Tools", description: " " },
      resources: [{ uri: "skill://a/other/x.md", digest: "sha256:ABC", size: -1 }, { uri: "skill://a/other/x.md" }],
    };
    const codes = checkSkillEntry(bad).map((i) => i.code);
    expect(codes).toEqual([
      "malformed-name",
      "missing-description",
      "name-path-mismatch",
      "manifest-missing-self",
      "resource-outside-skill-root",
      "malformed-digest",
      "malformed-size",
      "duplicate-resource",
      "resource-outside-skill-root",
      "missing-digest",
      "missing-size",
    ]);
    expect(checkSkillEntry({ ...good, resources: "dynamic" })).toMatchObject([{ code: "dynamic-resources", severity: "warning" }]);
  });

  test("two skills with one name under different URIs: a warning each, not an error", () => {
    const twin = { ...good, uri: "skill://b/pdf/SKILL.md" };
    expect([...nameCollisions([good, twin]).values()].map((i) => i.severity)).toEqual(["warning", "warning"]);
  });

  test("SKILL.md: frontmatter split from the body and compared field by field with the listing", () => {
    const file = "---\nname: pdf\ndescription: PDFs\nmetadata:\n  a: 1\n---\n\n# Body\n";
    expect(splitSkillFile(file).body).toBe("# Body\n");
    expect(parseFrontmatter("a: [1, 2]\n")).toEqual({ fields: { a: [1, 2] } });
    expect(parseFrontmatter("- a\n")).toEqual({ error: "frontmatter is not a YAML mapping of fields" });
    expect(checkFrontmatterMatch({ ...good, frontmatter: { name: "pdf", description: "PDFs", metadata: { a: 1 } } }, file)).toEqual([]);
    expect(checkFrontmatterMatch(good, file).map((i) => i.message)).toEqual([
      'the served SKILL.md declares "metadata" but the listing omits it',
    ]);
    expect(checkFrontmatterMatch(good, "# no frontmatter")[0].code).toBe("frontmatter-absent");
  });

  test("a file's verdict: size checked first, then the digest", () => {
    const bytes = new TextEncoder().encode("hello");
    expect(verifyFile({ uri: "u", digest: node(bytes), size: 5 }, bytes).status).toBe("verified");
    expect(verifyFile({ uri: "u", digest: node(bytes), size: 6 }, bytes)).toMatchObject({
      status: "mismatch",
      expectedSize: 6,
      actualSize: 5,
    });
    expect(verifyFile({ uri: "u", digest: node(new Uint8Array([1])), size: 5 }, bytes).status).toBe("mismatch");
    expect(verifyFile({ uri: "u", size: 5 }, bytes).status).toBe("unverifiable");
  });
});
