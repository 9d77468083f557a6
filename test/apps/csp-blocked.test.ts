import { describe, expect, test } from "vitest";
import { blockedLoadOf, cspDeclarationOf, relaxedCsp } from "../../lib/apps/csp-blocked";
import { buildAppCsp } from "../../lib/apps/csp";
import {
  CHATGPT_WIDTHS,
  DEFAULT_HOST_EMULATION,
  chatGptInlineWidth,
  containerWidthOf,
  emulationOfProfile,
  wantsDesktopRoom,
} from "../../lib/apps/host-emulation";
import { argsTemplateOf } from "../../lib/protocol/sample-args";
import { lintRecord } from "../../lib/lint";
import type { Entry, NewEntry } from "../../lib/record/format";
import { AppRecorder } from "../../server/record/app-recorder";
import { Rec } from "../lint/entries";

// Issue 73: a widget whose CSP refused what it loads (OpenAI's pizzaz examples declare none).
const SCRIPT = { directive: "script-src-elem", blockedUri: "http://127.0.0.1:4444/assets/pizzaz-list.js" };

describe("what a refused load asks the server to declare", () => {
  test("a script or image is a resource domain, a fetch a connect domain, a frame a frame domain; by origin", () => {
    expect(blockedLoadOf(SCRIPT)).toMatchObject({
      origin: "http://127.0.0.1:4444",
      field: { field: "resourceDomains", openai: "resource_domains" },
    });
    expect(blockedLoadOf({ directive: "connect-src", blockedUri: "https://API.example.com/v1?q=1" })).toMatchObject({
      origin: "https://api.example.com",
      field: { field: "connectDomains" },
    });
    expect(blockedLoadOf({ directive: "frame-src", blockedUri: "https://maps.example.com/embed" })?.field.field).toBe("frameDomains");
  });

  test("what no declaration can allow is not offered: eval, inline code, data:, plain http off loopback, user info", () => {
    expect(blockedLoadOf({ directive: "script-src", blockedUri: "eval" })).toBeUndefined();
    expect(blockedLoadOf({ directive: "script-src-elem", blockedUri: "inline" })).toBeUndefined();
    expect(blockedLoadOf({ directive: "img-src", blockedUri: "data" })).toBeUndefined();
    expect(blockedLoadOf({ directive: "img-src", blockedUri: "http://cdn.example.com/a.png" })).toBeUndefined();
    expect(blockedLoadOf({ directive: "img-src", blockedUri: "https://u:p@cdn.example.com/a.png" })).toBeUndefined();
    expect(blockedLoadOf({ directive: "form-action", blockedUri: "https://cdn.example.com/" })).toBeUndefined();
  });

  test("the declaration in ChatGPT's and MCP Apps' words, and the relaxed policy allows exactly the refused origins", () => {
    const load = blockedLoadOf(SCRIPT)!;
    expect(cspDeclarationOf([load, load], true)).toBe('{"openai/widgetCSP":{"resource_domains":["http://127.0.0.1:4444"]}}');
    expect(cspDeclarationOf([load], false)).toBe('{"ui":{"csp":{"resourceDomains":["http://127.0.0.1:4444"]}}}');
    const csp = buildAppCsp(relaxedCsp({ connectDomains: ["https://api.example.com"] }, [load]));
    expect(csp).toContain("script-src 'self' 'unsafe-inline' 'report-sample' http://127.0.0.1:4444");
    expect(csp).toContain("connect-src https://api.example.com;");
    expect(buildAppCsp(undefined)).not.toContain("127.0.0.1");
  });
});

