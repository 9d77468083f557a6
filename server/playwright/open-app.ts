import type { Page } from "@playwright/test";
import type { AppEntry, Entry } from "../../lib/record/format";
import { McpHarnessError } from "../test-library/errors";
import type { AppBackend } from "./backend";
import {
  appEntries,
  appIdsOf,
  cspViolationsOf,
  listedTools,
  messagesOf,
  notificationsOf,
  requestsOf,
  sizeChangesOf,
  toolResultOf,
} from "./app-log";
import type { McpApp } from "./types";

const OPEN_MS = 20_000;

/**
 * Resolves with the first entry `test` accepts, among those held and those appended from now
 * on; rejects after `ms` (the record pushes each entry: nothing polls it).
 */
function waitForEntry<T extends Entry>(backend: AppBackend, test: (e: Entry) => e is T, ms: number, why: () => string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const finish = (f: () => void) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      unsubscribe();
      f();
    };
    const unsubscribe = backend.subscribe((e) => test(e) && finish(() => resolve(e)));
    const timer = setTimeout(() => finish(() => reject(new Error(why()))), ms);
    const held = backend.entries().find(test);
    if (held) finish(() => resolve(held));
  });
}

/** What the page says went wrong with the App (an unreadable ui:// resource, a call that did not complete), for an error message. */
async function pageSays(page: Page): Promise<string> {
  const errors = await page
    .locator('[data-testid="app-panel"] .form-error, #main-panel-apps .form-error')
    .allInnerTexts()
    .catch(() => []);
  return errors.length ? ` The page says: ${errors.join("; ")}` : "";
}

/**
 * Run `tool` from the page's Apps tab as a person does (pick it, type its arguments as JSON,
 * run it) and wait until the App it renders has initialized and been handed the result: the
 * host's `ui/notifications/tool-result` (or tool-cancelled) of a new appId in the record.
 */
export async function openApp(
  page: Page,
  backend: AppBackend,
  tool: string,
  args: Record<string, unknown>,
  timeout = OPEN_MS,
): Promise<McpApp> {
  const call = `mcpApp.open("${tool}")`;
  const fail = async (message: string) => new McpHarnessError("timeout", call, message + (await pageSays(page)));
  const before = appIdsOf(backend.entries(), tool);
  if (!page.url().startsWith(backend.pageUrl.split("?")[0])) await page.goto(backend.pageUrl);
  await page.getByRole("tab", { name: "Apps", exact: true }).click();
  const list = page.getByRole("list", { name: "App tools" });
  await list
    .or(page.getByText("No Apps", { exact: true }))
    .first()
    .waitFor({ timeout });
  const tools = listedTools(backend.entries());
  const listed = tools?.get(tool);
  if (!listed?.app) {
    const apps = [...(tools ?? [])].filter(([, t]) => t.app).map(([name]) => name);
    const why = listed ? "has no App (no ui:// resource in _meta.ui.resourceUri)" : "is not a tool of this server";
    throw new McpHarnessError("usage", call, `${tool} ${why}; its App tools: ${apps.join(", ") || "none"}`);
  }
  await list.getByRole("button", { name: listed.label, exact: true }).click();
  await page.getByLabel(`Arguments of ${tool} (JSON)`).fill(JSON.stringify(args));
  await page.getByRole("button", { name: `Run ${tool}`, exact: true }).click();

  const isNew = (e: Entry): e is AppEntry => e.kind === "app" && e.tool === tool && !before.has(e.appId);
  const first = await waitForEntry(backend, isNew, timeout, () => `no App of ${tool} rendered within ${timeout} ms.`).catch(
    async (e: Error) => {
      throw await fail(e.message);
    },
  );
  const appId = first.appId;
  const handed = (e: Entry): e is AppEntry => e.kind === "app" && e.appId === appId && toolResultOf([e]).handed;
  await waitForEntry(
    backend,
    handed,
    timeout,
    () =>
      `the App of ${tool} did not initialize within ${timeout} ms (no ui/notifications/initialized, so the host never handed it the result).`,
  ).catch(async (e: Error) => {
    throw await fail(e.message);
  });
  await bringIntoView(page);
  return appHandle(page, backend, tool, appId);
}

/**
 * Scroll the App's pane so the App's top is at its top, or as near as the pane scrolls, as a person
 * would before using it.
 * A click into the App's frame then needs no scroll of the page. One such click, which had to
 * scroll the page first, never reached the App in a loaded CI run: the App's frame is in another
 * process, and its place on the page can be read before the scroll has moved it.
 */
async function bringIntoView(page: Page): Promise<void> {
  await page
    .getByTestId("app-panel")
    .getByTestId("app-stage")
    // Typed by hand: the backend's code is compiled without the DOM's types.
    .evaluate((stage) => (stage as unknown as { scrollIntoView(o: { block: "start" }): void }).scrollIntoView({ block: "start" }));
}

function appHandle(page: Page, backend: AppBackend, tool: string, appId: string): McpApp {
  const mine = () => appEntries(backend.entries(), appId);
  return {
    tool,
    appId,
    frame: page.getByTestId("app-panel").frameLocator('[data-testid="app-frame"]').frameLocator("iframe"),
    toolResult: toolResultOf(mine()).result,
    messages: () => messagesOf(mine()),
    requests: (method) => requestsOf(mine(), method),
    notifications: (method) => notificationsOf(mine(), method),
    sizeChanges: () => sizeChangesOf(mine()),
    cspViolations: () => cspViolationsOf(mine()),
    async answerLink(open) {
      const dialog = page.getByRole("alertdialog", { name: "The App asks to open a link" });
      await dialog.getByRole("button", { name: open ? "Open link" : "Refuse", exact: true }).click();
      await dialog.waitFor({ state: "detached" });
    },
  };
}
