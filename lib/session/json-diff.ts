import { isObject } from "../json/shape";
import { isReservedMetaKey } from "../protocol/era-fields";
import { matchesRedacted } from "./secret-digest";
import { maskApplies, maskVolatile, parseLearnedMask, VOLATILE_KEYS as ONE_RULE_KEYS } from "./variation";

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
  // A value redacted in the recording stands for the live value with the same digest (secret-digest.ts).
  if (sameUnderRedaction(before, after)) return out;
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
  // A learned mask belongs to one request: without the request (ignoresFor), it applies nowhere.
  if (parseLearnedMask(pattern)) return () => false;
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

/** Keys whose values differ from run to run by nature: the one rule's list (variation.ts). */
export const VOLATILE_KEYS = ONE_RULE_KEYS;

/** Replace volatile values with placeholders so two runs can be compared: the one rule, variation.ts. */
export function normalizeVolatile(v: unknown, key?: string): unknown {
  return maskVolatile(v, key);
}

/**
 * True when one side is a text (or number) holding redaction markers and the other is what they
 * stand for: each digested marker the same digest of the live value, each plain marker any value.
 */
function sameUnderRedaction(a: unknown, b: unknown): boolean {
  const text = (x: unknown) => (typeof x === "string" ? x : typeof x === "number" ? String(x) : undefined);
  const ta = text(a);
  const tb = text(b);
  if (ta === undefined || tb === undefined) return false;
  return matchesRedacted(ta, tb) === true || matchesRedacted(tb, ta) === true;
}

/**
 * The ignore matchers for the answer to one request: every bare path (`$..timestamp`), and each
 * learned mask (`tools/call get-time $.result.content[0].text`, from `replay --runs 2
 * --save-ignores`) only on the request it was seen on.
 */
export function ignoresFor(patterns: readonly string[], method: string, params: unknown): Array<(path: string) => boolean> {
  const out: Array<(path: string) => boolean> = [];
  for (const p of patterns) {
    const learned = parseLearnedMask(p);
    if (!learned) out.push(pathMatcher(p));
    else if (maskApplies(learned, method, params)) out.push(pathMatcher(learned.path));
  }
  return out;
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
 * Params without the 2026-07-28 envelope (the `_meta` keys MCP reserves, `io.modelcontextprotocol/*`:
 * the protocol version, who the client is, what it offers; the one set, era-fields.ts): another client, or the engine in another era, asks
 * the same thing with its own. Replay resends and the mock matches requests through this.
 */
export function withoutEnvelope<P extends Record<string, unknown> | undefined>(params: P): P {
  const meta = params?._meta as Record<string, unknown> | undefined;
  if (!meta || typeof meta !== "object" || !Object.keys(meta).some(isReservedMetaKey)) return params;
  const kept = Object.fromEntries(Object.entries(meta).filter(([k]) => !isReservedMetaKey(k)));
  const { _meta: _old, ...others } = params!;
  return (Object.keys(kept).length ? { ...others, _meta: kept } : others) as P;
}
