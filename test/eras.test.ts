import { describe, expect, test } from "vitest";
import type { Entry, MessageEntry } from "../lib/record/format";
import { engineFactory } from "./helpers/engine";
import { fixture, isMessage, methodOf } from "./helpers/fixtures";
import { startModernHttp } from "./helpers/modern-http";
import path from "node:path";
import { FIXTURES, everythingStdio, waitFor } from "./helpers/targets";
import { runLauncher } from "./helpers/launcher";

const { newEngine, onCleanup } = engineFactory();

const sent = (entries: Entry[]) => entries.filter((e): e is MessageEntry => isMessage(e) && e.dir === "client->server");
const PV = "io.modelcontextprotocol/protocolVersion";

async function modernHttp(name: Parameters<typeof startModernHttp>[0]) {
  const server = await startModernHttp(name);
  onCleanup(server.stop);
  return { transport: "http" as const, url: server.url };
}

describe("a 2025 server with no era flag", () => {
  test("sees exactly initialize, notifications/initialized, then what the person asked", async () => {
    const { engine, rec } = newEngine();
    const state = await engine.connect({ target: everythingStdio() });
    expect(state.negotiated).toMatchObject({ era: "legacy", protocolVersion: "2025-11-25" });
    await engine.request("tools/list", undefined);
    const out = sent(rec.since(0));
    expect(out.map(methodOf)).toEqual(["initialize", "notifications/initialized", "tools/list"]);
    expect(out.map((e) => (e.message as { id?: unknown }).id)).toEqual([0, undefined, 1]);
    // No 2026 envelope on a 2025 connection.
    expect(JSON.stringify(out[2].message)).not.toContain(PV);
  });
});

