// @vitest-environment jsdom
import { describe, expect, test } from "vitest";
import { openAiGlobalsOf, openAiShim, scriptJson, WIDGET_STATE_KEY } from "../../lib/apps/openai-shim";
import { DEFAULT_HOST_EMULATION, emulationOfProfile, hostContextOf } from "../../lib/apps/host-emulation";

type Fn = (...a: unknown[]) => Promise<unknown>;
type OpenAi = Record<"callTool" | "sendFollowUpMessage" | "requestDisplayMode" | "setWidgetState", Fn> & {
  openExternal(a: unknown): void;
  userAgent: { device: { type: string } };
} & Record<string, unknown>;

/** Runs the shim's script in this jsdom window, with `parent` a recorder of what it posts. */
function install(globals = openAiGlobalsOf({ q: 1 }, { structuredContent: { n: 2 }, _meta: { m: 3 } }, ctx(), { clicks: 4 })) {
  const posted: Record<string, unknown>[] = [];
  const parent = { postMessage: (m: Record<string, unknown>) => posted.push(m) };
  Object.defineProperty(window, "parent", { value: parent, configurable: true });
  delete (window as unknown as Record<string, unknown>).openai;
  const src = /^<script>([\s\S]*)<\/script>$/.exec(openAiShim(globals))![1];
  new Function(src)();
  const openai = (window as unknown as { openai: OpenAi }).openai;
  const reply = (m: Record<string, unknown>) =>
    window.dispatchEvent(new MessageEvent("message", { data: m, source: parent as unknown as Window }));
  /** Answers the shim's handshake (its first post), as the host's AppBridge does. */
  const handshake = async () => {
    await Promise.resolve();
    expect(posted[0]).toMatchObject({ method: "ui/initialize", id: "openai:1" });
    reply({
      jsonrpc: "2.0",
      id: "openai:1",
      result: { protocolVersion: "2026-01-26", hostCapabilities: {}, hostInfo: { name: "h", version: "1" }, hostContext: {} },
    });
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(posted[1]).toMatchObject({ method: "ui/notifications/initialized" });
  };
  return { openai, posted, reply, handshake };
}
const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};
const ctx = () => hostContextOf(emulationOfProfile("chatgpt", DEFAULT_HOST_EMULATION), undefined, 600);

describe("window.openai (ChatGPT profile)", () => {
  test("its globals are there at once: toolInput, toolOutput, toolResponseMetadata, widgetState, layout", () => {
    const { openai } = install();
    expect(openai.toolInput).toEqual({ q: 1 });
    expect(openai.toolOutput).toEqual({ n: 2 });
    expect(openai.toolResponseMetadata).toEqual({ m: 3 });
    expect(openai.widgetState).toEqual({ clicks: 4 });
    expect([openai.theme, openai.displayMode, openai.locale, openai.maxHeight]).toEqual(["light", "inline", "en-US", 800]);
    expect(openai.safeArea).toEqual({ insets: { top: 0, right: 0, bottom: 0, left: 0 } });
    expect(openai.userAgent.device.type).toBe("desktop");
  });

  test("each call is an MCP Apps message; callTool resolves with the result and its text as `result`", async () => {
    const { openai, posted, reply, handshake } = install();
    const call = openai.callTool("bump", { by: 2 });
    await handshake();
    expect(posted.at(-1)).toMatchObject({
      jsonrpc: "2.0",
      id: "openai:2",
      method: "tools/call",
      params: { name: "bump", arguments: { by: 2 } },
    });
    reply({ jsonrpc: "2.0", id: "openai:2", result: { content: [{ type: "text", text: "ok" }], structuredContent: { c: 1 } } });
    await expect(call).resolves.toMatchObject({ structuredContent: { c: 1 }, result: "ok" });
    void openai.sendFollowUpMessage({ prompt: "more" });
    await flush();
    expect(posted.at(-1)).toMatchObject({ method: "ui/message", params: { role: "user", content: [{ type: "text", text: "more" }] } });
    const mode = openai.requestDisplayMode({ mode: "fullscreen" });
    await flush();
    expect(posted.at(-1)).toMatchObject({ method: "ui/request-display-mode", params: { mode: "fullscreen" } });
    reply({ jsonrpc: "2.0", id: posted.at(-1)!.id, result: { mode: "inline" } });
    await expect(mode).resolves.toEqual({ mode: "inline" });
    openai.openExternal({ href: "https://example.com/" });
    await flush();
    expect(posted.at(-1)).toMatchObject({ method: "ui/open-link", params: { url: "https://example.com/" } });
  });

  test("setWidgetState updates the global, fires openai:set_globals, and goes to the host as model context", async () => {
    const { openai, posted, handshake } = install();
    const heard: unknown[] = [];
    window.addEventListener("openai:set_globals", (e) => heard.push((e as CustomEvent).detail.globals));
    void openai.setWidgetState({ clicks: 9 });
    expect(openai.widgetState).toEqual({ clicks: 9 });
    expect(heard).toEqual([{ widgetState: { clicks: 9 } }]);
    await handshake();
    await flush();
    expect(posted.at(-1)).toMatchObject({
      method: "ui/update-model-context",
      params: { structuredContent: { [WIDGET_STATE_KEY]: { clicks: 9 } } },
    });
  });

  test("host-context-changed and tool-result become globals, each with openai:set_globals", () => {
    const { openai, reply } = install();
    const heard: Record<string, unknown>[] = [];
    window.addEventListener("openai:set_globals", (e) => heard.push((e as CustomEvent).detail.globals));
    reply({
      jsonrpc: "2.0",
      method: "ui/notifications/host-context-changed",
      params: { theme: "dark", containerDimensions: { width: 500, maxHeight: 640 } },
    });
    expect([openai.theme, openai.maxHeight]).toEqual(["dark", 640]);
    reply({ jsonrpc: "2.0", method: "ui/notifications/tool-result", params: { structuredContent: { n: 7 }, _meta: { m: 3 } } });
    expect(openai.toolOutput).toEqual({ n: 7 });
    // The same input again (the handshake hands it over) changes nothing and fires nothing.
    reply({ jsonrpc: "2.0", method: "ui/notifications/tool-input", params: { arguments: { q: 1 } } });
    expect(heard.map((g) => Object.keys(g).sort().join("+"))).toEqual(["maxHeight+theme", "toolOutput"]);
  });

  test("a message from anyone but the parent is ignored", () => {
    const { openai } = install();
    window.dispatchEvent(
      new MessageEvent("message", { data: { jsonrpc: "2.0", method: "ui/notifications/host-context-changed", params: { theme: "dark" } } }),
    );
    expect(openai.theme).toBe("light");
  });

  test("what the server said cannot end the script it is written into", () => {
    expect(scriptJson({ t: "</script><script>alert(1)</script>\u2028" })).not.toMatch(/<\/script>|\u2028/);
    const shim = openAiShim(openAiGlobalsOf({}, { structuredContent: { t: "</script><b>" } }, ctx(), undefined));
    expect(shim.match(/<\/script>/g)).toHaveLength(1);
  });
});
