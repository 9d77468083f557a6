import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import type { SessionFile } from "../lib/session/file";
import { listAll } from "../server/headless/listing";
import { recordSession } from "../test/helpers/sessions";
import { fixture } from "../test/helpers/fixtures";
import { expect, repoPath, startInspector, test, type RunningInspector } from "./inspector";

// The Compare versions dialog against the versioned fixture: a recording of v1 on one side, the live v2 (or
// another file) on the other. test/surface-diff.test.ts lists every v1 -> v2 change: 12 breaking, 15 compatible.
test.describe.configure({ mode: "serial" });

let v2: RunningInspector;
let v1File: string;
let v1: SessionFile;
test.beforeAll(async () => {
  v1 = await recordSession(fixture("versioned-server", [], { SURFACE_VERSION: "1" }), async (e) => {
    for (const [m, k] of [
      ["tools/list", "tools"],
      ["resources/list", "resources"],
      ["resources/templates/list", "resourceTemplates"],
      ["prompts/list", "prompts"],
    ])
      await listAll(e, m, k);
  });
  v1File = path.join(mkdtempSync(path.join(tmpdir(), "diff-e2e-")), "versioned-v1.mcp-session.json");
  writeFileSync(v1File, JSON.stringify(v1));
  v2 = await startInspector(["-e", "SURFACE_VERSION=2", "node", repoPath("test/fixtures/versioned-server.mjs")]);
});
test.afterAll(async () => v2?.stop());

async function openDiff(page: Page) {
  await page.goto(v2.url);
  await expect(page.getByTestId("session-status")).toHaveText("Connected");
  await page.getByRole("button", { name: "Compare versions…" }).click();
  return page.getByTestId("diff-dialog").getByTestId("surface-diff");
}

const json = (name: string, value: unknown) => ({ name, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(value)) });

test("a recording of v1 against the live v2: after listing everything, the breaking changes are listed in the CLI's words", async ({
  page,
}) => {
  const diff = await openDiff(page);
  await expect(diff.getByText("Pick both sides")).toBeVisible();
  await diff.getByTestId("diff-input-old").setInputFiles(v1File);
  await expect(diff.getByTestId("diff-file-old")).toHaveText("versioned-v1.mcp-session.json");
  // Nothing listed on the live side yet: the negotiation is compared, the lists are named as not compared.
  await expect(diff.getByTestId("diff-notes")).toContainText("tools not compared");
  await expect(diff.getByTestId("diff-unlisted")).toContainText(
    "tools/list, resources/list, resources/templates/list, prompts/list never answered in full",
  );
  await expect(diff.getByTestId("diff-group-capabilities")).toContainText("capability resources.subscribe withdrawn");

  await diff.getByRole("button", { name: "List everything on the live server" }).click();
  await expect(diff.getByTestId("diff-summary")).toHaveText("12 breaking, 15 compatible");
  await expect(diff.getByTestId("diff-notes")).toHaveCount(0);
  await expect(diff.getByTestId("diff-unlisted")).toHaveCount(0);
  await expect(diff.getByTestId("diff-old")).toContainText("versioned-v1.mcp-session.json (recording, stdio, versioned 1.0.0");
  await expect(diff.getByTestId("diff-new")).toContainText("(live, stdio, versioned 2.0.0");
  const tools = diff.getByTestId("diff-group-tool");
  await expect(tools.getByRole("heading")).toHaveText(/Tools \(6 breaking, 7 compatible\)/);
  const legacy = tools.getByTestId("diff-change").filter({ hasText: "tool legacy: removed" });
  await expect(legacy).toHaveAttribute("data-severity", "breaking");
  await expect(legacy).toContainText("BREAKING");
  await expect(tools.getByTestId("diff-change").first()).toHaveAttribute("data-severity", "breaking");
  const narrowed = tools
    .getByTestId("diff-change")
    .filter({ hasText: "tool search: " })
    .filter({ hasText: "$.inputSchema.properties.limit.type" });
  await expect(narrowed).toHaveAttribute("data-severity", "breaking");
  await expect(diff.getByTestId("diff-group-resource")).toContainText("resource file:///b.json: mimeType");

  // Closing the dialog loses nothing: opened again, the file and the result are there.
  await page.getByTestId("diff-dialog").getByRole("button", { name: "Close" }).click();
  await expect(page.getByTestId("diff-dialog")).toBeHidden();
  await page.getByRole("button", { name: "Compare versions…" }).click();
  await expect(diff.getByTestId("diff-summary")).toHaveText("12 breaking, 15 compatible");

  // Swapped, the same changes read the other way.
  await diff.getByRole("button", { name: "Swap old and new" }).click();
  await expect(diff.getByTestId("diff-old")).toContainText("(live, stdio");
  await expect(diff.getByTestId("diff-group-tool").getByTestId("diff-change").filter({ hasText: "tool fresh: removed" })).toHaveAttribute(
    "data-severity",
    "breaking",
  );
});

test("two files: bad files are refused with the reason and lose nothing; the same recording twice has no differences", async ({ page }) => {
  const diff = await openDiff(page);
  await diff.getByTestId("diff-input-old").setInputFiles(v1File);
  await diff.getByTestId("diff-side-new").getByRole("radio", { name: "A session file" }).check();
  await expect(diff.getByText("Pick both sides")).toBeVisible();

  await diff.getByTestId("diff-input-new").setInputFiles(json("report.json", { format: "mcp-inspector-diff", version: 1 }));
  await expect(diff.getByTestId("diff-error-new")).toContainText(
    'report.json: this is not a session file: expected "format": "mcp-inspector-session"',
  );
  await diff.getByTestId("diff-input-new").setInputFiles(v1File);
  await expect(diff.getByTestId("diff-summary")).toHaveText("no differences");
  await expect(diff.getByTestId("diff-error-new")).toHaveCount(0);

  // A recording with no responses shows no server: refused, and the loaded file and its result stay.
  const requestsOnly = { ...v1, entries: v1.entries.filter((e) => e.kind !== "message" || e.dir === "client->server") };
  await diff.getByTestId("diff-input-new").setInputFiles(json("requests-only.mcp-session.json", requestsOnly));
  await expect(diff.getByTestId("diff-error-new")).toContainText("requests-only.mcp-session.json: the recording holds no responses");
  await expect(diff.getByTestId("diff-error-new")).toContainText("versioned-v1.mcp-session.json is still loaded");
  await expect(diff.getByTestId("diff-file-new")).toHaveText("versioned-v1.mcp-session.json");
  await expect(diff.getByTestId("diff-summary")).toHaveText("no differences");
  await diff
    .getByTestId("diff-input-old")
    .setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("<b>not json</b>") });
  await expect(diff.getByTestId("diff-error-old")).toHaveText(
    "notes.txt: this is not a session file: it is not JSON (versioned-v1.mcp-session.json is still loaded)",
  );
});
