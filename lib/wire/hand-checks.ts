/**
 * Hand-written checks for the page's per-call traffic (the `call-tool` and `request` commands,
 * their replies, and the events the page receives for a call): the same verdicts as the zod schemas in protocol.ts and replies.ts, without
 * building zod's parse context for every call (timed alone, the two backend parses went from about
 * 1.7 to 1.1 µs a call; a profile at load had said 16 µs: bench/README.md).
 *
 * Each check is stricter than its schema, never looser: it answers only for a value it can vouch
 * for (and then with what zod would return), and undefined for anything else, which then goes to
 * zod itself, so every error message stays zod's (test/wire/hand-checks.test.ts compares both on
 * the same inputs). Values come from JSON.parse on the backend, or from the engine's own outcomes.
 * The command and event types are the caller's type parameter: this module stays out of
 * protocol.ts's imports, which use it (no import cycle).
 */
import type { JsonRpcError, OutputVerdict, RequestOutcome, ToolCallOutcome } from "./outcomes";

type Rec = Record<string, unknown>;

/** A plain object zod's z.record and z.object take as is (not an array, no `__proto__` or `constructor` of its own, which zod treats apart). */
function isPlain(v: unknown): v is Rec {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  return !Object.hasOwn(v, "__proto__") && !Object.hasOwn(v, "constructor");
}

/** z.number().int() (a safe integer) and .positive(). */
const isPositiveInt = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) > 0;

/** The optional timing fields (protocol.ts `timing`): true when each is absent or fits. */
function timingFits(o: Rec): boolean {
  return (
    (o.timeoutMs === undefined || isPositiveInt(o.timeoutMs)) &&
    (o.resetTimeoutOnProgress === undefined || typeof o.resetTimeoutOnProgress === "boolean") &&
    (o.maxTotalTimeoutMs === undefined || isPositiveInt(o.maxTotalTimeoutMs))
  );
}

/** Copy the timing fields that are present, as z.object does (absent keys stay absent). */
function copyTiming(from: Rec, to: Rec): void {
  if (from.timeoutMs !== undefined) to.timeoutMs = from.timeoutMs;
  if (from.resetTimeoutOnProgress !== undefined) to.resetTimeoutOnProgress = from.resetTimeoutOnProgress;
  if (from.maxTotalTimeoutMs !== undefined) to.maxTotalTimeoutMs = from.maxTotalTimeoutMs;
}

/**
 * A `call-tool` or `request` command as CommandSchema would parse it (unknown keys dropped,
 * `arguments` defaulted), or undefined: then CommandSchema decides (another type, a value that
 * does not fit, a `task`).
 */
export function commandByHand<Command>(json: unknown): Command | undefined {
  if (!isPlain(json)) return undefined;
  const { id, type } = json;
  if (typeof id !== "string" || id.length < 1 || id.length > 200) return undefined;
  if (type === "call-tool") {
    const { name, arguments: args, meta } = json;
    if (typeof name !== "string" || json.task !== undefined) return undefined;
    if (args !== undefined && !isPlain(args)) return undefined;
    if (meta !== undefined && !isPlain(meta)) return undefined;
    if (!timingFits(json)) return undefined;
    const out: Rec = { id, type, name, arguments: args ?? {} };
    if (meta !== undefined) out.meta = meta;
    copyTiming(json, out);
    return out as Command;
  }
  if (type === "request") {
    const { method, params, progress } = json;
    if (typeof method !== "string" || method.length < 1) return undefined;
    if (params !== undefined && !isPlain(params)) return undefined;
    if (progress !== undefined && typeof progress !== "boolean") return undefined;
    if (!timingFits(json)) return undefined;
    const out: Rec = { id, type, method };
    if (params !== undefined) out.params = params;
    if (progress !== undefined) out.progress = progress;
    copyTiming(json, out);
    return out as Command;
  }
  return undefined;
}

const OUTCOME_KEYS = new Set(["result", "error", "verdict", "durationMs", "requestSeq", "responseSeq", "resultInRecord", "preview"]);

/**
 * Every own key is one the schema names, and none holds undefined (z.object drops such a key): the
 * value is then what z.object would return, as is.
 */
function onlyKeys(o: Rec, keys: ReadonlySet<string>): boolean {
  for (const k in o) if (!keys.has(k) || o[k] === undefined) return false;
  return true;
}

/** The seqs and `resultInRecord` of an outcome (outcomes.ts `seqs`), and its finite duration. */
function outcomeBaseFits(o: Rec): boolean {
  return (
    typeof o.durationMs === "number" &&
    Number.isFinite(o.durationMs) &&
    (o.requestSeq === undefined || Number.isSafeInteger(o.requestSeq)) &&
    (o.responseSeq === undefined || Number.isSafeInteger(o.responseSeq)) &&
    (o.resultInRecord === undefined || o.resultInRecord === true)
  );
}

const ERROR_KEYS = new Set(["code", "message", "data"]);

function isRpcError(v: unknown): v is JsonRpcError {
  return isPlain(v) && onlyKeys(v, ERROR_KEYS) && Number.isSafeInteger(v.code) && typeof v.message === "string";
}

const VERDICT_KEYS = new Set(["valid", "errors"]);
const VERDICT_ERROR_KEYS = new Set(["path", "message"]);

