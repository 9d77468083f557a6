import { describe, expect, test } from "vitest";
import type { Entry, MessageEntry } from "../../lib/record/format";
import { EngineError } from "../../server/engine";
import { engineFactory } from "../helpers/engine";
import { isMessage, methodOf } from "../helpers/fixtures";
import { startEverythingHttp } from "../helpers/http-everything";
import { startModernHttp } from "../helpers/modern-http";

// Issue 37, items 1 and 2: every way a 2026-07-28-only server refuses the 2025 handshake leads
// auto to server/discover (a 2025 server still sees only initialize), and a modern tools/call
// over HTTP reads the tool list first, mirrors x-mcp-header arguments into Mcp-Param-* headers,
// and refuses a tool whose declaration is invalid.

const { newEngine, onCleanup } = engineFactory();
const PV = "io.modelcontextprotocol/protocolVersion";
const sent = (entries: Entry[]) => entries.filter((e): e is MessageEntry => isMessage(e) && e.dir === "client->server");

async function refusing(
  mode: string,
): Promise<{ url: string; seen(): Promise<Array<{ method: string; headers: Record<string, string> }>> }> {
  const { url, stop } = await startModernHttp("modern-refusing-server", ["--refuse", mode]);
  onCleanup(stop);
  return { url, seen: async () => (await fetch(new URL("/seen", url))).json() };
}

describe("auto on a 2026-07-28-only server over HTTP", () => {
  const why: Record<string, RegExp> = {
    "header-400": /HTTP 400 with -32020 Missing MCP-Protocol-Version header/,
    unsupported: /HTTP 400 with -32022 Unsupported protocol version/,
    "no-method": /-32601: it has no initialize method/,
    "answers-2026": /its initialize result names 2026-07-28/,
  };
  for (const mode of Object.keys(why)) {
    test(`refused by ${mode}: initialize first, then server/discover, and the session works`, async () => {
      const server = await refusing(mode);
      const { engine, rec } = newEngine();
      const state = await engine.connect({ target: { transport: "http", url: server.url } });
      expect(state.error).toBeUndefined();
      expect(state.negotiated).toMatchObject({ era: "modern", protocolVersion: "2026-07-28" });
      const notes = rec.since(0).filter((e) => e.kind === "lifecycle" && e.event === "note");
      expect(notes.map((e) => (e as { text: string }).text).join("\n")).toMatch(why[mode]);

      const call = await engine.callTool("route", { region: "eu-west1" });
      expect(call.result).toMatchObject({ content: [{ text: "called route" }] });
      const seen = await server.seen();
      expect(seen.map((s) => s.method)).toEqual(["initialize", "server/discover", "tools/list", "tools/call"]);
      // The refused initialize was the 2025 one: its envelope names 2025-11-25, and so does its header.
      expect(seen[0].headers["mcp-protocol-version"]).toBe("2025-11-25");
      expect(seen[3].headers).toMatchObject({ "mcp-method": "tools/call", "mcp-name": "route", "mcp-param-region": "eu-west1" });
      expect(seen[3].headers["mcp-session-id"]).toBeUndefined();
    });
  }

  test("a tool whose x-mcp-header is on an object is excluded: the call is refused before anything is sent", async () => {
    const server = await refusing("unsupported");
    const { engine } = newEngine();
    await engine.connect({ target: { transport: "http", url: server.url } });
    const refused = await engine.callTool("bad_header", { data: {} }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(EngineError);
    expect((refused as EngineError).message).toMatch(
      /tool "bad_header" is excluded, not called: property data: x-mcp-header is on a "object" property/,
    );
    expect((await server.seen()).map((s) => s.method)).not.toContain("tools/call");
  });
});

describe("auto on a 2025 server over HTTP", () => {
  test("sees only initialize (with the envelope at 2025-11-25) and notifications/initialized: never server/discover", async () => {
    const server = await startEverythingHttp("streamableHttp");
    onCleanup(() => server.stop());
    const { engine, rec } = newEngine();
    const state = await engine.connect({ target: { transport: "http", url: server.url } });
    expect(state.negotiated).toMatchObject({ era: "legacy", protocolVersion: "2025-11-25" });
    await engine.callTool("echo", { message: "hi" });
    // What the inspector asked and told; its answers to the server's own requests (the everything
    // server may ask for roots at any moment after initialized) are not part of the question.
    const out = sent(rec.since(0)).filter((e) => methodOf(e) !== undefined);
    expect(out.map(methodOf)).toEqual(["initialize", "notifications/initialized", "tools/call"]);
    expect((out[0].message as { params: { _meta: Record<string, unknown> } }).params._meta[PV]).toBe("2025-11-25");
    expect(JSON.stringify(out[2].message)).not.toContain(PV);
  }, 30_000);
});
