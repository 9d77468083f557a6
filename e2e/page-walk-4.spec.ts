import type { Page } from "@playwright/test";
import { expect, repoPath, startInspector, test, type RunningInspector } from "./inspector";
import { openDemo, openTab, pickTool } from "./protocol-helpers";
import { screenshots } from "./shots";

// Issue 54, "The page, fourth walk" (points 1–4), and issue 52 item 7 (a server's bidi and
// control characters drawn raw in the live page). WALK4_SHOTS=<folder> writes screenshots, light
// and dark, at 1280 × 800 and 420 px.
const SHOTS = process.env.WALK4_SHOTS;
const AT = { widths: [1280, 420], height: 800 } as const;

let demo: RunningInspector;
test.beforeAll(async () => {
  demo = await startInspector(["--demo"]);
});
test.afterAll(async () => demo?.stop());

/** The JSON-RPC methods of the requests the page asks the backend to send, in order. */
function sentMethods(page: Page): string[] {
  const sent: string[] = [];
  page.on("websocket", (ws) =>
    ws.on("framesent", (f) => {
      try {
        const frame = JSON.parse(String(f.payload)) as { type?: string; method?: string };
        if (frame.type === "request" && typeof frame.method === "string") sent.push(frame.method);
      } catch {
        // not a command
      }
    }),
  );
  return sent;
}

test("1. at 1280 × 800 every tab is whole and in sight, in two named rows, none scrolled away; the keyboard walks them all", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openDemo(page, demo.url);
  const bar = page.getByRole("tablist", { name: "Server features" });
  const box = (await bar.boundingBox())!;
  const tabs = bar.getByRole("tab");
  const names = (await tabs.allTextContents()).map((t) => t.replace(/\d+$/, ""));
  expect(names).toEqual(
    expect.arrayContaining([
      "Server",
      "Tools",
      "Apps",
      "Chat",
      "Resources",
      "Prompts",
      "Requests",
      "Roots",
      "Logs",
      "Tasks",
      "Raw",
      "Collections",
      "Problems",
    ]),
  );
  for (const tab of await tabs.all()) {
    const t = (await tab.boundingBox())!;
    const name = (await tab.textContent()) ?? "";
    expect(t.x, name).toBeGreaterThanOrEqual(box.x - 0.5);
    expect(t.x + t.width, name).toBeLessThanOrEqual(box.x + box.width + 0.5);
    await expect(tab).toBeInViewport({ ratio: 1 });
    // The label is whole: nothing cut ("Collectio").
    expect(await tab.evaluate((el) => el.scrollWidth <= el.clientWidth + 1), name).toBe(true);
  }
  expect(await bar.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
  // Two rows, each a group: what the server offers, then what the person does with it.
  const rows = new Set(await Promise.all((await tabs.all()).map(async (t) => Math.round((await t.boundingBox())!.y))));
  expect(rows.size).toBe(2);
  // The keyboard: End goes to Problems, Home back to Server, arrows cross the rows.
  await bar.getByRole("tab", { name: "Server" }).focus();
  await page.keyboard.press("End");
  await expect(bar.getByRole("tab", { name: /^Problems/ })).toBeFocused();
  await expect(bar.getByRole("tab", { name: /^Problems/ })).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Home");
  await expect(bar.getByRole("tab", { name: "Server" })).toBeFocused();
  for (let i = 0; i < names.length; i++) await page.keyboard.press("ArrowRight");
  await expect(bar.getByRole("tab", { name: "Server" })).toBeFocused();
  await screenshots(SHOTS, page, "walk4-tabs", AT);
});

test("2a. the server's ordinary stderr line is a log row, not a warning", async ({ page }) => {
  await openDemo(page, demo.url);
  const row = page.getByTestId("timeline-row").filter({ hasText: "Starting default (STDIO) server" }).first();
  await expect(row).toBeVisible();
  await expect(row).toHaveAttribute("data-kind", "stderr");
  await expect(row.locator(".tl-dir")).not.toContainText("!");
  const [rowColour, warn, danger] = await row.evaluate((el) => {
    const probe = (v: string) => {
      const p = document.body.appendChild(document.createElement("span"));
      p.style.color = v;
      const c = getComputedStyle(p).color;
      p.remove();
      return c;
    };
    return [getComputedStyle(el).color, probe("var(--warn)"), probe("var(--danger)")];
  });
  expect(rowColour).not.toBe(warn);
  expect(rowColour).not.toBe(danger);
  expect(await row.evaluate((el) => getComputedStyle(el).backgroundColor)).toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
  await screenshots(SHOTS, page, "walk4-stderr-row", AT);
});

