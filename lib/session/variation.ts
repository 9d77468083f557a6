import { isObject } from "../json/shape";

/**
 * The one rule for what varies between two runs of the same server (issue 64 point 3, issue 62
 * point 5). Snapshots (the library's serializer and a collection's .snap.yaml), replay, the mock
 * and `replay --runs 2` all mask through this module, so a value masked on one path is masked on
 * every path:
 *
 * - keys whose values vary by nature (VOLATILE_KEYS: tokens, clocks, pids, session ids);
 * - ids: a JSON-RPC message's `id`, and a string at a key named `id`, `…Id` or `…_id` that looks
 *   minted (a UUID, a ULID, 16+ hex digits, a random-looking token);
 * - times: an epoch number (seconds or milliseconds) at a time-named key, and in any text an ISO
 *   date-time, a clock time (`3:09:41 AM`, `15:09:41`), an RFC 2822 / HTTP date, JavaScript's
 *   Date string, a locale date with its time (`11/26/2026, 3:09:41 AM`), a UUID;
 * - trace context (`traceparent`, `tracestate`, `baggage` in a `_meta`): left out entirely, so a
 *   recording made with trace export on compares with a run made with it off;
 * - values seen to differ between two runs of the same server (`replay --runs 2`): a LearnedMask,
 *   scoped to the request (method and tool, prompt, resource) and the path where it was seen.
 */

/** Keys whose values differ from run to run by nature: ids minted per run, clocks, process ids. */
export const VOLATILE_KEYS: ReadonlySet<string> = new Set([
  "progressToken",
  "timestamp",
  "requestId",
  "taskId",
  "createdAt",
  "updatedAt",
  "lastUpdatedAt",
  "expiresAt",
  "sessionId",
  "mcp-session-id",
  "Mcp-Session-Id",
  "pid",
  "latencyMs",
  "durationMs",
  "elapsedMs",
]);

/** W3C Trace Context and Baggage, as MCP carries them in `_meta` (docs/otel.md). */
export const TRACE_CONTEXT_KEYS: ReadonlySet<string> = new Set(["traceparent", "tracestate", "baggage"]);

/** Words of a key that say it holds a time: `createdAt`, `start_time`, `created_ms`, `lastModified`, `ts`, `iat`. */
const TIME_WORDS = new Set(
  "at time times timestamp date ts created updated modified started ended expires expiry expired issued seen sent received deleted now epoch when since until iat exp nbf".split(
    " ",
  ),
);
const isTimeKey = (key: string) =>
  key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((w) => TIME_WORDS.has(w));
/** Epoch seconds (2001 to 2286) or milliseconds (2001 to 2286): what a time-named key may hold as a number. */
const isEpoch = (n: number) => Number.isInteger(n) && ((n >= 1e9 && n < 1e10) || (n >= 1e12 && n < 1e13));

/** A key that holds an id: `id`, `messageId`, `request_id`. */
const ID_KEY = /^(?:id|ID|\w*[a-z0-9]Id|\w*_id|\w*-id)$/;
const UUID_ONLY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
const HEX_ID = /^[0-9a-f]{16,}$/i;
/** A random-looking token, perhaps behind a prefix: `msg_01HZX3…`, `req-8f2k…`, `V1StGXR8_Z5jdHi6B-myT`. */
const TOKEN_ID = /^(?:[a-z]{1,12}[_-])?(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{16,}$/;

/** True when an id looks minted (random or time-based) rather than chosen (`user-1`, `note`, `42`). */
export function looksMinted(s: string): boolean {
  if (UUID_ONLY.test(s) || ULID.test(s) || HEX_ID.test(s)) return true;
  if (!TOKEN_ID.test(s)) return false;
  // A chosen id of words and a number ("release_notes_2024") is not minted: a minted one mixes case or digits throughout.
  const body = s.replace(/^[a-z]{1,12}[_-]/, "");
  const digits = (body.match(/\d/g) ?? []).length;
  const mixedCase = /[a-z]/.test(body) && /[A-Z]/.test(body);
  return (digits >= 3 || mixedCase) && /[A-Za-z]\d|\d[A-Za-z]/.test(body) && !/^[A-Za-z]+(?:[_-][A-Za-z]+)*[_-]?\d+$/.test(body);
}

const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
const DAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)";
const CLOCK = "\\d{1,2}:\\d{2}:\\d{2}(?:[.,]\\d{1,9})?(?:\\s?[AaPp]\\.?[Mm]\\.?)?";
/** The forms of a time in text, longest first, so the longer form is taken whole. */
const TIME_FORMS = [
  // JavaScript's Date#toString: "Thu Nov 26 2026 05:08:35 GMT+0000 (Coordinated Universal Time)".
  `\\b${DAY} ${MONTH} \\d{1,2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT[+-]\\d{4}(?: \\([^()\\n]{1,60}\\))?`,
  // RFC 2822 / HTTP (RFC 9110): "Thu, 26 Nov 2026 05:08:35 GMT", "26 Nov 2026 05:08:35 +0000".
  `\\b(?:${DAY},\\s)?\\d{1,2}\\s${MONTH}\\s\\d{4}\\s\\d{2}:\\d{2}(?::\\d{2})?\\s(?:GMT|UTC|UT|[+-]\\d{4})`,
  // ISO 8601 / RFC 3339 date-times: "2026-11-26T05:08:35.123Z", "2026-11-26 05:08:35+01:00".
  `\\b\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?`,
  // A locale date with its time: "11/26/2026, 3:09:41 AM", "26.11.2026 05:08:35".
  `\\b\\d{1,4}[/.]\\d{1,2}[/.]\\d{2,4},?\\s${CLOCK}`,
  // A clock time with seconds: "3:09:41 AM", "15:09:41", "05:08:35.123".
  `\\b${CLOCK}`,
  // A clock time without seconds, only with AM/PM: "3:09 PM".
  `\\b\\d{1,2}:\\d{2}\\s?[AaPp]\\.?[Mm]\\b\\.?`,
];
const TIME_IN_TEXT = new RegExp(TIME_FORMS.join("|"), "g");
const UUID_IN_TEXT = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;

