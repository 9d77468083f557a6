import { QueryClient } from "@tanstack/react-query";
import WebSocket from "ws";
import { afterEach, describe, expect, test } from "vitest";
import { Session } from "../client/session";
import type { SocketLike } from "../lib/wire/client";
import type { RunningInspector } from "../server/launcher/inspector";
import { startTestInspector } from "./helpers/inspector";
import { fixture } from "./helpers/fixtures";
import { waitFor } from "./helpers/targets";

let inspector: RunningInspector | undefined;
afterEach(async () => {
  await inspector?.close();
  inspector = undefined;
});

describe("a socket that drops while a call runs", () => {
  test("the page's call still resolves, with the response the backend recorded, once the socket is back (not 'did not complete (1006)')", async () => {
    inspector = await startTestInspector();
    await inspector.engine.connect({ target: fixture("slow") });
    const sockets: WebSocket[] = [];
    const session = new Session({
      wsUrl: `ws://127.0.0.1:${inspector.port}/ws`,
      token: inspector.token,
      queryClient: new QueryClient(),
      checkToken: async () => true,
      createSocket: (url, protocols) => {
        const ws = new WebSocket(url, protocols);
        sockets.push(ws);
        return ws as unknown as SocketLike;
      },
      schedule: (flush) => flush(),
    }).start();
    await session.whenWelcomed();
    const sent = session.send({ type: "call-tool", name: "slow", arguments: { ms: 1200, steps: 0 } });
    await sent.accepted;
    // The network drops: no close handshake.
    sockets[0].terminate();
    const outcome = await sent.reply;
    expect(JSON.stringify(outcome.result)).toContain("done after 1200 ms");
    expect(outcome.responseSeq).toBeGreaterThan(outcome.requestSeq!);
    await waitFor(() => sockets.length > 1, 5000, "the session reconnected");
    session.stop();
  });
});