test("2b. opening a tab again sends no list; Chat sends none at all until context is asked for", async ({ page }) => {
  const sent = sentMethods(page);
  await openDemo(page, demo.url);
  const lists = () => sent.filter((m) => m.endsWith("/list"));
  await openTab(page, "Chat");
  await expect(page.getByTestId("chat-view")).toBeVisible();
  expect(lists()).toEqual([]);
  const tabs = ["Tools", "Resources", "Prompts", "Roots", "Logs", "Tasks", "Apps", "Server", "Requests", "Raw", "Problems", "Chat"];
  for (const name of tabs) await openTab(page, name);
  // Each list once at most (what the tabs showed), and a second round sends none.
  await expect.poll(() => lists()).toEqual(expect.arrayContaining(["tools/list", "resources/list", "prompts/list"]));
  const firstRound = lists();
  expect(new Set(firstRound).size).toBe(firstRound.length);
  for (const name of tabs) await openTab(page, name);
  await openTab(page, "Chat");
  await expect(page.getByTestId("chat-view")).toBeVisible();
  expect(lists()).toEqual(firstRound);
  // The Chat picker uses what the Resources and Prompts tabs read: no list again.
  await expect(page.getByTestId("chat-view").getByRole("combobox", { name: "Add context" })).toBeVisible();
  expect(lists()).toEqual(firstRound);
});

test("2c. on a fresh page, Chat's context picker reads the lists only when asked", async ({ page }) => {
  const sent = sentMethods(page);
  await openDemo(page, demo.url);
  const chat = await openTab(page, "Chat");
  await openTab(page, "Tools");
  await openTab(page, "Chat");
  expect(sent.filter((m) => m === "resources/list" || m === "prompts/list")).toEqual([]);
  await chat.getByRole("button", { name: "Add a resource or prompt as context…" }).click();
  await expect(chat.getByRole("combobox", { name: "Add context" })).toBeVisible();
  expect(sent.filter((m) => m === "resources/list" || m === "prompts/list").sort()).toEqual(["prompts/list", "resources/list"]);
});

test("3. an elicitation opens its form where the person is, with the trust note; one step answers it", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openDemo(page, demo.url);
  const tools = await pickTool(page, "trigger-elicitation-request");
  await tools.getByRole("button", { name: "Run tool" }).click();
  const dialog = page.getByRole("dialog", { name: "The server is waiting for you" });
  await expect(dialog.getByTestId("elicitation-form")).toBeVisible();
  await expect(dialog.getByTestId("trust-note")).toContainText(
    "Everything Reference Server asks for your input. Only answer if you trust this server",
  );
  // Focus is in the form: the person types at once.
  expect(await dialog.evaluate((d) => d.contains(document.activeElement) && document.activeElement?.tagName !== "BODY")).toBe(true);
  await expect(page.getByRole("tab", { name: /^Tools/ })).toHaveAttribute("aria-selected", "true");
  await screenshots(SHOTS, page, "walk4-elicitation", AT);
  // Later folds it into the banner, whose Answer opens it again.
  await dialog.getByRole("button", { name: "Later" }).click();
  await expect(dialog).toHaveCount(0);
  await page.getByTestId("pending-cue").getByRole("button", { name: "Answer", exact: true }).click();
  await expect(dialog.getByTestId("elicitation-form")).toBeVisible();
  await dialog.getByRole("button", { name: "Decline" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId("pending-cue")).toHaveCount(0);
  await expect(tools.getByTestId("tool-result")).toContainText("decline");
});

