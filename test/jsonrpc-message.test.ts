import { JSONRPCMessageSchema } from "@modelcontextprotocol/sdk/types.js";
import { describe, expect, it } from "vitest";
import { parseJsonRpcMessage } from "../server/engine/jsonrpc-message";

// Frames a server may send, good and bad: the shape dispatch must accept and refuse exactly what
// the SDK's union does (the engine hands accepted frames to the SDK, records the others).
const FRAMES: unknown[] = [
  { jsonrpc: "2.0", id: 1, method: "ping" },
  { jsonrpc: "2.0", id: "a", method: "sampling/createMessage", params: { messages: [] } },
  { jsonrpc: "2.0", method: "notifications/message", params: { level: "info", data: 1 } },
  { jsonrpc: "2.0", id: 1, result: {} },
  { jsonrpc: "2.0", id: 1, result: { content: [{ type: "text", text: "x" }], _meta: { a: 1 } } },
  { jsonrpc: "2.0", id: 1, error: { code: -32601, message: "no" } },
  { jsonrpc: "2.0", error: { code: -32700, message: "parse error" } },
  { jsonrpc: "1.0", id: 1, result: {} },
  { jsonrpc: "2.0", id: 1, result: {}, error: { code: 1, message: "both" } },
  { jsonrpc: "2.0", id: 1, method: "x", result: {} },
  { jsonrpc: "2.0", id: { no: 1 }, result: {} },
  { jsonrpc: "2.0", id: null, result: {} },
  { jsonrpc: "2.0", id: 1, error: { code: 1.5, message: "x" } },
  { jsonrpc: "2.0", method: 7 },
  { jsonrpc: "2.0", id: 1, result: "not an object" },
  { jsonrpc: "2.0", id: 1, method: "ping", extra: true },
  { jsonrpc: "2.0" },
  { hello: "world" },
  {},
  42,
  "text",
  null,
  [{ jsonrpc: "2.0", id: 1, result: {} }],
];

describe("the JSON-RPC check of each received frame", () => {
  it("accepts and refuses exactly what the SDK's JSONRPCMessageSchema does", () => {
    for (const f of FRAMES) expect([f, parseJsonRpcMessage(f).success]).toEqual([f, JSONRPCMessageSchema.safeParse(f).success]);
    // Both kinds are in the list, so the comparison means something.
    expect(FRAMES.filter((f) => parseJsonRpcMessage(f).success).length).toBeGreaterThan(4);
    expect(FRAMES.filter((f) => !parseJsonRpcMessage(f).success).length).toBeGreaterThan(8);
  });

  it("hands on the same frame as the schema for a plain result (checked by hand) and for any other", async () => {
    const { JSONRPCResultResponseSchema } = await import("@modelcontextprotocol/core");
    const results: unknown[] = [
      { jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: "Echo: hi" }] } },
      { jsonrpc: "2.0", id: "x", result: { b: 1, a: [1, { c: null }], z: "s" } },
      { id: 3, result: {}, jsonrpc: "2.0" },
      { jsonrpc: "2.0", id: -0, result: {} },
      { jsonrpc: "2.0", id: 1.5, result: {} },
      { jsonrpc: "2.0", id: 2 ** 53, result: {} },
      { jsonrpc: "2.0", id: 1, result: { _meta: { x: 1 }, y: 2 } },
      { jsonrpc: "2.0", id: 1, result: [] },
      { jsonrpc: "2.0", id: 1, result: null },
      { jsonrpc: "2.0", id: 1, result: Object.create(null) },
      JSON.parse('{"jsonrpc":"2.0","id":1,"result":{"__proto__":{"a":1},"b":2}}'),
      { jsonrpc: "2.0", id: 1, result: {}, extra: 1 },
      { jsonrpc: "2.0", id: 1, result: { nested: { deep: [1, 2] } } },
    ];
    for (const f of results) {
      const ours = parseJsonRpcMessage(f);
      const theirs = JSONRPCResultResponseSchema.safeParse(f);
      expect([f, ours.success]).toEqual([f, theirs.success]);
      if (!ours.success || !theirs.success) continue;
      expect(ours.data).toEqual(theirs.data);
      expect(JSON.stringify(ours.data)).toBe(JSON.stringify(theirs.data));
      // A new frame and a new result, as the schema's parse makes: the record keeps the one received.
      expect(ours.data).not.toBe(f);
      expect((ours.data as { result: unknown }).result).not.toBe((f as { result: unknown }).result);
    }
  });

  it("names what is wrong with the kind of frame it meant to be", () => {
    const r = parseJsonRpcMessage({ jsonrpc: "1.0", id: 1, result: {} });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].path).toEqual(["jsonrpc"]);
  });
});
