import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { expect, repoPath, startInspector, test, type RunningInspector } from "./inspector";
import { pickTool } from "./protocol-helpers";

// Issue 22 item 4: a server's `pattern: "^(a|a)*$"` froze the page's tab on Run (inputSchema)
// and blocked the backend's event loop (outputSchema with a matching structuredContent), since
// V8 backtracks exponentially on "aaaa…a!". Both now run on RE2: the page answers, the form says
// the value breaks the pattern, and the verdict comes back. A regression shows as a Playwright
// timeout (the browser and the backend are other processes), not as a hung suite.

const HOSTILE = "^(a|a)*$";
const EVIL = "a".repeat(40) + "!";

/** A stdio server on the shared hand-written JSON-RPC helpers: two tools with the hostile pattern. */
const fixture = `
import { reply, serve } from ${JSON.stringify(pathToFileURL(repoPath("test/fixtures/raw-jsonrpc.mjs")).href)};
const HOSTILE = ${JSON.stringify(HOSTILE)};
const EVIL = ${JSON.stringify(EVIL)};
const tools = [
  { name: "redos-in", description: "inputSchema with a hostile pattern and a default that backtracks",
    inputSchema: { type: "object", properties: { s: { type: "string", pattern: HOSTILE, default: EVIL } }, required: ["s"] } },
  { name: "redos-out", description: "outputSchema with a hostile pattern; the result backtracks",
    inputSchema: { type: "object" }, outputSchema: { type: "object", properties: { s: { type: "string", pattern: HOSTILE } } } },
];
serve({ serverInfo: { name: "redos", version: "1.0.0" }, tools }, (msg) => {
  if (msg.method !== "tools/call") return false;
  reply(msg.id, { content: [{ type: "text", text: "called " + msg.params?.name }], structuredContent: { s: EVIL } });
  return true;
});
`;

let dir: string;
let inspector: RunningInspector;
test.beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "redos-"));
  writeFileSync(path.join(dir, "redos-server.mjs"), fixture);
  inspector = await startInspector([process.execPath, path.join(dir, "redos-server.mjs")]);
});
test.afterAll(async () => {
  await inspector?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test("a hostile pattern neither freezes the tab on Run nor blocks the backend's verdict", async ({ page }) => {
  await page.goto(inspector.url);
  await expect(page.getByTestId("session-status")).toHaveText("Connected");

  // inputSchema: the form validates the hostile default on Run and says it breaks the pattern.
  const tools = await pickTool(page, "redos-in");
  await expect(tools.getByLabel(/^s/)).toHaveValue(EVIL);
  await tools.getByRole("button", { name: "Run tool" }).click();
  await expect(tools.locator(".schema-form .error-detail")).toContainText("must match pattern");
  await expect(tools.getByTestId("tool-result")).toHaveCount(0);
  // The tab still answers: a value that matches runs.
  await tools.getByLabel(/^s/).fill("aaaa");
  await tools.getByRole("button", { name: "Run tool" }).click();
  await expect(tools.getByTestId("tool-result")).toContainText("called redos-in");

  // outputSchema: the backend's verdict on a structuredContent that backtracks comes back.
  await tools.getByTestId("tool-redos-out").click();
  await tools.getByRole("button", { name: "Run tool" }).click();
  await expect(tools.getByTestId("tool-result")).toContainText("called redos-out");
  const verdict = tools.getByTestId("verdict");
  await expect(verdict).toHaveAttribute("data-verdict", "invalid");
  await expect(verdict).toContainText("must match pattern");
  // And the backend still answers the next request.
  await tools.getByRole("button", { name: "Run tool" }).click();
  await expect(tools.getByTestId("verdict")).toHaveAttribute("data-verdict", "invalid");
});