function isVerdict(v: unknown): v is OutputVerdict {
  if (!isPlain(v) || !onlyKeys(v, VERDICT_KEYS) || typeof v.valid !== "boolean" || !Array.isArray(v.errors)) return false;
  for (const e of v.errors as unknown[])
    if (!isPlain(e) || !onlyKeys(e, VERDICT_ERROR_KEYS) || typeof e.path !== "string" || typeof e.message !== "string") return false;
  return true;
}

/**
 * The reply to a `call-tool` or `request` command, when it fits its schema with no key the schema
 * would drop (then zod's parse returns the same data, so this returns the value itself); undefined
 * for every other reply, which replies.ts then checks with zod.
 */
export function replyByHand(type: string, value: unknown): ToolCallOutcome | RequestOutcome | undefined {
  if (type !== "call-tool" && type !== "request") return undefined;
  if (!isPlain(value) || !onlyKeys(value, OUTCOME_KEYS) || !outcomeBaseFits(value)) return undefined;
  if (type === "request") {
    // RequestOutcomeSchema has no error or verdict, and its `result` key must be there (any value).
    if (value.error !== undefined || value.verdict !== undefined || value.preview !== undefined || !("result" in value)) return undefined;
    return value as RequestOutcome;
  }
  if (value.error !== undefined && !isRpcError(value.error)) return undefined;
  if (value.verdict !== null && !isVerdict(value.verdict)) return undefined;
  return value as ToolCallOutcome;
}

const ENTRY_KEYS = new Set(["seq", "t", "kind", "dir", "message", "raw", "size", "pair", "retryOf", "undelivered", "invalidUtf8", "by"]);
const PAIR_KEYS = new Set(["seq", "method", "latencyMs"]);

/** A `message` record entry with none of the rarer parts (an HTTP exchange goes to zod), as MessageEntrySchema would return it. */
function isPlainMessageEntry(e: unknown): boolean {
  if (!isPlain(e) || e.kind !== "message" || !onlyKeys(e, ENTRY_KEYS) || !("message" in e)) return false;
  if (!isPositiveInt(e.seq) || typeof e.t !== "number" || !Number.isFinite(e.t)) return false;
  if (e.dir !== "client->server" && e.dir !== "server->client") return false;
  if (!Number.isSafeInteger(e.size) || (e.size as number) < 0) return false;
  if (e.raw !== undefined && typeof e.raw !== "string") return false;
  if (e.retryOf !== undefined && !isPositiveInt(e.retryOf)) return false;
  if (e.undelivered !== undefined && typeof e.undelivered !== "string") return false;
  if (e.invalidUtf8 !== undefined && e.invalidUtf8 !== true) return false;
  if (e.by !== undefined && e.by !== "agent") return false;
  const p = e.pair;
  if (p === undefined) return true;
  return (
    isPlain(p) &&
    onlyKeys(p, PAIR_KEYS) &&
    isPositiveInt(p.seq) &&
    typeof p.method === "string" &&
    typeof p.latencyMs === "number" &&
    Number.isFinite(p.latencyMs) &&
    p.latencyMs >= 0
  );
}

const ACCEPTED_KEYS = new Set(["type", "id", "requestSeq", "progressToken"]);
const REPLY_OK_KEYS = new Set(["type", "id", "ok", "result"]);
const REPLY_ERROR_KEYS = new Set(["type", "id", "ok", "error"]);
const REPLY_ERROR_DETAIL_KEYS = new Set(["message", "rpc"]);
const ENTRIES_KEYS = new Set(["type", "entries"]);

/**
 * The backend's per-call events as the page receives them (JSON.parse'd): `accepted`, `reply`, and
 * `entries` of plain message entries, when they fit EventSchema with no key it would drop (then
 * zod returns the same data, so this returns the value itself); undefined for anything else,
 * which EventSchema then checks.
 */
export function eventByHand<WireEvent>(json: unknown): WireEvent | undefined {
  if (!isPlain(json)) return undefined;
  switch (json.type) {
    case "accepted": {
      const t = json.progressToken;
      const fits =
        onlyKeys(json, ACCEPTED_KEYS) &&
        typeof json.id === "string" &&
        Number.isSafeInteger(json.requestSeq) &&
        (t === undefined || typeof t === "string" || (typeof t === "number" && Number.isFinite(t)));
      return fits ? (json as WireEvent) : undefined;
    }
    case "reply": {
      if (typeof json.id !== "string") return undefined;
      if (json.ok === true) return onlyKeys(json, REPLY_OK_KEYS) && "result" in json ? (json as WireEvent) : undefined;
      if (json.ok !== false || !onlyKeys(json, REPLY_ERROR_KEYS)) return undefined;
      const e = json.error;
      const fits =
        isPlain(e) && onlyKeys(e, REPLY_ERROR_DETAIL_KEYS) && typeof e.message === "string" && (e.rpc === undefined || isRpcError(e.rpc));
      return fits ? (json as WireEvent) : undefined;
    }
    case "entries": {
      if (!onlyKeys(json, ENTRIES_KEYS) || !Array.isArray(json.entries)) return undefined;
      for (const e of json.entries as unknown[]) if (!isPlainMessageEntry(e)) return undefined;
      return json as WireEvent;
    }
    default:
      return undefined;
  }
}
