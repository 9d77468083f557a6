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
  if ("result" in frame) return JSONRPCResultResponseSchema.safeParse(frame);
  if ("error" in frame) return JSONRPCErrorResponseSchema.safeParse(frame);
  return JSONRPCMessageSchema.safeParse(frame);
}
