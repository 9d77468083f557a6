import WebSocket from "ws";
import { afterEach, expect, test } from "vitest";
import { listenInspector, type ListeningInspector } from "../server/launcher/inspector";
import { createCore, type InspectorCore } from "../server/launcher/inspector-core";
import { InspectorClient, type SocketLike } from "../lib/wire/client";

// The launcher prints its URL and serves the page before the engine's half has loaded (it takes
// about 130 ms of the event loop): the page must come at once, and what waits for the engine (the
// API, the socket) must wait for it, not fail or lose a frame.
let inspector: ListeningInspector | undefined;
afterEach(async () => {
  await inspector?.close();
  inspector = undefined;
});

/** A core that loads only when `release` is called. */
function heldCore() {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  return { release, loadCore: async (): Promise<InspectorCore> => (await released, createCore({})) };
}

const settledWithin = <T>(p: Promise<T>, ms: number) =>
  Promise.race([p.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);

test("the page is served while the engine is still loading; the API and the socket wait for it", async () => {
  const held = heldCore();
  let coreSeen = 0;
  inspector = await listenInspector({
    port: 0,
    sandboxPort: false,
    pages: (_req, res) => {
      res.writeHead(200, { "Content-Type": "text/html" });
      res.end("<!doctype html><title>the page</title>");
    },
    loadCore: held.loadCore,
    onCore: () => coreSeen++,
  });
  const base = `http://127.0.0.1:${inspector.port}`;
  const auth = { Authorization: `Bearer ${inspector.token}` };

  const page = await fetch(`${base}/`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain("the page");

  const health = fetch(`${base}/api/health`, { headers: auth });
  const ws = new WebSocket(`ws://127.0.0.1:${inspector.port}/ws`, { headers: { Authorization: `Bearer ${inspector.token}` } });
  await new Promise<void>((resolve, reject) => ws.once("open", () => resolve()).once("error", reject));
  const client = new InspectorClient(ws as unknown as SocketLike, {
    entries: () => undefined,
    accepted: () => undefined,
    state: () => undefined,
    problem: () => undefined,
  });
  // Sent before there is an engine to answer it.
  const hello = client.hello(0);
  expect(await settledWithin(health, 200)).toBe(false);
  expect(await settledWithin(hello, 50)).toBe(false);
  expect(coreSeen).toBe(0);

  held.release();
  const running = await inspector.ready;
  expect(coreSeen).toBe(1);
  expect(((await (await health).json()) as { ok: boolean }).ok).toBe(true);
  await hello;
  expect(running.engine.getState().status).toBe("idle");
  ws.close();
});
