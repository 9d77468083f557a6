import { isObject } from "../json/shape";

/**
 * Structural JSON diff with paths in the `$.a.b[0]` form, and the normalization replay uses
 * so that values that change on every run (ids, progress tokens, timestamps) do not count.
 */
export interface DiffOp {
  path: string;
  op: "added" | "removed" | "changed";
  before?: unknown;
  after?: unknown;
}

export function diffJson(before: unknown, after: unknown, path = "$", out: DiffOp[] = []): DiffOp[] {
  if (Object.is(before, after)) return out;
  const bothArrays = Array.isArray(before) && Array.isArray(after);
  const bothObjects = isObject(before) && isObject(after);
  if (bothArrays) {
    const n = Math.max(before.length, after.length);
    for (let i = 0; i < n; i++) {
      const p = `${path}[${i}]`;
      if (i >= before.length) out.push({ path: p, op: "added", after: after[i] });
      else if (i >= after.length) out.push({ path: p, op: "removed", before: before[i] });
      else diffJson(before[i], after[i], p, out);
    }
    return out;
  }
  if (bothObjects) {
    for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
      const p = `${path}${/^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`}`;
      if (!(k in after)) out.push({ path: p, op: "removed", before: before[k] });
      else if (!(k in before)) out.push({ path: p, op: "added", after: after[k] });
      else diffJson(before[k], after[k], p, out);
    }
    return out;
  }
  out.push({ path, op: "changed", before, after });
  return out;
}

/**
 * Parse an ignore path: `$.result.content[0].text`, `$..timestamp` (any depth), `[*]` and `.*`
 * wildcards. Returns a matcher over the paths diffJson produces.
 */
export function pathMatcher(pattern: string): (path: string) => boolean {
  const p = pattern.trim().startsWith("$") ? pattern.trim() : `$.${pattern.trim()}`;
  let re = "";
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (p.startsWith("..", i)) {
      re += "(?:\\.[^.\\[]+|\\[[^\\]]+\\])*\\.";
      i += 1;
    } else if (p.startsWith("[*]", i)) {
      re += "\\[\\d+\\]";
      i += 2;
    } else if (p.startsWith(".*", i)) {
      re += '(?:\\.[^.\\[]+|\\["[^\\]]+\\])';
      i += 1;
    } else re += c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  const rx = new RegExp(`^${re}(?:$|[.\\[])`);
  return (path) => rx.test(path);
}

/** Keys whose values differ from run to run by nature: ids minted per run, clocks, process ids. */
export const VOLATILE_KEYS = new Set([
  "progressToken",
  "timestamp",
  "requestId",
  "taskId",
  "createdAt",
  "updatedAt",
  "lastUpdatedAt",
  "expiresAt",
  "sessionId",
  "pid",
]);
/** Date-times and clock times (with seconds) inside any string: "created at 11:28:16 PM". */
const TIME_IN_TEXT =
  /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?|\b\d{1,2}:\d{2}:\d{2}(?:\.\d+)?(?:\s?[AP]M)?\b/g;

/** Replace volatile values with placeholders so two runs can be compared. */
export function normalizeVolatile(v: unknown, key?: string): unknown {
  if (key && VOLATILE_KEYS.has(key)) return "<volatile>";
  if (typeof v === "string") return v.replace(TIME_IN_TEXT, "<time>");
  if (Array.isArray(v)) return v.map((x) => normalizeVolatile(x));
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, normalizeVolatile(x, k)]));
  return v;
}

/**
 * Request params without `_meta.progressToken` (and without `_meta` when that was all of it):
 * a recorded token belonged to the old connection, and whether a client asks for progress does
 * not change what it asks. Replay and the mock compare and resend requests through this.
 */
export function withoutProgressToken<P extends Record<string, unknown> | undefined>(params: P): P {
  const meta = params?._meta as Record<string, unknown> | undefined;
  if (!meta || !("progressToken" in meta)) return params;
  const { progressToken: _token, ...rest } = meta;
  const { _meta: _old, ...others } = params!;
  return (Object.keys(rest).length ? { ...others, _meta: rest } : others) as P;
}

/**
 * Params without the 2026-07-28 envelope (`_meta` keys `io.modelcontextprotocol/*`: the protocol
 * version, who the client is, what it offers): another client, or the engine in another era, asks
 * the same thing with its own. Replay resends and the mock matches requests through this.
 */
export function withoutEnvelope<P extends Record<string, unknown> | undefined>(params: P): P {
  const meta = params?._meta as Record<string, unknown> | undefined;
  if (!meta || typeof meta !== "object" || !Object.keys(meta).some(isEnvelopeKey)) return params;
  const kept = Object.fromEntries(Object.entries(meta).filter(([k]) => !isEnvelopeKey(k)));
  const { _meta: _old, ...others } = params!;
  return (Object.keys(kept).length ? { ...others, _meta: kept } : others) as P;
}

const ENVELOPE_KEYS = new Set([
  "io.modelcontextprotocol/protocolVersion",
  "io.modelcontextprotocol/clientInfo",
  "io.modelcontextprotocol/clientCapabilities",
  "io.modelcontextprotocol/logLevel",
]);

function isEnvelopeKey(k: string): boolean {
  return ENVELOPE_KEYS.has(k);
}
