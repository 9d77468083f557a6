import { withoutEraFields } from "../../../lib/protocol/era-fields";
import { isToolResult } from "./received";

/**
 * Keys whose values change from run to run or machine to machine: time, ids the client or server
 * picks, process ids. Their values become `<key>` so a snapshot stays the same; everything else
 * (what the server said) is kept, since that is what a snapshot is for.
 */
const MASKED_KEYS = new Set([
  "latencyMs",
  "durationMs",
  "t",
  "timestamp",
  "createdAt",
  "lastUpdatedAt",
  "expiresAt",
  "progressToken",
  "requestId",
  "taskId",
  "sessionId",
  "mcp-session-id",
  "pid",
]);
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
const ISO_TIME = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?\b/g;
/** Nesting a snapshot follows before it stops (a cyclic or absurdly deep value). */
const MAX_DEPTH = 50;

function maskString(s: string): string {
  return s.replace(UUID, "<uuid>").replace(ISO_TIME, "<timestamp>");
}

function isRecordEntry(v: Record<string, unknown>): boolean {
  return typeof v.seq === "number" && typeof v.t === "number" && typeof v.kind === "string";
}

function maskValue(v: unknown, key: string | undefined, depth: number): unknown {
  if (key !== undefined && (MASKED_KEYS.has(key) || key.toLowerCase() === "mcp-session-id") && v !== undefined && v !== null) {
    return `<${key}>`;
  }
  if (typeof v === "string") return maskString(v);
  if (typeof v !== "object" || v === null || depth > MAX_DEPTH) return v;
  if (Array.isArray(v)) return v.map((x) => maskValue(x, undefined, depth + 1));
  const o = v as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  // A JSON-RPC message's id is the client's counter: which number a call got depends on what ran before it.
  const rpc = o.jsonrpc === "2.0";
  // A record entry's seq counts stderr lines too, which arrive in their own time.
  const entry = isRecordEntry(o);
  for (const [k, x] of Object.entries(o)) {
    if (rpc && k === "id" && x !== undefined) out[k] = "<id>";
    else if (entry && (k === "seq" || k === "relatedSeq")) out[k] = "<seq>";
    // The bytes as received hold the unmasked id; the message beside it is what they said.
    else if (entry && k === "raw" && typeof x === "string") out[k] = "<raw>";
    else if (entry && k === "pair" && typeof x === "object" && x !== null)
      out[k] = { ...(maskValue(x, k, depth + 1) as object), seq: "<seq>" };
    else out[k] = maskValue(x, k, depth + 1);
  }
  return out;
}

/**
 * A ToolResult as a snapshot shows it: `raw` left out when it says nothing the other fields do
 * not (the result as sent is content, structuredContent, isError and _meta), what only the
 * 2026-07-28 era carries left out of it (resultType "complete", cache hints, the reserved _meta
 * keys), so one snapshot holds for both eras of a correct server, and every value that changes
 * run to run masked.
 */
export function maskedForSnapshot(v: unknown): unknown {
  if (isToolResult(v)) {
    const { raw, ...rest } = v;
    const shared = (withoutEraFields(raw ?? {}) ?? {}) as Record<string, unknown>;
    const extra = Object.keys(shared).filter((k) => !["content", "structuredContent", "isError", "_meta"].includes(k));
    return maskValue(extra.length > 0 ? { ...rest, raw: shared } : rest, undefined, 0);
  }
  return maskValue(v, undefined, 0);
}

/** What the serializer takes on: a ToolResult, a record entry, a JSON-RPC message or a notification. */
export function isSnapshotted(v: unknown): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  // A Notification as the session hands it (waitForNotification, notifications()): its method and params.
  const notification = typeof o.method === "string" && Object.keys(o).every((k) => k === "method" || k === "params");
  return isToolResult(v) || isRecordEntry(o) || o.jsonrpc === "2.0" || notification;
}
