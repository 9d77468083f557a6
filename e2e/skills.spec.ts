import { expect, repoPath, startInspector, test } from "./inspector";

// The Skills tab (SEP-2640) against test/fixtures/skills-server.mjs: each skill's frontmatter,
// its SKILL.md rendered, and its files verified against their SHA-256 digests through the
// backend; a file served with another digest is shown as a mismatch and is a Problems finding.
const FIXTURE = repoPath("test/fixtures/skills-server.mjs");

test("a skill's frontmatter, its SKILL.md rendered, every file verified", async ({ page }) => {
  const inspector = await startInspector(["-e", "SKILLS_MODE=good", process.execPath, FIXTURE]);
  try {
    await page.goto(inspector.url);
    await page.getByRole("tab", { name: "Skills" }).click();
    await page.getByTestId("skill-skill://fixture/pdf-tools/SKILL.md").click();
    const view = page.getByRole("article", { name: "Skill pdf-tools" });
    await expect(view.getByTestId("skill-outcome")).toHaveText(/^Verified: every file has its advertised size and SHA-256/);
    await expect(view.getByTestId("skill-frontmatter")).toContainText("Extract text and tables from PDF files");
    await expect(view.getByTestId("skill-frontmatter")).toContainText('{"author":"fixture"}');
    // Rendered markdown, with the frontmatter split off: a heading and a list, no YAML fence.
    const md = view.getByTestId("skill-markdown");
    await expect(md.getByRole("heading", { name: "PDF tools" })).toBeVisible();
    await expect(md.getByRole("listitem")).toHaveCount(2);
    await expect(md).not.toContainText("description:");
    await expect(view.getByTestId("skill-file")).toHaveCount(3);
    for (const row of await view.getByTestId("skill-file").all()) await expect(row).toHaveAttribute("data-status", "verified");
  } finally {
    await inspector.stop();
  }
});

test("a file served with another digest: its row says mismatch, the skill failed, Problems has skills/digest", async ({ page }) => {
  const inspector = await startInspector(["-e", "SKILLS_MODE=mismatch", process.execPath, FIXTURE]);
  try {
    await page.goto(inspector.url);
    await page.getByRole("tab", { name: "Skills" }).click();
    await page.getByTestId("skill-skill://fixture/pdf-tools/SKILL.md").click();
    const view = page.getByRole("article", { name: "Skill pdf-tools" });
    await expect(view.getByTestId("skill-outcome")).toHaveText("Failed verification");
    const bad = view.getByTestId("skill-file").filter({ hasText: "references/forms.md" });
    await expect(bad).toHaveAttribute("data-status", "mismatch");
    await expect(bad).toContainText("not the advertised sha256:");
    await page.getByRole("tab", { name: /Problems/ }).click();
    const finding = page.getByTestId("problems-panel").locator('[data-testid="problem"][data-rule="skills/digest"]');
    await expect(finding).toHaveCount(1);
    await expect(finding).toContainText("references/forms.md");
  } finally {
    await inspector.stop();
  }
});
