import type { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { SubscribeRequestSchema, UnsubscribeRequestSchema, type JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import { describe, expect, test } from "vitest";
import { engineFactory } from "./helpers/engine";
import { FakeClock } from "./helpers/fake-clock";
import { memoryTarget } from "./helpers/memory-target";
import { waitFor } from "./helpers/targets";
import { listChangedFilter } from "../server/engine/subscription-listen";

const { newEngine } = engineFactory();
const memory = { transport: "stdio" as const, command: "in-memory" };
const SUB_ID = "io.modelcontextprotocol/subscriptionId";

/** A 2025 server (the v1 SDK): resources/subscribe and unsubscribe when `subscribe`, -32601 otherwise. */
function legacyServer(subscribe: boolean, seen: { subscribed: Set<string>; server?: McpServer }) {
  return () => {
    const mcp = new McpServer({ name: "subs", version: "1" }, { capabilities: { resources: subscribe ? { subscribe: true } : {} } });
    mcp.registerResource("a", "test://a", {}, async (uri) => ({ contents: [{ uri: uri.href, text: "a" }] }));
    if (subscribe) {
      mcp.server.setRequestHandler(SubscribeRequestSchema, async (r) => (seen.subscribed.add(r.params.uri), {}));
      mcp.server.setRequestHandler(UnsubscribeRequestSchema, async (r) => (seen.subscribed.delete(r.params.uri), {}));
    }
    seen.server = mcp;
    return mcp;
  };
}

/**
 * A 2026-07-28 server written out frame by frame (as the SDK's listen router behaves): each
 * subscriptions/listen is acknowledged with the filter it honors (never `test://refused`), an
 * empty honored filter ends the listen with a result, notifications/cancelled ends one.
 */
function modernPeer() {
  const seen: Array<{ id?: unknown; method?: string; params?: Record<string, unknown> }> = [];
  const listens = new Map<unknown, Record<string, unknown>>();
  let t: InMemoryTransport | undefined;
  const send = (m: Record<string, unknown>) => void t!.send({ jsonrpc: "2.0", ...m } as JSONRPCMessage);
  const notify = (id: unknown, method: string, params: Record<string, unknown> = {}) =>
    send({ method, params: { ...params, _meta: { [SUB_ID]: id } } });
  const peer = {
    seen,
    listens,
    /** Tell every listen that asked for it. */
    emit(method: string, params: Record<string, unknown>, wants: (filter: Record<string, unknown>) => boolean) {
      for (const [id, filter] of listens) if (wants(filter)) notify(id, method, params);
    },
    async connect(transport: InMemoryTransport) {
      t = transport;
      t.onmessage = (m) => {
        const msg = m as { id?: unknown; method?: string; params?: Record<string, unknown> };
        seen.push(msg);
        const reply = (result: Record<string, unknown>) => send({ id: msg.id, result: { resultType: "complete", ...result } });
        if (msg.method === "initialize")
          return send({
            id: msg.id,
            error: { code: -32022, message: "Unsupported protocol version", data: { supported: ["2026-07-28"] } },
          });
        if (msg.method === "server/discover")
          return reply({
            supportedVersions: ["2026-07-28"],
            capabilities: { tools: { listChanged: true }, resources: { subscribe: true, listChanged: true } },
            _meta: { "io.modelcontextprotocol/serverInfo": { name: "modern-subs", version: "1" } },
          });
        if (msg.method === "subscriptions/listen") {
          const asked = (msg.params!.notifications ?? {}) as Record<string, unknown>;
          const honored = {
            ...asked,
            ...(asked.resourceSubscriptions
              ? { resourceSubscriptions: (asked.resourceSubscriptions as string[]).filter((u) => u !== "test://refused") }
              : {}),
          };
          if ((honored.resourceSubscriptions as string[] | undefined)?.length === 0) delete honored.resourceSubscriptions;
          notify(msg.id, "notifications/subscriptions/acknowledged", { notifications: honored });
          if (Object.keys(honored).length === 0) return reply({ _meta: { [SUB_ID]: msg.id } });
          listens.set(msg.id, honored);
          return;
        }
        if (msg.method === "notifications/cancelled") listens.delete(msg.params!.requestId);
      };
      await t.start();
    },
  };
  return peer;
}

const wantsUri = (uri: string) => (f: Record<string, unknown>) => (f.resourceSubscriptions as string[] | undefined)?.includes(uri) === true;
const listensSent = (peer: ReturnType<typeof modernPeer>) => peer.seen.filter((m) => m.method === "subscriptions/listen");

describe("resource subscriptions in the engine, 2025 era (in memory, fake clock)", () => {
  test("subscribe, an update arrives and the state counts it, unsubscribe", async () => {
    const seen = { subscribed: new Set<string>() } as { subscribed: Set<string>; server?: McpServer };
    const clock = new FakeClock();
    const { engine } = newEngine({ transports: memoryTarget(legacyServer(true, seen)), clock });
    await engine.connect({ target: memory });
    expect(engine.getState().subscriptions).toEqual({ resources: [] });

    const sub = await engine.subscribe("test://a");
    expect(sub).toMatchObject({ uri: "test://a", status: "active", updates: 0, requestSeq: expect.any(Number) });
    expect([...seen.subscribed]).toEqual(["test://a"]);
    // Asking again changes nothing and sends nothing.
    expect(await engine.subscribe("test://a")).toMatchObject({ status: "active", requestSeq: sub.requestSeq });

    await clock.advance(5000);
    await seen.server!.server.sendResourceUpdated({ uri: "test://a" });
    const updated = await waitFor(
      () => engine.getState().subscriptions?.resources.find((s) => s.updates === 1),
      2000,
      "the update counted",
    );
    expect(updated.lastUpdate).toEqual({ seq: expect.any(Number), t: expect.any(Number) });
    expect(updated.since).toBe(0);

    expect(await engine.unsubscribe("test://a")).toBeUndefined();
    expect([...seen.subscribed]).toEqual([]);
    expect(engine.getState().subscriptions?.resources).toEqual([]);
  });

  test("a server that refuses: failed with its error, until subscribed again or dismissed", async () => {
    const { engine } = newEngine({ transports: memoryTarget(legacyServer(false, { subscribed: new Set() })), clock: new FakeClock() });
    await engine.connect({ target: memory });
    const sub = await engine.subscribe("test://a");
    expect(sub).toMatchObject({ status: "failed", error: expect.stringMatching(/^resources\/subscribe failed: .*Method not found/) });
    expect(engine.getState().subscriptions?.resources).toEqual([sub]);
    expect(await engine.unsubscribe("test://a")).toBeUndefined();
    expect(engine.getState().subscriptions?.resources).toEqual([]);
  });

  test("disconnect ends everything: no state, and a new connection starts empty with nothing sent again", async () => {
    const seen = { subscribed: new Set<string>() } as { subscribed: Set<string>; server?: McpServer };
    const { engine, rec } = newEngine({ transports: memoryTarget(legacyServer(true, seen)), clock: new FakeClock() });
    await engine.connect({ target: memory });
    await engine.subscribe("test://a");
    await engine.disconnect();
    expect(engine.getState().subscriptions).toBeUndefined();
    await expect(engine.subscribe("test://b")).rejects.toThrow(/not connected/);
    const from = rec.lastSeq;
    await engine.restart();
    expect(engine.getState().subscriptions).toEqual({ resources: [] });
    expect(
      rec.since(from).filter((e) => e.kind === "message" && (e.message as { method?: string }).method === "resources/subscribe"),
    ).toHaveLength(0);
  });
});

describe("resource subscriptions in the engine, 2026-07-28 era (in memory, fake clock)", () => {
  test("one list_changed listen per connection, for the lists that declare listChanged; its notifications reach the record", async () => {
    const peer = modernPeer();
    const { engine, rec } = newEngine({ transports: memoryTarget(() => peer), listChangedListen: true, clock: new FakeClock() });
    await engine.connect({ target: memory });
    expect(engine.getState().negotiated?.era).toBe("modern");
    const lists = await waitFor(
      () => engine.getState().subscriptions?.listChanged?.status === "active" && engine.getState().subscriptions!.listChanged!,
      2000,
      "the list_changed listen",
    );
    expect(lists.notifications).toEqual(["toolsListChanged", "resourcesListChanged"]);
    expect(listensSent(peer).map((m) => m.params?.notifications)).toEqual([{ toolsListChanged: true, resourcesListChanged: true }]);
    // list_changed comes on it, stamped with its id: the page refreshes the lists from the record.
    peer.emit("notifications/tools/list_changed", {}, (f) => f.toolsListChanged === true);
    const note = await waitFor(
      () =>
        rec
          .since(lists.requestSeq)
          .find((e) => e.kind === "message" && (e.message as { method?: string }).method === "notifications/tools/list_changed"),
      2000,
      "list_changed",
    );
    expect(note.kind === "message" && note.message).toMatchObject({ params: { _meta: { [SUB_ID]: listensSent(peer)[0].id } } });
    // Subscribing opens a listen of its own; the list_changed one stays the only other.
    await engine.subscribe("test://a");
    expect(listensSent(peer)).toHaveLength(2);
  });

  test("subscribe is a subscriptions/listen; the ack makes it active, an update arrives, unsubscribe cancels the listen through the request owner", async () => {
    const peer = modernPeer();
    const clock = new FakeClock();
    const { engine, rec } = newEngine({ transports: memoryTarget(() => peer), listChangedListen: true, clock });
    await engine.connect({ target: memory });
    const sub = await engine.subscribe("test://a");
    expect(sub).toMatchObject({ uri: "test://a", status: "active", updates: 0 });
    const listen = listensSent(peer).find((m) => (m.params?.notifications as Record<string, unknown>).resourceSubscriptions);
    expect(listen).toMatchObject({ params: { notifications: { resourceSubscriptions: ["test://a"] } } });
    expect(rec.get(sub.requestSeq!)).toMatchObject({ message: { id: listen!.id, method: "subscriptions/listen" } });

    peer.emit("notifications/resources/updated", { uri: "test://a" }, wantsUri("test://a"));
    peer.emit("notifications/resources/updated", { uri: "test://a" }, wantsUri("test://a"));
    await waitFor(() => engine.getState().subscriptions?.resources[0]?.updates === 2, 2000, "two updates counted");

    // A day's time limit: a listen outlives any ordinary request's.
    await clock.advance(60 * 60_000);
    expect(engine.getState().subscriptions?.resources[0]?.status).toBe("active");

    expect(await engine.unsubscribe("test://a")).toBeUndefined();
    expect(engine.getState().subscriptions?.resources).toEqual([]);
    const cancelled = peer.seen.filter((m) => m.method === "notifications/cancelled");
    expect(cancelled).toEqual([
      expect.objectContaining({ params: expect.objectContaining({ requestId: listen!.id, reason: "unsubscribed from test://a" }) }),
    ]);
    expect(peer.listens.has(listen!.id)).toBe(false);
  });

  test("a server that does not honor the URI: failed, saying so; the server's own end of the listen changes nothing more", async () => {
    const peer = modernPeer();
    const { engine } = newEngine({ transports: memoryTarget(() => peer), listChangedListen: true, clock: new FakeClock() });
    await engine.connect({ target: memory });
    const sub = await engine.subscribe("test://refused");
    expect(sub).toMatchObject({
      status: "failed",
      error: expect.stringMatching(/^subscriptions\/listen for test:\/\/refused: the server did not honor it/),
    });
    await new Promise((r) => setImmediate(r));
    expect(engine.getState().subscriptions?.resources).toEqual([sub]);
    // Nothing was cancelled by hand: the server ended the listen itself.
    expect(peer.seen.filter((m) => m.method === "notifications/cancelled")).toHaveLength(0);
  });

  test("disconnect ends everything; the next connection starts empty and opens only its list_changed listen", async () => {
    const peer = modernPeer();
    const { engine } = newEngine({ transports: memoryTarget(() => peer), listChangedListen: true, clock: new FakeClock() });
    await engine.connect({ target: memory });
    await engine.subscribe("test://a");
    await engine.disconnect();
    expect(engine.getState().subscriptions).toBeUndefined();
    peer.seen.length = 0;
    await engine.restart();
    await waitFor(
      () => engine.getState().subscriptions?.listChanged?.status === "active",
      2000,
      "the new connection's list_changed listen",
    );
    expect(engine.getState().subscriptions?.resources).toEqual([]);
    expect(listensSent(peer).map((m) => m.params?.notifications)).toEqual([{ toolsListChanged: true, resourcesListChanged: true }]);
  });
});

test("without listChangedListen (a one-shot run) the engine opens no listen of its own", async () => {
  const peer = modernPeer();
  const { engine } = newEngine({ transports: memoryTarget(() => peer), clock: new FakeClock() });
  await engine.connect({ target: memory });
  expect(engine.getState().subscriptions).toEqual({ resources: [] });
  expect(listensSent(peer)).toHaveLength(0);
});

describe("listChangedFilter", () => {
  test("asks only for the lists whose capability declares listChanged", () => {
    expect(listChangedFilter({ prompts: { listChanged: true } })).toEqual({ promptsListChanged: true });
    expect(listChangedFilter({ tools: { listChanged: false } })).toBeUndefined();
  });
});