describe("the lint: a cross-origin load refused for a server that declares no CSP is an error", () => {
  function recordWith(meta: Record<string, unknown> | undefined, violation: { directive: string; blockedUri: string; sample?: string }) {
    const rec = new Rec().handshake();
    rec.call("tools/list", undefined, {
      tools: [{ name: "pizza", inputSchema: { type: "object" }, _meta: { "openai/outputTemplate": "ui://widget/p.html" } }],
    });
    const content = { uri: "ui://widget/p.html", mimeType: "text/html+skybridge", text: "<div></div>", ...(meta ? { _meta: meta } : {}) };
    rec.call("resources/read", { uri: "ui://widget/p.html" }, { contents: [content] });
    const entries: Entry[] = rec.entries;
    const apps = new AppRecorder((draft: NewEntry) => {
      const e = { seq: entries.length + 1, t: 1000 + entries.length, ...draft } as Entry;
      entries.push(e);
      return e;
    });
    apps.record({ appId: "pizza@1.a", tool: "pizza", dir: "app->host", cspViolation: violation });
    return lintRecord(entries).filter((f) => f.rule === "apps/csp-violation");
  }

  test("no CSP declared and a script from another origin: an error naming what to declare", () => {
    const [f] = recordWith(undefined, SCRIPT);
    expect(f.severity).toBe("error");
    expect(f.message).toContain("declares no CSP");
    expect(f.message).toContain("openai/widgetCSP resource_domains");
  });

  test("a CSP declared that leaves the origin out stays a warning; eval stays information", () => {
    expect(recordWith({ "openai/widgetCSP": { resource_domains: [] } }, SCRIPT)[0].severity).toBe("warning");
    expect(recordWith(undefined, { directive: "script-src", blockedUri: "eval" })[0].severity).toBe("info");
  });

  // Issue 92: every ext-apps example's bundle has zod 4's allowsEval, `const F = Function; new F("")`,
  // whose refusal Chromium reports with this sample under 'report-sample'.
  test("a library's eval probe (an empty function built, nothing run) is no finding; real eval stays flagged", () => {
    const probe = { directive: "script-src", blockedUri: "eval", sample: "(function anonymous(\n) {\n\n})" };
    expect(recordWith(undefined, probe)).toEqual([]);
    expect(recordWith(undefined, { ...probe, sample: "(function anonymous(a,b\n) {\n\n})" })).toEqual([]);
    // The planted bugs: code built to run, by eval or by Function with a body.
    for (const sample of ["1+1", "(function anonymous(\n) {\nreturn fetch(u)\n})", "(function anonymous(\n) {\n"])
      expect(recordWith(undefined, { ...probe, sample }), sample).toHaveLength(1);
    expect(buildAppCsp(undefined)).toContain("'report-sample'");
  });
});

describe("ChatGPT's widths and the input template", () => {
  test("ChatGPT's inline width: 768 px on a desktop window, the window less its gutters on a phone", () => {
    expect(chatGptInlineWidth(1280)).toBe(768);
    expect(chatGptInlineWidth(390)).toBe(358);
  });

  test("a ChatGPT App asks for a desktop window's room and, given it, starts at 768 px; its mobile width and the other profiles do not", () => {
    const chatgpt = emulationOfProfile("chatgpt", DEFAULT_HOST_EMULATION);
    expect(wantsDesktopRoom(chatgpt)).toBe(true);
    // The view at 1280 less the connection column: ChatGPT's maximum, not the column.
    expect(containerWidthOf(chatgpt, 970)).toBe(CHATGPT_WIDTHS.desktop);
    expect(wantsDesktopRoom({ ...chatgpt, fitColumn: false, width: CHATGPT_WIDTHS.desktop })).toBe(true);
    expect(wantsDesktopRoom({ ...chatgpt, fitColumn: false, width: CHATGPT_WIDTHS.mobile })).toBe(false);
    expect(wantsDesktopRoom(DEFAULT_HOST_EMULATION)).toBe(false);
    expect(wantsDesktopRoom({ ...emulationOfProfile("claude", DEFAULT_HOST_EMULATION), fitColumn: false, width: 900 })).toBe(false);
  });

  test("required fields are filled with values of their type; a tool that requires nothing starts as {}", () => {
    const schema = { type: "object", properties: { pizzaTopping: { type: "string" }, n: { type: "integer" } }, required: ["pizzaTopping"] };
    expect(JSON.parse(argsTemplateOf(schema))).toEqual({ pizzaTopping: "test" });
    expect(argsTemplateOf({ type: "object", properties: { q: { type: "string" } } })).toBe("{}");
    expect(argsTemplateOf(undefined)).toBe("{}");
  });
});