describe("a 2026-07-28-only server", () => {
  for (const over of ["stdio", "http"] as const) {
    test(`auto (the default) over ${over}: initialize is refused for its version, the engine says so and switches to server/discover`, async () => {
      const { engine, rec } = newEngine();
      const target = over === "stdio" ? fixture("modern-only-server", ["--stdio"]) : await modernHttp("modern-only-server");
      const state = await engine.connect({ target });
      expect(state.status).toBe("connected");
      expect(state.negotiated).toMatchObject({ era: "modern", protocolVersion: "2026-07-28", serverCapabilities: { tools: {} } });
      const notes = rec.since(0).filter((e) => e.kind === "lifecycle" && e.event === "note");
      expect(notes.map((e) => (e as { text: string }).text).join("\n")).toMatch(
        /refused initialize for its protocol version \((HTTP 400 with )?-32022.*switching to the 2026-07-28 era \(server\/discover\)/,
      );
      const handshake = rec.get(state.negotiated!.initializeRequestSeq!) as MessageEntry;
      expect(methodOf(handshake)).toBe("server/discover");

      const listed = await engine.request("tools/list", undefined);
      expect((listed.result as { tools: Array<{ name: string }> }).tools.map((t) => t.name)).toEqual(["echo", "add"]);
      const request = rec.get(listed.requestSeq!) as MessageEntry;
      // The envelope on every request: version, who the client is, what it offers.
      expect((request.message as { params: { _meta: Record<string, unknown> } }).params._meta).toMatchObject({
        [PV]: "2026-07-28",
        "io.modelcontextprotocol/clientInfo": { name: "test" },
        "io.modelcontextprotocol/clientCapabilities": expect.any(Object),
      });
      const call = await engine.callTool("add", { a: 2, b: 3 });
      expect(call.result).toMatchObject({ structuredContent: { sum: 5 }, resultType: "complete" });
      expect(call.verdict).toEqual({ valid: true, errors: [] });
      if (over === "http") {
        const response = rec.get(call.responseSeq!) as MessageEntry;
        expect(response.http?.mcpHeaders).toEqual({ "mcp-method": "tools/call", "mcp-name": "add" });
      }
    });
  }

  test("legacy never switches: the connect fails naming the versions the server speaks", async () => {
    const { engine } = newEngine();
    const state = await engine.connect({ target: await modernHttp("modern-only-server"), protocolEra: "legacy" });
    expect(state.error).toMatchObject({
      kind: "protocol-version",
      message: expect.stringMatching(/refused initialize for its protocol version \(it supports 2026-07-28\)/),
    });
  });

  test("modern starts with server/discover: no initialize is sent", async () => {
    const { engine, rec } = newEngine();
    const state = await engine.connect({ target: fixture("modern-only-server", ["--stdio"]), protocolEra: "modern" });
    expect(state.negotiated?.era).toBe("modern");
    expect(sent(rec.since(0)).map(methodOf)).toEqual(["server/discover"]);
  });
});

describe("eras on servers that speak both or only 2025", () => {
  test("auto keeps a dual server in the 2025 era (initialize is accepted)", async () => {
    const { engine } = newEngine();
    const state = await engine.connect({ target: await modernHttp("modern-dual-server") });
    expect(state.negotiated).toMatchObject({ era: "legacy", protocolVersion: "2025-11-25" });
  });

  test("modern on a 2025-only server fails saying the server does not speak 2026-07-28", async () => {
    const { engine } = newEngine();
    const state = await engine.connect({ target: everythingStdio(), protocolEra: "modern", timeouts: { initializeMs: 5000 } });
    expect(state.error).toMatchObject({ kind: "protocol-version", message: expect.stringMatching(/does not speak the 2026-07-28 era/) });
  });
});

describe("multi round-trip requests (input_required)", () => {
  test("the embedded elicitation waits in the person's queue; their answer goes back with the retried request, paired with the first", async () => {
    const { engine, rec } = newEngine();
    await engine.connect({ target: await modernHttp("modern-mrtr-server") });
    const call = engine.sendToolCall("confirm-action", { action: "deploy" });
    const pending = await waitFor(() => engine.getState().pending[0], 10_000, "the embedded elicitation");
    expect(pending).toMatchObject({
      method: "elicitation/create",
      inputRequired: { requestSeq: call.requestSeq, key: expect.any(String) },
    });
    await engine.answer(pending.pendingId, { result: { action: "accept", content: { confirm: true } } });
    const out = await call.outcome;
    expect(JSON.stringify(out.result)).toMatch(/accept confirm=true/);
    // The tool's Mcp-Param header was unknown (tools/list not read): -32020, the list, the call again;
    // then the retry with the person's answer. Both retries name the first request.
    const retries = rec.since(call.requestSeq).filter((e): e is MessageEntry => isMessage(e) && e.retryOf === call.requestSeq);
    expect(retries).toHaveLength(2);
    expect(sent(rec.since(call.requestSeq - 1)).map(methodOf)).toEqual(["tools/call", "tools/list", "tools/call", "tools/call"]);
    const retry = retries[1];
    expect(retry.message).toMatchObject({
      method: "tools/call",
      params: {
        name: "confirm-action",
        inputResponses: { [pending.inputRequired!.key]: { action: "accept", content: { confirm: true } } },
        requestState: expect.any(String),
      },
    });
    expect((retry.message as { id: number }).id).not.toBe(
      (rec.get(call.requestSeq) as MessageEntry & { message: { id: number } }).message.id,
    );
    // The tool declares x-mcp-header Action: the engine sent it (the server refuses a call without it).
    const response = rec.get(out.responseSeq!) as MessageEntry;
    expect(response.http?.mcpHeaders?.["mcp-param-action"]).toBe("deploy");
  });

  test("subscriptions/listen: the acknowledgment, then an update for the subscribed resource", async () => {
    const { engine, rec } = newEngine();
    await engine.connect({ target: fixture("modern-mrtr-server", ["--stdio"]) });
    const ctl = new AbortController();
    const listen = engine.send(
      "subscriptions/listen",
      { notifications: { resourceSubscriptions: ["fixture://counter"] } },
      { signal: ctl.signal, timeoutMs: 60_000 },
    );
    listen.outcome.catch(() => undefined);
    await waitFor(
      () => rec.since(listen.requestSeq).find((e) => methodOf(e) === "notifications/subscriptions/acknowledged"),
      10_000,
      "the acknowledgment",
    );
    await engine.callTool("bump", {});
    const update = await waitFor(
      () => rec.since(listen.requestSeq).find((e) => methodOf(e) === "notifications/resources/updated"),
      10_000,
      "the update",
    );
    expect((update as MessageEntry).message).toMatchObject({ params: { uri: "fixture://counter" } });
    ctl.abort("unsubscribed");
    await expect(listen.outcome).rejects.toThrow(/cancelled: unsubscribed/);
  });
});

describe("2025 methods the 2026-07-28 wire does not have", () => {
  test("logging/setLevel becomes the per-request log level in _meta; ping fails saying why; neither is sent", async () => {
    const { engine, rec } = newEngine();
    await engine.connect({ target: fixture("modern-only-server", ["--stdio"]) });
    const before = sent(rec.since(0)).length;
    expect((await engine.request("logging/setLevel", { level: "debug" })).result).toEqual({});
    await expect(engine.request("ping", undefined)).rejects.toThrow(/ping is not part of the 2026-07-28 protocol/);
    expect(sent(rec.since(0))).toHaveLength(before);
    const listed = await engine.request("tools/list", undefined);
    const meta = ((rec.get(listed.requestSeq!) as MessageEntry).message as { params: { _meta: Record<string, unknown> } }).params._meta;
    expect(meta["io.modelcontextprotocol/logLevel"]).toBe("debug");
  });
});

describe("the era chosen, everywhere it is chosen", () => {
  test("the state carries the person's choice (the page's form starts from it), beside the negotiated era", async () => {
    const { engine } = newEngine();
    const state = await engine.connect({ target: fixture("modern-dual-server", ["--stdio"]), protocolEra: "modern" });
    expect(state).toMatchObject({ protocolEra: "modern", negotiated: { era: "modern" } });
  });

  test("the launcher passes --protocol-era to its connection: legacy on a 2026-only server fails with the reason, and the page stays up to show it", async () => {
    const run = runLauncher([
      "--no-open",
      "--port",
      "0",
      "--protocol-era",
      "legacy",
      process.execPath,
      path.join(FIXTURES, "modern-only-server.mjs"),
      "--stdio",
    ]);
    try {
      await run.ready;
      await waitFor(
        () => /refused initialize for its protocol version \(it supports 2026-07-28\)/.test(run.stderr()),
        20_000,
        "the refusal on stderr",
      );
      expect(run.stdout()).toMatch(/--stdio went to the server/);
    } finally {
      run.child.kill("SIGTERM");
      await run.exited;
    }
  }, 20_000);
});
