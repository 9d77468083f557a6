import { describe, expect, it } from "vitest";
import { QueryClient } from "@tanstack/react-query";
import { InspectorClient } from "../../lib/wire/client";
import type { Entry } from "../../lib/record/format";
import { Session } from "../../client/session";
import { fakeSocket, welcomeFrame } from "../helpers/fake-socket";

const log = (seq: number, data: string): Entry => ({
  seq,
  t: seq,
  kind: "message",
  dir: "server->client",
  message: { jsonrpc: "2.0", method: "notifications/message", params: { level: "info", data } },
  size: 1,
});
/** A request without `jsonrpc`: the linter reports it. */
const broken = (seq: number): Entry => ({
  seq,
  t: seq,
  kind: "message",
  dir: "client->server",
  message: { id: 1, method: "ping" },
  size: 1,
});

describe("InspectorClient: replies checked against their command's schema", () => {
  it("a reply that does not fit is reported as a problem and fails the command; the client goes on", async () => {
    const socket = fakeSocket();
    const problems: string[] = [];
    const client = new InspectorClient(socket, { problem: (m) => problems.push(m) });
    const call = client.send({ type: "call-tool", name: "x", arguments: {} });
    socket.deliver({ type: "reply", id: call.id, ok: true, result: { result: {}, verdict: null, durationMs: "slow" } });
    await expect(call.reply).rejects.toThrow(/invalid reply: the reply to call-tool does not fit its schema at durationMs/);
    await expect(call.accepted).resolves.toBeUndefined();
    expect(problems).toEqual([expect.stringMatching(/^backend sent an invalid reply: the reply to call-tool/)]);

    // The same socket keeps working: a batch frame (accepted, then the reply) is handled in order.
    const ping = client.send({ type: "request", method: "ping" });
    socket.deliver([
      { type: "accepted", id: ping.id, requestSeq: 7, progressToken: 3 },
      { type: "reply", id: ping.id, ok: true, result: { result: {}, durationMs: 1, requestSeq: 7, responseSeq: 8 } },
    ]);
    await expect(ping.accepted).resolves.toEqual({ requestSeq: 7, progressToken: 3 });
    await expect(ping.reply).resolves.toEqual({ result: {}, durationMs: 1, requestSeq: 7, responseSeq: 8 });
    expect(socket.sent.map((c) => c.id)).toEqual([call.id, ping.id]);
  });

  it("commands of other types are checked against their own schema", async () => {
    const socket = fakeSocket();
    const client = new InspectorClient(socket, {});
    const connect = client.send({ type: "connect", spec: { target: { transport: "stdio", command: "x" } } });
    socket.deliver({ type: "reply", id: connect.id, ok: true, result: null });
    await expect(connect.reply).rejects.toThrow(/the reply to connect does not fit its schema/);
    const cancel = client.send({ type: "cancel", target: "c9" });
    socket.deliver({ type: "reply", id: cancel.id, ok: true, result: null });
    await expect(cancel.reply).resolves.toBeNull();
  });
});

describe("Session", () => {
  function session() {
    const socket = fakeSocket();
    const s = new Session({
      wsUrl: "ws://x/ws",
      token: "t",
      queryClient: new QueryClient(),
      checkToken: async () => true,
      createSocket: () => socket,
      schedule: (f) => f(),
    });
    return { s: s.start(), socket };
  }

  it("a restarted backend (another instance) resets the timeline, its lint and its feed together, then asks for all of the new record", async () => {
    const { s, socket } = session();
    socket.onopen?.({});
    socket.deliver(welcomeFrame("one", 2));
    socket.deliver({ type: "entries", entries: [log(1, "before"), broken(2)] });
    // The linter's code loads apart from the page's first load (issue 89).
    await s.lint.ready;
    s.lint.drain();
    expect(s.timeline.size).toBe(2);
    expect(s.feed.logs).toHaveLength(1);
    expect(s.lint.findings().length).toBeGreaterThan(0);

    socket.deliver(welcomeFrame("two", 1));
    expect(s.timeline.size).toBe(0);
    expect(s.feed.logs).toHaveLength(0);
    expect(s.lint.findings()).toHaveLength(0);
    expect(socket.sent.at(-1)).toMatchObject({ type: "hello", since: 0 });

    socket.deliver({ type: "entries", entries: [log(1, "after")] });
    expect(s.feed.logs.map((l) => l.data)).toEqual(["after"]);
    s.stop();
  });

  it("a command's id is known when it is sent, so it can be cancelled before any reply", async () => {
    const { s, socket } = session();
    socket.onopen?.({});
    socket.deliver(welcomeFrame("one", 0));
    const call = s.send({ type: "call-tool", name: "slow", arguments: {} });
    void s.cancel(call.id, "changed my mind");
    expect(socket.sent.slice(-2)).toMatchObject([
      { type: "call-tool", id: call.id, name: "slow" },
      { type: "cancel", target: call.id, reason: "changed my mind" },
    ]);
    s.stop();
  });
});
