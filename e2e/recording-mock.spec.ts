import { readFileSync } from "node:fs";
import { parseSession, type SessionFile } from "../lib/session/file";
import { encodeSessionLink } from "../lib/session/share-link";
import { sessionFileName } from "../lib/session/shared";
import { listAll } from "../server/headless/listing";
import { recordSession } from "../test/helpers/sessions";
import { fixture } from "../test/helpers/fixtures";
import { expect, test } from "./inspector";

// An opened recording offers to serve itself as a mock: the command names the file the person has
// (the one opened) or the one "Save session file" writes (a link has no file yet).
let v1: SessionFile;
test.beforeAll(async () => {
  v1 = await recordSession(fixture("versioned-server", [], { SURFACE_VERSION: "1" }), async (e) => {
    await listAll(e, "tools/list", "tools");
  });
});

test("a session file opened in the page: the mock commands name that file", async ({ page, demo }) => {
  await page.goto(demo.url);
  await expect(page.getByTestId("session-status")).toHaveText("Connected");
  await page
    .getByTestId("session-file-input")
    .setInputFiles({ name: "my bug.mcp-session.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(v1)) });
  const card = page.getByTestId("recording-view").getByTestId("mock-card");
  await expect(card.getByRole("heading", { name: "Serve this recording as a mock" })).toBeVisible();
  await expect(card.getByTestId("mock-command")).toHaveText("npx mcp-inspector-harness mock 'my bug.mcp-session.json'");
  await expect(card.getByTestId("mock-command-http")).toHaveText("npx mcp-inspector-harness mock 'my bug.mcp-session.json' --port 6277");
  await expect(card).toContainText("Streamable HTTP at http://127.0.0.1:6277/mcp");
  await expect(card.getByRole("button", { name: "Save session file" })).toHaveCount(0);
});

test("a share link: the command names the file Save session file writes, and that file is the recording", async ({ page, demo }) => {
  const { url } = await encodeSessionLink(v1, demo.origin);
  await page.goto(url);
  const name = sessionFileName(v1);
  expect(name).toMatch(/^versioned-.*\.mcp-session\.json$/);
  const card = page.getByTestId("recording-view").getByTestId("mock-card");
  await expect(card.getByTestId("mock-command")).toHaveText(`npx mcp-inspector-harness mock ${name}`);
  const [saved] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: "Save session file" }).click()]);
  expect(saved.suggestedFilename()).toBe(name);
  const parsed = parseSession(readFileSync((await saved.path())!, "utf8"));
  expect(parsed.ok && parsed.session).toEqual(v1);
});
