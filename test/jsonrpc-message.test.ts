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

  it("names what is wrong with the kind of frame it meant to be", () => {
    const r = parseJsonRpcMessage({ jsonrpc: "1.0", id: 1, result: {} });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].path).toEqual(["jsonrpc"]);
  });
});
