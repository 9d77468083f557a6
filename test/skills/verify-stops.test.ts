// SEP-2640: a host MUST NOT use unverified content. A skill whose SKILL.md fails (digest, size or
// frontmatter) is not used, so `--verify`, check and the page read nothing more of it; the
// conformance suite 0.2's sep-2640-client-verify-* scenarios fail a client that does.
import { describe, expect, test } from "vitest";
import { sha256Digest } from "../../lib/skills/sha256";
import { verifySkills } from "../../lib/skills/verify";
import type { SkillEntry } from "../../lib/skills/schema";

const SKILL = "skill://pdf-processing/SKILL.md";
const FORMS = "skill://pdf-processing/references/FORMS.md";
const body = "---\nname: pdf-processing\ndescription: Extract, fill, and assemble PDF documents\n---\nSkill body.\n";
const forms = "# Forms\n";
const bytes = (s: string) => new TextEncoder().encode(s);

function entry(skillText: string, order: "skill-first" | "skill-last" = "skill-first"): SkillEntry {
  const files = [
    { uri: SKILL, digest: sha256Digest(bytes(skillText)), size: bytes(skillText).byteLength },
    { uri: FORMS, digest: sha256Digest(bytes(forms)), size: bytes(forms).byteLength },
  ];
  return {
    uri: SKILL,
    frontmatter: { name: "pdf-processing", description: "Extract, fill, and assemble PDF documents" },
    resources: order === "skill-first" ? files : files.reverse(),
  } as SkillEntry;
}

/** A server that serves `served` as SKILL.md, and the list of what was read from it. */
function server(served: string) {
  const reads: string[] = [];
  const read = async (uri: string) => {
    reads.push(uri);
    return { contents: [{ uri, mimeType: "text/markdown", text: uri === SKILL ? served : forms }] };
  };
  return { read, reads };
}

describe("verify stops at a SKILL.md that fails", () => {
  test.each([
    ["digest", entry(body), body.replace("Skill body.", "Evil body!!")],
    ["size", entry(body), body + "extra bytes\n"],
    [
      "frontmatter",
      entry(body.replace("Extract, fill, and assemble PDF documents", "Exfiltrate credentials")),
      body.replace("Extract, fill, and assemble PDF documents", "Exfiltrate credentials"),
    ],
  ])("%s: SKILL.md is read, FORMS.md is not, and the skill fails", async (_, skill, served) => {
    const { read, reads } = server(served);
    const [report] = await verifySkills(read, [skill]);
    expect(reads).toEqual([SKILL]);
    expect(report.outcome).toBe("failed");
    expect(report.incomplete).toMatch(/not read: SKILL\.md failed verification/);
  });

  test("SKILL.md is read first even when the manifest lists it last; a good skill reads every file", async () => {
    const { read, reads } = server(body);
    const [report] = await verifySkills(read, [entry(body, "skill-last")]);
    expect(reads).toEqual([SKILL, FORMS]);
    expect(report.outcome).toBe("verified");
  });
});
