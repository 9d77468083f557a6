// The stdio transport's writes to the target: what is sent in one turn goes out as one write.
import { Socket } from "node:net";
import { afterEach, describe, expect, test, vi } from "vitest";
import type { JSONRPCMessage } from "@modelcontextprotocol/client";
import { StdioTransport, type StdioObserver } from "../../server/engine/stdio-transport";

// A target that answers each line it reads with the params it read.
const ECHO_LINES = `
let buf = "";
process.stdin.on("data", (c) => {
  buf += c;
  for (let nl; (nl = buf.indexOf("\\n")) !== -1; buf = buf.slice(nl + 1)) {
    const m = JSON.parse(buf.slice(0, nl));
    process.stdout.write(JSON.stringify({ jsonrpc: "2.0", id: m.id, result: { echoed: m.params } }) + "\\n");
  }
});
`;

function transport() {
  const observer: StdioObserver = { spawned() {}, incoming() {}, noise() {}, stderr() {}, exited() {} };
  const t = new StdioTransport({ command: process.execPath, args: ["-e", ECHO_LINES], env: {} }, observer);
  const received: Array<{ id: number; result: { echoed: unknown } }> = [];
  t.onmessage = (m) => received.push(m as never);
  return { t, received };
}

const call = (id: number): JSONRPCMessage => ({
  jsonrpc: "2.0",
  id,
  method: "tools/call",
  params: { name: "echo", arguments: { message: `${id} ${"é".repeat(id % 7)}\n"quoted"` } },
});

// vi.waitFor's own limit is 1 s: the echo target is a Node process, and its start alone takes
// longer than that on two busy cores (a red run beside the suite). The wait is on the answers.
const ANSWERED = { timeout: 15_000 };

const open: StdioTransport[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(open.splice(0).map((t) => t.close()));
});

describe("the stdio transport's writes", () => {
  test("messages sent in one turn go out as one write, in order, each intact; each send settles; the next turn writes again", async () => {
    const { t, received } = transport();
    open.push(t);
    await t.start();
    const writes: string[] = [];
    const write = Socket.prototype.write;
    vi.spyOn(Socket.prototype, "write").mockImplementation(function (this: Socket, ...args: Parameters<Socket["write"]>) {
      if (typeof args[0] === "string" && args[0].includes('"tools/call"')) writes.push(args[0]);
      return write.apply(this, args);
    });
    const sent = Array.from({ length: 50 }, (_, i) => t.send(call(i + 1)));
    expect(writes).toEqual([]); // nothing yet: the turn is not over
    await Promise.all(sent);
    expect(writes).toHaveLength(1);
    expect(writes[0].split("\n").slice(0, -1)).toEqual(sent.map((_, i) => JSON.stringify(call(i + 1))));
    await t.send(call(51));
    expect(writes).toHaveLength(2);
    await vi.waitFor(() => expect(received).toHaveLength(51), ANSWERED);
    expect(received.map((m) => m.id)).toEqual(Array.from({ length: 51 }, (_, i) => i + 1));
    for (const m of received) expect(m.result.echoed).toEqual((call(m.id) as { params: unknown }).params);
  });

  test("what is queued when the transport closes is written before stdin ends; a send after the target exited is refused", async () => {
    const { t, received } = transport();
    await t.start();
    const sent = t.send(call(1));
    await t.close();
    await sent;
    await vi.waitFor(() => expect(received.map((m) => m.id)).toEqual([1]), ANSWERED);
    await expect(t.send(call(2))).rejects.toThrow(/Not connected/);
  });
});
