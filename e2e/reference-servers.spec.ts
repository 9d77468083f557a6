import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, repoPath, startInspector, test } from "./inspector";

const bin = (pkg: string) => repoPath("node_modules/@modelcontextprotocol", pkg, "dist/index.js");

/** Every tool of each reference server gets a working form (no field the generator cannot render). */
for (const server of ["everything", "filesystem", "memory"] as const) {
  test(`${server}: every tool has a form`, async ({ page, demo }) => {
    const dir = mkdtempSync(path.join(tmpdir(), "inspector-e2e-"));
    writeFileSync(path.join(dir, "hello.txt"), "hello from the e2e test\n");
    // The everything server is the worker's demo (this test only reads its forms); the others get
    // a folder of their own.
    const inspector =
      server === "everything"
        ? { ...demo, stop: async () => {} }
        : await startInspector(
            server === "filesystem"
              ? [process.execPath, bin("server-filesystem"), dir]
              : ["-e", `MEMORY_FILE_PATH=${path.join(dir, "memory.jsonl")}`, process.execPath, bin("server-memory")],
          );
    try {
      await page.goto(inspector.url);
      await expect(page.getByTestId("session-status")).toHaveText("Connected");
      await page.getByRole("tab", { name: "Tools" }).click();
      const items = page.locator('[data-testid^="tool-"]:not([data-testid="tool-result"])');
      await expect(items.first()).toBeVisible();
      const names = await items.evaluateAll((els) => els.map((e) => e.getAttribute("data-testid")!.slice("tool-".length)));
      expect(names.length).toBeGreaterThan(3);
      for (const name of names) {
        await page.getByTestId(`tool-${name}`).click();
        await expect(page.locator("#tool-title")).toBeVisible();
        await expect(page.locator("form.schema-form")).toBeVisible();
        await expect(page.locator("form.schema-form .unsupported-field"), `${server}/${name}`).toHaveCount(0);
      }
      if (server === "filesystem") {
        await page.getByTestId("tool-read_text_file").click();
        await page.getByRole("textbox", { name: /^path/ }).fill(path.join(dir, "hello.txt"));
        await page.getByRole("button", { name: "Run tool" }).click();
        await expect(page.getByTestId("tool-result")).toContainText("hello from the e2e test");
      }
      if (server === "memory") {
        await page.getByTestId("tool-create_entities").click();
        const form = page.locator("form.schema-form");
        await form.getByRole("button", { name: "Add entity" }).first().click();
        await form.getByRole("textbox", { name: /^name/ }).fill("Ada");
        await form.getByRole("textbox", { name: /^entityType/ }).fill("person");
        await page.getByRole("button", { name: "Run tool" }).click();
        await expect(page.getByTestId("tool-result")).toContainText("Ada");
      }
    } finally {
      await inspector.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
