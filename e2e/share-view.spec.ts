import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext, Page } from "@playwright/test";
import { parseSession, type SessionFile } from "../lib/session/file";
import { scriptJson, sessionJsonInPage } from "../lib/session/page-file";
import { SESSION_DATA_ID, dataBlock } from "../lib/session/page-template";
import { encodeSessionLink } from "../lib/session/share-link";
import { expect, repoPath, test } from "./inspector";

// Issue 87: what a person shares opens with nothing running. A colleague's fresh browser opens
// the page file of a failing `test` run from disk and a link to a statically served viewer, with
// every request refused and recorded: none may leave, and the recording must show.
let work: string;
let pageFile: string;
let viewerDir: string;
let session: SessionFile;

/** `node bin/inspector.mjs ARGS`, its exit code and stderr. */
function inspector(args: string[]): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [repoPath("bin/inspector.mjs"), ...args], { cwd: work, stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.once("exit", (code) => resolve({ code, err }));
  });
}

test.beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "share-view-"));
  writeFileSync(
    path.join(work, "echo.mcp-tests.yaml"),
    [
      "version: 1",
      "steps:",
      "  - name: echo says goodbye",
      "    tool: echo",
      "    arguments: { message: hello }",
      "    expect:",
      '      - textContent: "Echo: goodbye"',
      "",
    ].join("\n"),
  );
  pageFile = path.join(work, "failed run.html");
  viewerDir = path.join(work, "viewer");
  // One failing run (exit 1) and the viewer's folder, side by side.
  const [run, exported] = await Promise.all([
    inspector(["test", "echo.mcp-tests.yaml", "--html", pageFile, process.execPath, repoPath("dist/demo/server-everything/server.mjs")]),
    inspector(["export", "--viewer", viewerDir]),
  ]);
  expect(run.code, run.err).toBe(1);
  expect(run.err).toContain("page saved to");
  expect(exported.code, exported.err).toBe(0);
  const parsed = parseSession(sessionJsonInPage(readFileSync(pageFile, "utf8"))!);
  if (!parsed.ok) throw new Error(parsed.message);
  session = parsed.session;
});

test.afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A colleague's browser: a context of its own, every request recorded and every one but `allowed` refused. */
async function colleague(context: BrowserContext, allowed: (url: string) => boolean): Promise<string[]> {
  const left: string[] = [];
  context.on("request", (r) => void (allowed(r.url()) || left.push(r.url())));
  await context.route("**", (route) => (allowed(route.request().url()) ? route.continue() : route.abort()));
  return left;
}

test("the page file of a failing test run opens from disk with no network, and shows the recording", async ({ browser }) => {
  const context = await browser.newContext();
  const href = pathToFileURL(pageFile).href;
  const left = await colleague(context, (url) => url === href);
  const page = await context.newPage();
  const blocked: string[] = [];
  page.on("console", (m) => void (/Content Security Policy/.test(m.text()) && blocked.push(m.text())));
  await page.goto(href);
  await expect(page.getByTestId("viewer-server")).toContainText("everything");
  await expect(page.getByTestId("viewer-open-command")).toHaveValue("npx mcp-inspector-harness --open 'failed run.html'");
  // The run's own verdicts first: the failing step, what it expected beside what came.
  await expectFailingStep(page);
  // The failing call and what came back.
  await page.getByRole("tab", { name: /Timeline/ }).click();
  await page.getByTestId("viewer-row").filter({ hasText: "tools/call" }).first().click();
  await expect(page.getByTestId("viewer-entry-json")).toContainText('"name": "echo"');
  await page.getByTestId("viewer-row").filter({ hasText: "response to tools/call" }).first().click();
  await expect(page.getByTestId("viewer-entry-json")).toContainText("Echo: hello");
  await page.getByRole("tab", { name: /Problems/ }).click();
  await expect(page.getByTestId("problem-counts")).toBeVisible();
  expect(left).toEqual([]);
  expect(blocked).toEqual([]);
  await context.close();
});

test("a page file with verdicts shows the failing step's expected beside its actual, and its rows", async ({ browser }) => {
  // A verdict as the session file's schema (version 2) holds it, written here with plain values.
  const withVerdicts = {
    ...session,
    verdicts: [
      {
        source: "test",
        name: "echo says goodbye",
        status: "fail",
        expected: "Echo: goodbye",
        actual: "Echo: hello",
        requestSeq: callSeq(),
      },
    ],
  };
  const html = readFileSync(pageFile, "utf8").replace(/<script type="application\/json" id="mcp-session">[^<]*<\/script>/, () =>
    dataBlock(SESSION_DATA_ID, scriptJson(withVerdicts)),
  );
  const file = path.join(work, "verdicts.html");
  writeFileSync(file, html);
  const context = await browser.newContext();
  const left = await colleague(context, (url) => url === pathToFileURL(file).href);
  const page = await context.newPage();
  await page.goto(pathToFileURL(file).href);
  const verdict = page.getByTestId("viewer-verdict");
  await expect(verdict).toHaveAttribute("data-passed", "false");
  await expect(verdict.getByTestId("verdict-expected")).toHaveText("Echo: goodbye");
  await expect(verdict.getByTestId("verdict-actual")).toHaveText("Echo: hello");
  await verdict.getByRole("button", { name: `seq ${callSeq()}` }).click();
  await expect(page.locator(`[data-testid="viewer-row"][data-seq="${callSeq()}"]`)).toHaveClass(/failing/);
  expect(left).toEqual([]);
  await context.close();
});

