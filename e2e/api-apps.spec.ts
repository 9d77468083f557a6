import { expect, test, McpHarnessError } from "../server/playwright";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { repoPath } from "./inspector";

// `mcp-inspector-harness/playwright` (issue 33, item 4): the mcpApp fixture renders an App tool's
// UI through the inspector's own page (its sandbox origin and bridge), and a test reads what the
// App asked of the host from the record. Run against our fixture App server and the official
// example App servers from npm.
const official = (name: string) => ({
  command: process.execPath,
  args: [repoPath(`node_modules/@modelcontextprotocol/${name}/dist/index.js`), "--stdio"],
});

/**
 * The official Apps bundle zod 4, which probes at load whether eval works (`new Function("")` in a
 * try): the App's CSP refuses it and Chromium reports a script-src violation for "eval", which the
 * App survives. Real, recorded, and not what these tests are about.
 */
const zodEvalProbe = (v: { directive: string; blockedUri: string }) => v.directive === "script-src" && v.blockedUri === "eval";

test.describe("the fixture App server", () => {
  test.use({ mcpServer: { command: process.execPath, args: [repoPath("test/fixtures/app-server.mjs")] } });

  test("every host request of show-panel, answered as the page answers it, its size changes and its CSP violation", async ({ mcpApp }) => {
    const app = await mcpApp.open("show-panel", { label: "a test" });
    expect(app.toolResult?.content).toEqual([{ type: "text", text: "panel for a test" }]);
    await expect(app.frame.locator("#result")).toHaveText("panel for a test");
    await expect(app.frame.locator("#input")).toHaveText('{"label":"a test"}');
    const out = app.frame.locator("#out");

    await app.frame.getByRole("button", { name: "Call echo", exact: true }).click();
    await expect(out).toHaveText(/echo: from the App/);
    await app.frame.getByRole("button", { name: "Call secret-op", exact: true }).click();
    await expect(out).toHaveText(/refused this call/);
    const calls = app.requests("tools/call");
    expect(calls.map((c) => c.params.name)).toEqual(["echo", "secret-op"]);
    expect(calls[0].response?.result?.content).toEqual([{ type: "text", text: "echo: from the App" }]);
    expect(calls[1].response?.error?.message).toMatch(/secret-op is not visible to Apps/);

    await app.frame.getByRole("button", { name: "Send message", exact: true }).click();
    await expect.poll(() => app.requests("ui/message")).toHaveLength(1);
    // The request is listed when the App sends it; its answer comes after (a CI run read it too soon).
    await expect.poll(() => app.requests("ui/message")[0].response).toEqual({ result: {} });

    await app.frame.getByRole("button", { name: "Open link", exact: true }).click();
    await expect.poll(() => app.requests("ui/open-link")).toHaveLength(1);
    expect(app.requests("ui/open-link")[0].response).toBeUndefined();
    await app.answerLink(false);
    await expect.poll(() => app.requests("ui/open-link")[0].response).toEqual({ result: { isError: true } });

    await app.frame.getByRole("button", { name: "Grow", exact: true }).click();
    expect(app.sizeChanges()[0]).toEqual({ width: 600, height: 260 });
    await expect.poll(() => app.sizeChanges().map((s) => s.height)).toContain(420);

    expect(app.cspViolations()).toEqual([]);
    await app.frame.getByRole("button", { name: "Fetch blocked", exact: true }).click();
    await expect(out).toHaveText(/refused: TypeError/);
    await expect
      .poll(() => app.cspViolations().map((v) => [v.directive, v.blockedUri]))
      .toContainEqual(["connect-src", expect.stringContaining("blocked.example.net")]);
    // The proxy announced itself first; the App's first request is its ui/initialize, answered.
    expect(app.messages()[0]).toMatchObject({ dir: "app->host", method: "ui/notifications/sandbox-proxy-ready" });
    expect(app.requests()[0]).toMatchObject({ method: "ui/initialize", response: { result: expect.any(Object) } });
  });

  test("a tool with no App, and one the server does not have, are usage errors naming the App tools", async ({ mcpApp }) => {
    const noApp = await mcpApp.open("echo").catch((e: unknown) => e);
    expect(noApp).toBeInstanceOf(McpHarnessError);
    expect((noApp as McpHarnessError).kind).toBe("usage");
    expect((noApp as Error).message).toMatch(/^mcpApp\.open\("echo"\): echo has no App .*its App tools: .*show-panel/);
    const unknown = await mcpApp.open("nope").catch((e: unknown) => e);
    expect((unknown as Error).message).toMatch(/nope is not a tool of this server/);
  });

  test("an App whose ui:// resource is missing never initializes: open() says so, with the page's words, within its time limit", async ({
    mcpApp,
  }) => {
    const e = await mcpApp.open("missing-ui", {}, { timeout: 3000 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(McpHarnessError);
    expect((e as McpHarnessError).kind).toBe("timeout");
    expect((e as Error).message).toMatch(/within 3000 ms.*could not be read/s);
  });
});

test.describe("server-basic-vanillajs", () => {
  test.use({ mcpServer: official("server-basic-vanillajs") });

  test("get-time: its buttons ask the host for tools/call, ui/message and ui/open-link", async ({ mcpApp }) => {
    const app = await mcpApp.open("get-time");
    await app.frame.getByRole("button", { name: "Get Server Time" }).click();
    await expect(app.frame.locator("#server-time")).toHaveText(/\d{4}-\d\d-\d\dT/);
    expect(app.requests("tools/call")).toHaveLength(1);
    expect(app.requests("tools/call")[0].params.name).toBe("get-time");
    await app.frame.getByRole("button", { name: "Send Message" }).click();
    await expect.poll(() => app.requests("ui/message")).toHaveLength(1);
    await app.frame.getByRole("button", { name: "Open Link" }).click();
    await expect.poll(() => app.requests("ui/open-link")).toHaveLength(1);
    expect(app.requests("ui/open-link")[0].params.url).toMatch(/^https?:/);
    expect(app.cspViolations().filter((v) => !zodEvalProbe(v))).toEqual([]);
  });
});

test.describe("server-basic-react", () => {
  test.use({ mcpServer: official("server-basic-react") });

  test("get-time's React App makes one tools/call for Get Server Time", async ({ mcpApp }) => {
    const app = await mcpApp.open("get-time");
    await app.frame.getByRole("button", { name: "Get Server Time" }).click();
    await expect.poll(() => app.requests("tools/call")).toHaveLength(1);
    await expect(app.frame.getByText(/\d{4}-\d\d-\d\dT\d\d:\d\d/).first()).toBeVisible();
  });
});

test.describe("server-budget-allocator", () => {
  test.use({ mcpServer: official("server-budget-allocator") });

  test("get-budget-data paints its sliders from the result, reports its size, and breaks no CSP rule but zod's eval probe", async ({
    mcpApp,
  }) => {
    const app = await mcpApp.open("get-budget-data");
    expect(app.toolResult?.structuredContent).toBeDefined();
    await expect(app.frame.locator('#sliders-container input[type="range"]').first()).toBeVisible();
    await expect.poll(() => app.sizeChanges().length).toBeGreaterThan(0);
    expect(app.cspViolations().filter((v) => !zodEvalProbe(v))).toEqual([]);
  });
});

test.describe("server-system-monitor", () => {
  test.use({ mcpServer: official("server-system-monitor") });

  test("get-system-info's App polls the app-only poll-system-stats through the host, and breaks no CSP rule but zod's eval probe", async ({
    mcpApp,
  }) => {
    const app = await mcpApp.open("get-system-info");
    await expect(app.frame.getByRole("heading", { name: "System Monitor" })).toBeVisible();
    // A tool the model never sees (visibility ["app"]), called by its App: answered, not refused.
    await expect.poll(() => app.requests("tools/call").filter((c) => c.response?.result !== undefined).length).toBeGreaterThan(0);
    expect(app.requests("tools/call")[0].params.name).toBe("poll-system-stats");
    expect(app.cspViolations().filter((v) => !zodEvalProbe(v))).toEqual([]);
  });
});

test.describe("server-debug", () => {
  test.use({ mcpServer: official("server-debug") });

  test("debug-tool's App is handed its tool result, logs to the server through debug-log, and breaks no CSP rule but zod's eval probe", async ({
    mcpApp,
  }) => {
    const app = await mcpApp.open("debug-tool");
    expect(app.toolResult?.structuredContent).toMatchObject({ counter: expect.any(Number) });
    await expect(app.frame.getByText("ontoolresult:").first()).toBeVisible();
    await expect.poll(() => app.requests("tools/call").some((c) => c.params.name === "debug-log" && c.response?.result)).toBe(true);
    expect(app.cspViolations().filter((v) => !zodEvalProbe(v))).toEqual([]);
  });
});

/** An App server in the test's own process: its tool handlers share the test's variables. */
function inProcessCounter() {
  const state = { count: 0 };
  const MIME = "text/html;profile=mcp-app";
  const UI = "ui://in-process/counter.html";
  // The App side by hand (raw postMessage JSON-RPC), as test/fixtures/app-server.mjs writes it.
  const html = `<!doctype html><html><body><button id="add">Add one</button><output id="count">-</output><script>
var n = 1, pending = {};
function rpc(method, params) { var id = n++; parent.postMessage({ jsonrpc: "2.0", id: id, method: method, params: params }, "*"); return new Promise(function (r) { pending[id] = r; }); }
window.addEventListener("message", function (e) { var m = e.data; if (m && m.id !== undefined && !m.method && pending[m.id]) pending[m.id](m); });
rpc("ui/initialize", { protocolVersion: "2026-01-26", appInfo: { name: "counter", version: "1.0.0" }, appCapabilities: {} }).then(function () {
  parent.postMessage({ jsonrpc: "2.0", method: "ui/notifications/initialized", params: {} }, "*");
});
document.getElementById("add").onclick = function () {
  rpc("tools/call", { name: "add", arguments: {} }).then(function (r) { document.getElementById("count").textContent = r.result.content[0].text; });
};
</script></body></html>`;
  const server = new McpServer({ name: "in-process-counter", version: "1.0.0" });
  server.registerTool("counter", { description: "A counter App", _meta: { ui: { resourceUri: UI } } }, async () => ({
    content: [{ type: "text", text: String(state.count) }],
  }));
  server.registerTool("add", { description: "Add one" }, async () => ({ content: [{ type: "text", text: String(++state.count) }] }));
  server.registerResource("counter", UI, { mimeType: MIME }, async () => ({ contents: [{ uri: UI, mimeType: MIME, text: html }] }));
  return { server, state };
}

test.describe("an in-process McpServer", () => {
  const counter = inProcessCounter();
  test.use({ mcpServer: counter.server });

  test("the App's tools/call reaches the server object in this process", async ({ mcpApp }) => {
    const app = await mcpApp.open("counter");
    await app.frame.getByRole("button", { name: "Add one" }).click();
    await expect(app.frame.locator("#count")).toHaveText("1");
    expect(counter.state.count).toBe(1);
    expect(app.requests("tools/call")).toEqual([
      {
        method: "tools/call",
        id: 2,
        params: { name: "add", arguments: {} },
        response: { result: { content: [{ type: "text", text: "1" }] } },
      },
    ]);
  });
});
