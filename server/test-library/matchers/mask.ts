import { withoutEraFields } from "../../../lib/protocol/era-fields";
import { isToolResult } from "./received";
import { isObject } from "../../../lib/json/shape";
import { maskVolatileText, volatileAtKey, withoutTraceContext } from "../../../lib/session/variation";

/** Nesting a snapshot follows before it stops (a cyclic or absurdly deep value). */
const MAX_DEPTH = 50;

function isRecordEntry(v: Record<string, unknown>): boolean {
  return typeof v.seq === "number" && typeof v.t === "number" && typeof v.kind === "string";
}

/**
 * What changes from run to run or machine to machine is masked by the one rule every comparing
 * path uses (lib/session/variation.ts: ids, times in any form, trace context, volatile keys);
 * a snapshot adds what only a record entry has (its `t`, `seq`, `raw`). Everything else (what the
 * server said) is kept, since that is what a snapshot is for.
 */
function maskValue(v: unknown, key: string | undefined, depth: number): unknown {
  if (key !== undefined) {
    const masked = volatileAtKey(key, v);
    if (masked !== undefined) return masked;
  }
  if (typeof v === "string") return maskVolatileText(v);
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
    else if (entry && k === "t" && typeof x === "number") out[k] = "<t>";
    else if (k === "_meta" && isObject(x)) {
      const kept = withoutTraceContext(x);
      if (kept) out[k] = maskValue(kept, k, depth + 1);
    } else if (entry && k === "pair" && typeof x === "object" && x !== null)
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
