// The two skills/* rules a well-behaved fixture cannot make fire: a skills/list answer of the
// wrong shape (skills/result-shape) and a listed skill that breaks SEP-2640's entry rules
// (skills/entry), over a recorded exchange as a server that gets them wrong would send it.
import { describe, expect, test } from "vitest";
import { lintRecord } from "../../lib/lint";
import { recordedMessage } from "../helpers/recorded-session";

function lintList(result: Record<string, unknown>) {
  const entries = [
    recordedMessage(1, "client->server", { id: 1, method: "skills/list", params: {} }),
    recordedMessage(2, "server->client", { id: 1, result }),
  ];
  return lintRecord(entries).filter((f) => f.rule.startsWith("skills/"));
}

describe("skills/* rules over a recorded skills/list answer", () => {
  test("skills that is not a list: skills/result-shape", () => {
    expect(lintList({ skills: "pdf-tools" }).map((f) => f.rule)).toEqual(["skills/result-shape"]);
  });

  test("an entry without a description, whose manifest has no digests: skills/entry, naming the skill", () => {
    const findings = lintList({
      skills: [
        {
          uri: "skill://fixture/pdf-tools/SKILL.md",
          frontmatter: { name: "pdf-tools" },
          resources: [{ uri: "skill://fixture/pdf-tools/SKILL.md", size: 10 }],
        },
      ],
    });
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(["skills/entry"]));
    expect(findings.every((f) => f.message.startsWith("skill://fixture/pdf-tools/SKILL.md: "))).toBe(true);
  });

  test("a conforming entry: no finding", () => {
    const findings = lintList({
      skills: [
        {
          uri: "skill://fixture/pdf-tools/SKILL.md",
          frontmatter: { name: "pdf-tools", description: "Fill PDF forms" },
          resources: [{ uri: "skill://fixture/pdf-tools/SKILL.md", size: 10, digest: `sha256:${"a".repeat(64)}` }],
        },
      ],
    });
    expect(findings).toEqual([]);
  });
});