/** A text with every time and UUID in it replaced by `<timestamp>` and `<uuid>`. */
export function maskVolatileText(s: string): string {
  if (s.length < 8) return s;
  return s.replace(UUID_IN_TEXT, "<uuid>").replace(TIME_IN_TEXT, "<timestamp>");
}

/** What a value under this key becomes when the key says it varies (`<key>`), or undefined when the key says nothing. */
export function volatileAtKey(key: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (VOLATILE_KEYS.has(key) || key.toLowerCase() === "mcp-session-id") return `<${key}>`;
  if (typeof value === "number" && isEpoch(value) && isTimeKey(key)) return `<${key}>`;
  if (typeof value === "string" && ID_KEY.test(key) && looksMinted(value)) return "<id>";
  return undefined;
}

/** A `_meta` without trace context; undefined when nothing else was in it. */
export function withoutTraceContext(meta: Record<string, unknown>): Record<string, unknown> | undefined {
  if (!Object.keys(meta).some((k) => TRACE_CONTEXT_KEYS.has(k))) return meta;
  const kept = Object.entries(meta).filter(([k]) => !TRACE_CONTEXT_KEYS.has(k));
  return kept.length ? Object.fromEntries(kept) : undefined;
}

/** Nesting the mask follows before it stops (a cyclic or absurdly deep value). */
const MAX_DEPTH = 64;

/**
 * A value with what varies between runs masked, by the rule above: what replay, the mock and
 * `--runs 2` compare. The library's snapshots mask through the same pieces (volatileAtKey,
 * maskVolatileText, withoutTraceContext) and add what only a record entry has.
 */
export function maskVolatile(v: unknown, key?: string, depth = 0): unknown {
  if (key !== undefined) {
    const masked = volatileAtKey(key, v);
    if (masked !== undefined) return masked;
  }
  if (typeof v === "string") return maskVolatileText(v);
  if (depth > MAX_DEPTH || (typeof v !== "object" && typeof v !== "function") || v === null) return v;
  if (Array.isArray(v)) return v.map((x) => maskVolatile(x, undefined, depth + 1));
  if (!isObject(v)) return v;
  const out: Record<string, unknown> = {};
  // A JSON-RPC message's id is the client's counter: which number a call got depends on what ran before it.
  const rpc = v.jsonrpc === "2.0";
  for (const [k, x] of Object.entries(v)) {
    if (rpc && k === "id" && x !== undefined && x !== null) out[k] = "<id>";
    else if (k === "_meta" && isObject(x)) {
      const kept = withoutTraceContext(x);
      if (kept) out[k] = maskVolatile(kept, k, depth + 1);
    } else out[k] = maskVolatile(x, k, depth + 1);
  }
  return out;
}

/**
 * A variation `replay --runs 2` saw between two runs of the same server: at this path, in the
 * answer to this request (method, and the tool, prompt or resource it named). Saved in a
 * recording's `ignore` as `tools/call get-time $.result.content[0].text`; a bare path
 * (`$..timestamp`, written by hand) still applies to every answer.
 */
export interface LearnedMask {
  method: string;
  /** The tool or prompt name, or the resource URI, the request named; none for list and other requests. */
  target?: string;
  path: string;
}

/** What a request names: params.name (tools, prompts), params.uri (resources), params.ref (completion). */
export function requestTarget(method: string, params: unknown): string | undefined {
  const p = isObject(params) ? params : {};
  if (typeof p.name === "string") return p.name;
  if (typeof p.uri === "string") return p.uri;
  if (method === "completion/complete" && isObject(p.ref)) {
    const ref = p.ref;
    const named = typeof ref.name === "string" ? ref.name : typeof ref.uri === "string" ? ref.uri : undefined;
    return named;
  }
  return undefined;
}

/** A learned mask as the recording's `ignore` keeps it: `METHOD [TARGET] $PATH`. */
export function formatLearnedMask(m: LearnedMask): string {
  return [m.method, m.target, m.path].filter((x) => x !== undefined).join(" ");
}

/** `METHOD [TARGET] $PATH` read back; undefined for a bare path (which applies to every answer). */
export function parseLearnedMask(s: string): LearnedMask | undefined {
  const t = s.trim();
  if (t.startsWith("$") || !/^[A-Za-z][\w/.-]*\s/.test(t)) return undefined;
  const space = t.indexOf(" ");
  const method = t.slice(0, space);
  const rest = t.slice(space + 1);
  // The path starts at the last " $" (a target never ends in a space; one holding " $" is not supported).
  const at = rest.startsWith("$") ? 0 : rest.lastIndexOf(" $") + 1;
  if (at < 0 || rest[at] !== "$") return undefined;
  const target = at > 0 ? rest.slice(0, at - 1) : undefined;
  return { method, ...(target ? { target } : {}), path: rest.slice(at) };
}

/** True when a learned mask was seen on this request. */
export function maskApplies(m: LearnedMask, method: string, params: unknown): boolean {
  return m.method === method && (m.target === undefined || m.target === requestTarget(method, params));
}
