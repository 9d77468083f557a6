import {
  JSONRPCErrorResponseSchema,
  JSONRPCMessageSchema,
  JSONRPCNotificationSchema,
  JSONRPCRequestSchema,
  JSONRPCResultResponseSchema,
} from "@modelcontextprotocol/core";

/**
 * The SDK's JSONRPCMessageSchema, checked against the one member a frame's keys name. The four
 * members are strict objects, so a frame with `method` can only be a request (with `id`) or a
 * notification, one with `result` only a result, one with `error` only an error: the same frames
 * pass and fail as with the union, which tries each member in turn (a response failed twice before
 * it was tried: bench figure 1 measures every received frame). A failure names what is wrong with
 * the member the frame meant to be.
 */
export function parseJsonRpcMessage(frame: unknown) {
  if (typeof frame !== "object" || frame === null || Array.isArray(frame)) return JSONRPCMessageSchema.safeParse(frame);
  if ("method" in frame) return "id" in frame ? JSONRPCRequestSchema.safeParse(frame) : JSONRPCNotificationSchema.safeParse(frame);
  if ("result" in frame) return plainResult(frame) ?? JSONRPCResultResponseSchema.safeParse(frame);
  if ("error" in frame) return JSONRPCErrorResponseSchema.safeParse(frame);
  return JSONRPCMessageSchema.safeParse(frame);
}

const { hasOwn, getPrototypeOf } = Object;

/**
 * The common response, `{ jsonrpc: "2.0", id, result }` with a plain result and no `_meta`, checked
 * by hand: zod's parse of it was about 9 µs of every call's CPU (bench figure 1, profiled with
 * `node bench/profile.mjs 1`). It gives what JSONRPCResultResponseSchema.safeParse gives (a new
 * frame in the schema's key order, a shallow copy of the result); anything else (a `_meta`, another
 * key, an id that is not a string or safe integer) is left to the schema, which decides as before.
 */
function plainResult(
  frame: object,
): { success: true; data: { jsonrpc: "2.0"; id: string | number; result: Record<string, unknown> }; error?: never } | undefined {
  const f = frame as Record<string, unknown>;
  const { id, result } = f;
  let keys = 0;
  for (const _ in f) keys++;
  if (keys !== 3 || f.jsonrpc !== "2.0" || !hasOwn(f, "id") || !hasOwn(f, "result")) return undefined;
  if (typeof id !== "string" && !Number.isSafeInteger(id)) return undefined;
  if (typeof result !== "object" || result === null || Array.isArray(result)) return undefined;
  if (getPrototypeOf(result) !== Object.prototype || getPrototypeOf(frame) !== Object.prototype) return undefined;
  if ("_meta" in result || hasOwn(result, "__proto__")) return undefined;
  return { success: true, data: { jsonrpc: "2.0", id: id as string | number, result: { ...result } } };
}
