// @vitest-environment jsdom
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { openAiGlobalsOf, openAiShim, scriptJson, WIDGET_STATE_KEY } from "../../lib/apps/openai-shim";
import { DEFAULT_HOST_EMULATION, emulationOfProfile, hostContextOf } from "../../lib/apps/host-emulation";

type Fn = (...a: unknown[]) => Promise<unknown>;
type OpenAi = Record<
  | "callTool"
  | "sendFollowUpMessage"
  | "requestDisplayMode"
  | "setWidgetState"
  | "uploadFile"
  | "selectFiles"
  | "getFileDownloadUrl"
  | "requestModal"
  | "requestCheckout"
  | "setOpenInAppUrl",
  Fn
> & {
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
/** Each member of `window.openai` in OpenAI's Apps SDK reference (developers.openai.com/apps-sdk/reference). */
const OPENAI_MEMBERS = [
  ...["toolInput", "toolOutput", "toolResponseMetadata", "widgetState", "setWidgetState"],
  ...["callTool", "sendFollowUpMessage", "uploadFile", "selectFiles", "getFileDownloadUrl", "requestDisplayMode", "requestModal"],
  ...["requestClose", "notifyIntrinsicHeight", "openExternal", "setOpenInAppUrl", "requestCheckout"],
  ...["theme", "displayMode", "maxHeight", "safeArea", "view", "userAgent", "locale"],
];
const ctx = () => hostContextOf(emulationOfProfile("chatgpt", DEFAULT_HOST_EMULATION), undefined, 600);

describe("window.openai (ChatGPT profile)", () => {
  test("its globals are there at once: toolInput, toolOutput, toolResponseMetadata, widgetState, layout", () => {
    const { openai } = install();
    expect(openai.toolInput).toEqual({ q: 1 });
    expect(openai.toolOutput).toEqual({ n: 2 });
    // ChatGPT's envelope: the whole result, its hidden _meta only in mcp_tool_result.
    expect(openai.toolResponseMetadata).toEqual({
      status: "success",
      call_tool_result: { structuredContent: { n: 2 } },
      mcp_tool_result: { structuredContent: { n: 2 }, _meta: { m: 3 } },
    });
    expect(openai.view).toEqual({ mode: "inline", params: null });
    expect(openai.widgetState).toEqual({ clicks: 4 });
    expect([openai.theme, openai.displayMode, openai.locale, openai.maxHeight]).toEqual(["light", "inline", "en-US", 800]);
    expect(openai.safeArea).toEqual({ insets: { top: 0, right: 0, bottom: 0, left: 0 } });
    expect(openai.userAgent.device.type).toBe("desktop");
  });

  test("in the copy a modal renders, view is the modal's, with its params", () => {
    const { openai } = install(
      openAiGlobalsOf({ q: 1 }, { structuredContent: { n: 2 } }, ctx(), undefined, { mode: "modal", params: { id: 3 } }),
    );
    expect(openai.view).toEqual({ mode: "modal", params: { id: 3 } });
    expect(openai.toolOutput).toEqual({ n: 2 });
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
    expect(openai.toolResponseMetadata).toMatchObject({
      status: "success",
      mcp_tool_result: { structuredContent: { n: 7 }, _meta: { m: 3 } },
    });
    expect(heard.map((g) => Object.keys(g).sort().join("+"))).toEqual(["maxHeight+theme", "toolOutput+toolResponseMetadata"]);
    reply({ jsonrpc: "2.0", method: "ui/notifications/tool-result", params: { isError: true, content: [{ type: "text", text: "no" }] } });
    expect(openai.toolResponseMetadata).toEqual({
      status: "error",
      call_tool_result: { isError: true, content: [{ type: "text", text: "no" }] },
      mcp_tool_result: { isError: true, content: [{ type: "text", text: "no" }] },
    });
    expect(openai.toolOutput).toBeNull();
  });

  test("uploadFile goes to the host (name, type, size), which names it; getFileDownloadUrl and selectFiles serve it back", async () => {
    const { openai, posted, reply, handshake } = install();
    const up = openai.uploadFile(new File(["hello"], "note.txt", { type: "text/plain" }), { library: true });
    await handshake();
    await flush();
    expect(posted.at(-1)).toMatchObject({
      method: "openai/uploadFile",
      params: { name: "note.txt", mimeType: "text/plain", size: 5, library: true },
    });
    reply({ jsonrpc: "2.0", id: posted.at(-1)!.id, result: { fileId: "file_test_1" } });
    await expect(up).resolves.toEqual({ fileId: "file_test_1" });
    const url = (await openai.getFileDownloadUrl({ fileId: "file_test_1" })) as { downloadUrl: string };
    expect(url.downloadUrl).toMatch(/^blob:/);
    await expect(openai.getFileDownloadUrl({ fileId: "file_other" })).rejects.toThrow(/No file "file_other"/);
    await expect(openai.selectFiles()).resolves.toEqual([{ fileId: "file_test_1", fileName: "note.txt", mimeType: "text/plain" }]);
    await expect(openai.uploadFile("not a file")).rejects.toThrow(/needs a File/);
  });

  test("requestModal, requestCheckout and setOpenInAppUrl are openai/ requests the host answers; a refusal rejects", async () => {
    const { openai, posted, reply, handshake } = install();
    const modal = openai.requestModal({ title: "Details", params: { id: 3 } });
    await handshake();
    await flush();
    expect(posted.at(-1)).toMatchObject({ method: "openai/requestModal", params: { title: "Details", params: { id: 3 } } });
    reply({ jsonrpc: "2.0", id: posted.at(-1)!.id, result: {} });
    await expect(modal).resolves.toBeUndefined();

    const pay = openai.requestCheckout({ id: "cs_1", currency: "usd" });
    await flush();
    expect(posted.at(-1)).toMatchObject({ method: "openai/requestCheckout", params: { id: "cs_1", currency: "usd" } });
    reply({ jsonrpc: "2.0", id: posted.at(-1)!.id, result: { status: "completed", payment_mode: "test" } });
    await expect(pay).resolves.toEqual({ status: "completed", payment_mode: "test" });
    const cancelled = openai.requestCheckout({ id: "cs_2" });
    await flush();
    reply({ jsonrpc: "2.0", id: posted.at(-1)!.id, error: { code: -32000, message: "The person cancelled the checkout" } });
    await expect(cancelled).rejects.toThrow("The person cancelled the checkout");
    await expect(openai.requestCheckout(undefined)).rejects.toThrow(/checkout session/);

    const open = openai.setOpenInAppUrl({ href: "https://app.example.com/item/3" });
    await flush();
    expect(posted.at(-1)).toMatchObject({ method: "openai/setOpenInAppUrl", params: { href: "https://app.example.com/item/3" } });
    reply({ jsonrpc: "2.0", id: posted.at(-1)!.id, result: {} });
    await expect(open).resolves.toBeUndefined();
    await expect(openai.setOpenInAppUrl({ href: " " })).rejects.toThrow(/needs an href/);
  });

  test("every member of ChatGPT's window.openai is there, and each has its row in docs/apps.md", () => {
    const { openai } = install();
    const doc = fs.readFileSync(path.join(__dirname, "../../docs/apps.md"), "utf8");
    const table = doc.slice(doc.indexOf("### ChatGPT: `window.openai`"), doc.indexOf("## Rendering"));
    for (const m of OPENAI_MEMBERS) {
      expect(m in openai, m).toBe(true);
      expect(table, m).toMatch(new RegExp("^\\|[^\\n]*`" + m + "[`(]", "m"));
    }
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
