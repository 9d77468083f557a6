import { describe, expect, test } from "vitest";
import { hostVerdictLines, hostVerdictsOf, MCP_APPS_SPEC, OPENAI_REFERENCE } from "../../lib/apps/host-rules";

// Issue 92, "Host profiles, strict": each emulated host's published rules, each reason citing them.
const URI = "ui://app/view.html";
const content = (mimeType: string, meta?: Record<string, unknown>) => ({
  result: { contents: [{ uri: URI, mimeType, text: "<p>hi</p>", ...(meta ? { _meta: meta } : {}) }] },
});
const mcpTool = (ui: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  name: "show",
  _meta: { ui: { resourceUri: URI, ...ui }, ...extra },
});
const byHost = (v: ReturnType<typeof hostVerdictsOf>) => Object.fromEntries(v.map((h) => [h.host, h]));

describe("host verdicts", () => {
  test("an MCP Apps resource with the spec's mime type mounts in every host", () => {
    const v = hostVerdictsOf(mcpTool(), URI, content("text/html;profile=mcp-app"));
    expect(v.map((h) => [h.host, h.mounts])).toEqual([
      ["mcp-apps", true],
      ["chatgpt", true],
      ["claude", true],
    ]);
    expect(hostVerdictLines(v)[0]).toBe("MCP Apps reference host: mounts");
  });

  test("ChatGPT's template form mounts only in ChatGPT; without widgetAccessible its callTool is refused", () => {
    const h = byHost(hostVerdictsOf({ name: "w", _meta: { "openai/outputTemplate": URI } }, URI, content("text/html+skybridge")));
    expect(h.chatgpt.mounts).toBe(true);
    expect(h.chatgpt.notes[0]).toMatchObject({
      text: expect.stringContaining("openai/widgetAccessible is not true"),
      cite: OPENAI_REFERENCE,
    });
    expect(h["mcp-apps"].mounts).toBe(false);
    expect(h["mcp-apps"].why[0]).toMatchObject({ section: "Resource Discovery", cite: MCP_APPS_SPEC });
    expect(h.claude.mounts).toBe(false);
  });

  test("what no host mounts: a read that failed, a resourceUri that is not ui://, a tool hidden from the model", () => {
    for (const [tool, read] of [
      [mcpTool(), { error: "Resource not found" }],
      [{ name: "x", _meta: { ui: { resourceUri: "https://x.example/app.html" } } }, content("text/html;profile=mcp-app")],
      [mcpTool({ visibility: ["app"] }), content("text/html;profile=mcp-app")],
    ] as const)
      expect(hostVerdictsOf(tool, URI, read).map((h) => h.mounts)).toEqual([false, false, false]);
  });

  test("what a host's rules leave open is a note, not a refusal: dropped CSP domains, permissions, Claude's domain form, ChatGPT's 64 characters", () => {
    const meta = {
      ui: { csp: { connectDomains: ["*", "https://api.example.com"] }, permissions: { camera: {} }, domain: "app.example.com" },
    };
    const h = byHost(
      hostVerdictsOf(mcpTool({}, { "openai/toolInvocation/invoking": "x".repeat(65) }), URI, content("text/html;profile=mcp-app", meta)),
    );
    expect(h["mcp-apps"].mounts && h.chatgpt.mounts && h.claude.mounts).toBe(true);
    expect(h["mcp-apps"].notes.map((n) => n.text)).toEqual([
      expect.stringContaining('_meta.ui.csp.connectDomains "*" is wider than an origin'),
      expect.stringContaining("it asks for camera"),
    ]);
    expect(h.claude.notes.at(-1)?.text).toContain("claudemcpcontent.com");
    expect(h.chatgpt.notes[0].text).toContain("ChatGPT's limit is 64");
  });
});
