import { describe, expect, test } from "vitest";
import { lintAppMessages, lintAppResource, SIZE_FLOOD_PER_SECOND } from "../../lib/apps/app-lint";
import type { AppMessage } from "../../lib/apps/app-messages";
import { requestOf } from "../../lib/apps/app-messages";

let n = 0;
const from = (message: unknown, t = 0): AppMessage => ({ n: ++n, t, dir: "app->host", message });
const to = (message: unknown, t = 0): AppMessage => ({ n: ++n, t, dir: "host->app", message });
const init = from({ jsonrpc: "2.0", id: 1, method: "ui/initialize", params: {} });
const rules = (log: AppMessage[], tools: { name: string; _meta?: unknown }[] = []) => lintAppMessages(log, tools).map((f) => f.rule);

describe("App lint over its messages", () => {
  test("a well-behaved App has no findings, and a response is paired with its request", () => {
    const call = from({ jsonrpc: "2.0", id: 2, method: "tools/call", params: { name: "get-time" } });
    const answer = to({ jsonrpc: "2.0", id: 2, result: { content: [] } });
    const log = [
      init,
      to({ jsonrpc: "2.0", id: 1, result: {} }),
      from({ jsonrpc: "2.0", method: "ui/notifications/initialized" }),
      call,
      answer,
    ];
    expect(rules(log, [{ name: "get-time" }])).toEqual([]);
    expect(requestOf(log, answer)).toBe(call);
  });

  test("traffic before ui/initialize, unknown ui/* methods and calls to tools hidden from the App are errors", () => {
    const log = [
      from({ jsonrpc: "2.0", id: 9, method: "tools/call", params: { name: "secret" } }),
      init,
      from({ jsonrpc: "2.0", id: 3, method: "ui/make-coffee" }),
    ];
    expect(rules(log, [{ name: "secret", _meta: { ui: { visibility: ["model"] } } }])).toEqual([
      "apps/initialize-first",
      "apps/hidden-tool-call",
      "apps/unknown-method",
    ]);
  });

  test("ChatGPT's own openai/ requests (window.openai's ChatGPT-only actions) are known; another openai/ method is not", () => {
    const log = [
      init,
      from({ jsonrpc: "2.0", id: "openai:2", method: "openai/uploadFile", params: { name: "a.txt" } }),
      from({ jsonrpc: "2.0", id: "openai:3", method: "openai/requestCheckout", params: { id: "cs" } }),
      from({ jsonrpc: "2.0", id: "openai:4", method: "openai/requestModal", params: {} }),
      from({ jsonrpc: "2.0", id: "openai:5", method: "openai/setOpenInAppUrl", params: { href: "https://a.example" } }),
    ];
    expect(rules(log)).toEqual([]);
    expect(rules([init, from({ jsonrpc: "2.0", id: 6, method: "openai/makeCoffee" })])).toEqual(["apps/unknown-method"]);
  });

  test("a flood of size-changed within a second is reported once; the same number spread out is not", () => {
    const flood = Array.from({ length: SIZE_FLOOD_PER_SECOND + 5 }, (_, i) =>
      from({ jsonrpc: "2.0", method: "ui/notifications/size-changed", params: { height: i } }, 1000 + i * 10),
    );
    expect(rules([init, ...flood])).toEqual(["apps/size-flood"]);
    const calm = Array.from({ length: SIZE_FLOOD_PER_SECOND + 5 }, (_, i) =>
      from({ jsonrpc: "2.0", method: "ui/notifications/size-changed", params: { height: i } }, 1000 + i * 500),
    );
    expect(rules([init, ...calm])).toEqual([]);
  });
});

describe("App lint over its UI resource", () => {
  const uri = "ui://x/app.html";
  test("a missing resource, the wrong mime type and bad CSP domains", () => {
    expect(lintAppResource(uri, { error: "Resource not found" }).map((f) => f.rule)).toEqual(["apps/resource-missing"]);
    expect(lintAppResource(uri, { result: { contents: [] } }).map((f) => f.rule)).toEqual(["apps/resource-missing"]);
    const r = lintAppResource(uri, {
      result: {
        contents: [{ uri, mimeType: "text/html", text: "<p>", _meta: { ui: { csp: { connectDomains: ["*", "https://ok.example"] } } } }],
      },
    });
    expect(r.map((f) => f.rule)).toEqual(["apps/resource-mime", "apps/csp-domain"]);
    expect(r[1].message).toContain('"*"');
  });

  test("a proper App resource passes", () => {
    expect(lintAppResource(uri, { result: { contents: [{ uri, mimeType: "text/html;profile=mcp-app", text: "<p>hi</p>" }] } })).toEqual([]);
  });
});