test("a link to the statically served viewer shows the recording; only the page itself is fetched", async ({ browser }) => {
  const asked: string[] = [];
  const server: Server = createServer((req, res) => {
    asked.push(req.url ?? "");
    if (req.url !== "/" && req.url !== "/index.html") return void res.writeHead(404).end();
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(readFileSync(path.join(viewerDir, "index.html")));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  try {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const { url } = await encodeSessionLink(session, base);
    const context = await browser.newContext();
    const left = await colleague(context, (u) => u === base);
    const page = await context.newPage();
    await page.goto(url);
    await expect(page.getByTestId("viewer-server")).toContainText("everything");
    await expectFailingStep(page);
    await page.getByRole("tab", { name: /Timeline/ }).click();
    await page.getByTestId("viewer-row").filter({ hasText: "response to tools/call" }).first().click();
    await expect(page.getByTestId("viewer-entry-json")).toContainText("Echo: hello");
    await expect(page.getByTestId("viewer-open-command")).toHaveValue(
      /^npx mcp-inspector-harness --open 'http:\/\/127\.0\.0\.1:\d+\/#session=v1\./,
    );
    expect(left).toEqual([]);
    // The session never reached the server: the fragment stays in the browser.
    expect(asked).toEqual(["/"]);
    await context.close();
  } finally {
    server.close();
  }
});

/** The failing run's one step, failed, with what it expected beside what came. */
async function expectFailingStep(page: Page): Promise<void> {
  const verdict = page.getByTestId("viewer-verdict").filter({ hasText: "echo says goodbye" });
  await expect(verdict).toHaveAttribute("data-passed", "false");
  await expect(verdict.getByTestId("verdict-expected")).toContainText("Echo: goodbye");
  await expect(verdict.getByTestId("verdict-actual")).toContainText("Echo: hello");
}

/** The seq of the run's tools/call request. */
function callSeq(): number {
  const e = session.entries.find(
    (x) => x.kind === "message" && x.dir === "client->server" && (x.message as { method?: string }).method === "tools/call",
  );
  return e!.seq;
}

test("the share dialog: what each form needs, a page that opens from disk, links to the team's viewer", async ({ page, demo, browser }) => {
  await page.goto(demo.url);
  await expect(page.getByTestId("session-status")).toHaveText("Connected");
  await page.getByRole("button", { name: "Share / export…" }).click();
  const dialog = page.getByTestId("share-dialog");
  const forms = dialog.getByTestId("share-form");
  await expect(forms).toHaveCount(3);
  await expect(forms.nth(0)).toContainText(/Page \(\.html\).*nothing running.*npx mcp-inspector-harness --open '.*\.mcp-session\.html'/);
  await expect(forms.nth(1)).toContainText("Opens only where an inspector runs");
  await expect(forms.nth(2)).toContainText(/npx mcp-inspector-harness --open '.*\.mcp-session\.json'/);
  const [download] = await Promise.all([page.waitForEvent("download"), dialog.getByRole("button", { name: "Download as a page" }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.mcp-session\.html$/);
  const file = path.join(work, download.suggestedFilename());
  await download.saveAs(file);
  // A link to the team's viewer: the address chosen, the session after #.
  await dialog.getByTestId("share-base").getByRole("textbox").fill("https://team.example/mcp-viewer/");
  await expect(forms.nth(1)).toContainText("Opens in any browser at https://team.example/mcp-viewer/");
  await dialog.getByRole("button", { name: "Make share link" }).click();
  await expect(dialog.getByTestId("share-link")).toHaveValue(/^https:\/\/team\.example\/mcp-viewer\/#session=v1\./);

  const context = await browser.newContext();
  const left = await colleague(context, (url) => url === pathToFileURL(file).href);
  const opened = await context.newPage();
  await opened.goto(pathToFileURL(file).href);
  await expect(opened.getByTestId("viewer-server")).toContainText("everything");
  await expect(opened.getByTestId("viewer-row").first()).toBeVisible();
  expect(left).toEqual([]);
  await context.close();
});
