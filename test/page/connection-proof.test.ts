import { describe, expect, it } from "vitest";
import { InspectorConnection, NOT_OURS } from "../../client/connection";
import type { ProofOutcome } from "../../client/server-proof";
import { WS_PROTOCOL, WS_TOKEN_PREFIX } from "../../lib/wire/proof";
import { fakeSocket } from "../helpers/fake-socket";

// Issue 75: the page's token goes to no server that has not proved it holds it. A hub that left
// its port (another local account took it) is asked again on every reconnection; the token never
// reaches a socket, a URL or the API there.
const sink = { lastSeq: () => 0, welcome: () => undefined, entries: () => undefined, state: () => undefined };

function connection(outcomes: ProofOutcome[]) {
  const opened: { url: string; protocols: string[] }[] = [];
  const checked: string[] = [];
  const c = new InspectorConnection(
    {
      wsUrl: "ws://127.0.0.1:9/ws",
      token: "the-token",
      prove: async () => outcomes.shift() ?? "down",
      checkToken: async (t) => (checked.push(t), true),
      createSocket: (url, protocols) => (opened.push({ url, protocols }), fakeSocket()),
    },
    sink,
  );
  return { c, opened, checked };
}

describe("the page's socket asks the server to prove itself first", () => {
  it("a server that cannot prove it holds the token gets no socket and no token; the page says why", async () => {
    const { c, opened, checked } = connection(["not-ours"]);
    c.start();
    await expect.poll(() => c.current.socket).toBe("unauthorized");
    expect(c.current.problem).toBe(NOT_OURS);
    expect(opened).toEqual([]);
    expect(checked).toEqual([]);
    c.stop();
  });

  it("a proved server gets the socket, the token as a subprotocol and never in the URL", async () => {
    const { c, opened } = connection(["proved"]);
    c.start();
    await expect.poll(() => opened.length).toBe(1);
    expect(opened[0].url).toBe("ws://127.0.0.1:9/ws");
    expect(opened[0].protocols[0]).toBe(WS_PROTOCOL);
    expect(opened[0].protocols[1]).toBe(`${WS_TOKEN_PREFIX}${Buffer.from("the-token").toString("base64url")}`);
    c.stop();
  });

  it("nobody on the port: tried again later, still nothing sent until one proves itself", async () => {
    const { c, opened } = connection(["down", "proved"]);
    c.start();
    expect(c.current.socket).not.toBe("open");
    await expect.poll(() => opened.length, { timeout: 3_000 }).toBe(1);
    c.stop();
  });
});