test("3b. a sampling request is answered in the dialog, without leaving the tab", async ({ page }) => {
  await openDemo(page, demo.url);
  const tools = await pickTool(page, "trigger-sampling-request");
  await tools.getByRole("textbox", { name: /^prompt/ }).fill("one step");
  await tools.getByRole("button", { name: "Run tool" }).click();
  const dialog = page.getByRole("dialog", { name: "The server is waiting for you" });
  const card = dialog.getByTestId("sampling-card");
  await expect(card).toContainText("one step");
  await screenshots(SHOTS, page, "walk4-sampling", AT);
  await card.getByRole("textbox", { name: "Response text" }).fill("answered in place");
  await card.getByRole("button", { name: "Approve and send" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(tools.getByTestId("tool-result")).toContainText("answered in place");
  await expect(page.getByRole("tab", { name: /^Tools/ })).toHaveAttribute("aria-selected", "true");
});

test("4. Chat without a key says at once how to give one, before any model is typed", async ({ page }) => {
  const inspector = await startInspector(["--demo"], { ANTHROPIC_API_KEY: "", OPENAI_API_KEY: "", MODEL_API_KEY: "" });
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openDemo(page, inspector.url);
    const chat = await openTab(page, "Chat");
    const help = chat.getByTestId("chat-no-key");
    await expect(help).toContainText("ANTHROPIC_API_KEY");
    await expect(help).toContainText("OPENAI_API_KEY");
    await expect(help).toContainText("holds it in memory");
    await expect(chat.getByLabel("Model", { exact: true })).toHaveValue("");
    await expect(help.getByRole("combobox", { name: "Provider" })).toBeVisible();
    await screenshots(SHOTS, page, "walk4-chat-no-key", AT);
    // A model named: the form names that provider's variable alone.
    await chat.getByLabel("Model", { exact: true }).fill("openai:gpt-4o");
    await expect(help).toContainText("No key for this model");
    await expect(help.getByRole("combobox", { name: "Provider" })).toHaveCount(0);
  } finally {
    await inspector.stop();
  }
});

/** Characters that reorder or hide text, or drive a terminal: none may reach the page raw. */
const RAW = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u;

/** Every text node and shown attribute of the page holding a raw character, with where it is. */
async function rawTexts(page: Page): Promise<string[]> {
  return page.evaluate((source) => {
    const raw = new RegExp(source, "u");
    const out: string[] = [];
    // The element, and the nearest ancestor with a test id or an id, to say where a leak is.
    const where = (el: Element | null) => {
      if (!el) return "?";
      const named = el.parentElement?.closest("[data-testid], [id]");
      const self = `${el.tagName.toLowerCase()}${typeof el.className === "string" && el.className ? `.${el.className.split(" ").join(".")}` : ""}`;
      return named ? `${self} in ${named.getAttribute("data-testid") ?? `#${named.id}`}` : self;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (parent && ["SCRIPT", "STYLE", "TEXTAREA"].includes(parent.tagName)) continue;
      if (raw.test(n.nodeValue ?? "")) out.push(`${where(parent)}: ${JSON.stringify(n.nodeValue?.slice(0, 80))}`);
    }
    for (const el of document.body.querySelectorAll("[title], [aria-label], [alt], [placeholder]"))
      for (const a of ["title", "aria-label", "alt", "placeholder"]) {
        const v = el.getAttribute(a);
        if (v && raw.test(v)) out.push(`${where(el)}[${a}]: ${JSON.stringify(v.slice(0, 80))}`);
      }
    return out;
  }, RAW.source);
}

test("52.7 a hostile server's bidi and control characters are escaped everywhere the live page draws its text", async ({ page }) => {
  const hostile = await startInspector([process.execPath, repoPath("test/fixtures/bidi-server.mjs")]);
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openDemo(page, hostile.url);
    // The header: the server's name cannot turn the page's own words around.
    const header = page.getByTestId("header-server");
    await expect(header).toContainText("bidi-server\\u{202E}");
    await expect(header).toContainText("protocol 2025-11-25");
    await screenshots(SHOTS, page, "walk4-bidi-header", { ...AT, schemes: ["light"] });
    const seen: string[] = [];
    const check = async (where: string) => seen.push(...(await rawTexts(page)).map((r) => `${where}: ${r}`));
    await check("Server");

    const tools = await openTab(page, "Tools");
    await tools.getByTestId("tool-report\u202etxt.exe").click();
    await expect(tools.locator("#tool-title")).toHaveText("report\\u{202E}txt.exe");
    await tools.getByRole("button", { name: "Run tool" }).click();
    await expect(tools.getByTestId("tool-result")).toContainText("saved \\u{202E}txt.exe");
    await check("Tools");
    await screenshots(SHOTS, page, "walk4-bidi-tools", { ...AT, schemes: ["light"] });

    const resources = await openTab(page, "Resources");
    await resources.getByRole("button", { name: /res\\u\{202E\}txt\.exe/ }).click();
    await expect(resources).toContainText("contents \\u{202E}txt.exe");
    await check("Resources");

    const prompts = await openTab(page, "Prompts");
    await prompts.getByRole("button", { name: /prompt\\u\{202E\}txt\.exe/ }).click();
    await prompts.getByRole("button", { name: /^Get prompt/ }).click();
    await expect(prompts.getByTestId("prompt-result")).toContainText("prompt text \\u{202E}txt.exe");
    await check("Prompts");

    await openTab(page, "Logs");
    await expect(page.getByTestId("log-lines")).toContainText("log line \\u{202E}txt.exe");
    await expect(page.getByTestId("stderr-lines")).toContainText("starting \\u{202E}txt.exe");
    await check("Logs");

    // An elicitation: the trust note names the server, escaped and isolated.
    await openTab(page, "Tools");
    await tools.getByTestId("tool-ask").click();
    await tools.getByRole("button", { name: "Run tool" }).click();
    const dialog = page.getByRole("dialog", { name: "The server is waiting for you" });
    await expect(dialog.getByTestId("trust-note")).toContainText("bidi-server\\u{202E} asks for your input");
    await expect(dialog).toContainText("Confirm \\u{202E}txt.exe");
    await check("Elicitation");
    await screenshots(SHOTS, page, "walk4-bidi-elicitation", { ...AT, schemes: ["light"] });
    await dialog.getByRole("button", { name: "Decline" }).click();

    for (const name of ["Requests", "Problems", "Chat", "Raw", "Roots", "Tasks", "Apps", "Collections"]) {
      await openTab(page, name);
      await check(name);
    }
    // The timeline: each row, and a selected entry's detail.
    await page.getByTestId("timeline-row").filter({ hasText: "tools/call" }).first().click();
    await expect(page.getByTestId("entry-detail")).toBeVisible();
    await check("Timeline");
    expect(seen).toEqual([]);
  } finally {
    await hostile.stop();
  }
});
