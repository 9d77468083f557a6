import { describe, expect, test } from "vitest";
import {
  APP_ERROR_LOGGER,
  APP_ERROR_MESSAGE_MAX,
  APP_ERROR_STACK_MAX,
  appErrorOf,
  appErrorReporter,
  appErrorSentence,
} from "../../lib/apps/app-errors";
import { lintAppMessages } from "../../lib/apps/app-lint";
import { appToolCallRefusal } from "../../lib/apps/app-meta";
import { appIsAlarming, appLabelOf } from "../../lib/record/app-entry-facts";
import type { AppEntry } from "../../lib/record/format";
import { wrapAppHtml } from "../../lib/apps/csp";

const report = (data: unknown) => ({
  jsonrpc: "2.0",
  method: "notifications/message",
  params: { level: "error", logger: APP_ERROR_LOGGER, data },
});

describe("an App's errors (issue 66 item 1)", () => {
  test("the App's first line is the srcdoc's line offset + 1: the reporter names the App's own lines", () => {
    const app = "<!doctype html>\n<p>one</p>\n<script>boom()</script>";
    const wrapped = wrapAppHtml(app, "default-src 'none'", "<script>\nvar hostShim = 1;\n</script>", "ui://x/app.html");
    const offset = Number(/,O=(\d+),SRC="ui:\/\/x\/app\.html"/.exec(wrapped)?.[1]);
    const lines = wrapped.split("\n");
    // Line offset + 3 of the srcdoc is the App's line 3, where boom() is.
    expect(lines[offset + 3 - 1]).toBe("<script>boom()</script>");
    expect(wrapped.endsWith(app)).toBe(true);
  });

  test("the reporter is one inline script the parser cannot end early", () => {
    const s = appErrorReporter(7, 'ui://x/</script><script>alert(1)</script>"');
    expect(s.startsWith("<script>")).toBe(true);
    expect(s.slice(8, -9)).not.toMatch(/<\/script|<!--/i);
    expect(s.split("\n")).toHaveLength(1);
  });

  test("a report is read only from the host's logger, cut to its bounds, with a kind of the three", () => {
    expect(appErrorOf({ jsonrpc: "2.0", method: "notifications/message", params: { level: "error", data: "hi" } })).toBeUndefined();
    expect(appErrorOf({ method: "ui/initialize" })).toBeUndefined();
    const e = appErrorOf(
      report({ kind: "??", message: "x".repeat(5000), stack: "s".repeat(9000), source: "ui://a", line: 3, column: -1 }),
    )!;
    expect(e.kind).toBe("error");
    expect(e.message.length).toBe(APP_ERROR_MESSAGE_MAX + 1);
    expect(e.stack!.length).toBe(APP_ERROR_STACK_MAX + 1);
    expect([e.source, e.line, e.column]).toEqual(["ui://a", 3, undefined]);
    expect(appErrorOf(report({ message: 42 }))!.message).toBe("(no message)");
    expect(
      appErrorSentence(appErrorOf(report({ kind: "unhandledrejection", message: "Error: no", source: "ui://a", line: 2, column: 5 }))!),
    ).toBe("The App left a promise rejection unhandled: Error: no (ui://a:2:5)");
  });

  test("the App lint names each report (an error, a console.error a warning), before the handshake too", () => {
    const found = lintAppMessages(
      [
        { n: 1, t: 0, dir: "app->host", message: report({ kind: "error", message: "TypeError: x", source: "ui://a", line: 4, column: 2 }) },
        { n: 2, t: 1, dir: "app->host", message: report({ kind: "console.error", message: "careful" }) },
      ],
      [],
    );
    expect(found.map((f) => [f.rule, f.severity])).toEqual([
      ["apps/app-error", "error"],
      ["apps/app-error", "warning"],
    ]);
    expect(found[0].message).toBe("The App threw: TypeError: x (ui://a:4:2).");
  });
});

describe("an App error's timeline row", () => {
  const entry = (dir: AppEntry["dir"], message: unknown) =>
    ({ kind: "app", seq: 3, t: 0, dir, appId: "a@1", tool: "panel", message, size: 80 }) as unknown as AppEntry;

  test("says what failed, not the carrying notifications/message, and stands out when it fails the App", () => {
    const threw = entry("app->host", report({ kind: "error", message: "TypeError: x", source: "ui://a", line: 4, column: 2 }));
    expect(appLabelOf(threw)).toBe("The App threw: TypeError: x (ui://a:4:2)");
    expect(appIsAlarming(threw)).toBe(true);
    const logged = entry("app->host", report({ kind: "console.error", message: "careful" }));
    expect(appLabelOf(logged)).toBe("The App logged console.error: careful");
    expect(appIsAlarming(logged)).toBe(false);
  });

  test("a long report is cut in the row; a host's message and a plain log keep their method", () => {
    expect(appLabelOf(entry("app->host", report({ kind: "error", message: "e".repeat(900) })))).toMatch(/^The App threw: e+…$/);
    expect(appLabelOf(entry("host->app", report({ kind: "error", message: "forged" })))).toBe("host → app notifications/message");
    const plain = { jsonrpc: "2.0", method: "notifications/message", params: { level: "info", data: "hi" } };
    expect(appLabelOf(entry("app->host", plain))).toBe("app → host notifications/message");
  });
});

describe("openai/widgetAccessible: false (issue 66 item 5)", () => {
  const tools = [
    { name: "closed", _meta: { "openai/widgetAccessible": false } },
    { name: "open", _meta: { "openai/widgetAccessible": true } },
    { name: "plain" },
  ];
  test("ChatGPT refuses a widget's call of such a tool; other hosts go by _meta.ui.visibility alone", () => {
    expect(appToolCallRefusal(tools, "closed", { chatgpt: true })).toMatch(/ChatGPT refuses a widget's call of closed/);
    expect(appToolCallRefusal(tools, "open", { chatgpt: true })).toBeUndefined();
    expect(appToolCallRefusal(tools, "plain", { chatgpt: true })).toBeUndefined();
    expect(appToolCallRefusal(tools, "closed")).toBeUndefined();
  });
});
