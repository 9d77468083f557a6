import { withoutEnvelope } from "./json-diff";
import * as z from "zod";
import { EntrySchema, RECORD_FORMAT_VERSION, RecordVersionSchema, type Entry } from "../record/format";
import { NegotiatedSchema } from "./state";
import { OfferedCapabilitiesSchema, type OfferedCapabilities, type Target } from "../target/target";
import { isRequest, isResponse, methodOf, resultObject } from "../protocol/jsonrpc";
import { asRecord, type JsonObject, objectOr } from "../json/shape";
import { VerdictSchema, type Verdict } from "./verdicts";

/**
 * A session file (.mcp-session.json) and the payload of a share link: the record plus what is
 * needed to show it and to reproduce it. Documented in docs/session-format.md.
 */
export const SESSION_FORMAT = "mcp-inspector-session" as const;
export const SESSION_FORMAT_VERSION = 2 as const;
/**
 * Every version this inspector reads. 2 added `verdicts` (what the run that saved it judged); a
 * version-1 file reads as one with no verdicts.
 */
export const SESSION_FORMAT_VERSIONS: readonly number[] = [1, 2];

/**
 * The target as shared: never env or header values, only their names. Reproducing asks the
 * person for the values (their own, on their machine).
 */
export const SharedTargetSchema = z.discriminatedUnion("transport", [
  z.object({
    transport: z.literal("stdio"),
    command: z.string(),
    args: z.array(z.string()),
    cwd: z.string().optional(),
    envNames: z.array(z.string()),
  }),
  z.object({ transport: z.enum(["http", "sse"]), url: z.string(), headerNames: z.array(z.string()) }),
]);
export type SharedTarget = z.infer<typeof SharedTargetSchema>;

/** An answer the person gave to a server->client request, in the order they were given. */
export const RecordedAnswerSchema = z.object({
  /** Record seq of the server's request. */
  requestSeq: z.number().int(),
  method: z.string(),
  result: z.unknown().optional(),
  error: z.object({ code: z.number().int(), message: z.string(), data: z.unknown().optional() }).optional(),
});
export type RecordedAnswer = z.infer<typeof RecordedAnswerSchema>;

/** What was taken out before sharing, so a reader knows the gaps are deliberate. */
export const RedactionNoteSchema = z.object({
  seq: z.number().int().optional(),
  what: z.string(),
  count: z.number().int().positive(),
});
export type RedactionNote = z.infer<typeof RedactionNoteSchema>;

export const SessionFileSchema = z.object({
  format: z.literal(SESSION_FORMAT),
  version: z.union([z.literal(1), z.literal(SESSION_FORMAT_VERSION)]),
  inspectorVersion: z.string(),
  createdAt: z.string(),
  target: SharedTargetSchema,
  capabilities: OfferedCapabilitiesSchema,
  protocolVersion: z.string().optional(),
  negotiated: NegotiatedSchema.optional(),
  answers: z.array(RecordedAnswerSchema),
  redactions: z.array(RedactionNoteSchema).default([]),
  /**
   * JSON paths replay leaves out of every comparison (values that differ from run to run), as
   * `replay --runs 2 --save-ignores` found them. Optional: files without it read as before.
   */
  ignore: z.array(z.string()).optional(),
  /** The record format of `entries`: 1 (before App entries) still reads; files are written in the current one. */
  recordVersion: RecordVersionSchema,
  /**
   * Version 2: what the run that saved the file judged (each `test` step, `check` probe, replayed
   * request), with the record seqs it concerns. Absent in version 1 and when nothing judged the run.
   */
  verdicts: z.array(VerdictSchema).optional(),
  entries: z.array(EntrySchema),
});
export type SessionFile = z.infer<typeof SessionFileSchema>;

/**
 * Strip a target down to what may be shared. With `recordedFrom` (the directory the recording was
 * made in), paths inside the server's directory are stored relative to it (issue 36 item 6: an
 * absolute /home/me/proj/dist/index.js made every CI checkout need --command): the command as
 * `./…`, arguments as `…`, and a working directory inside `recordedFrom` relative to it (absent
 * when it is that directory). Replay resolves them against the directory it runs in.
 */
export function shareableTarget(t: Target, recordedFrom?: string): SharedTarget {
  if (t.transport !== "stdio") return { transport: t.transport, url: t.url, headerNames: Object.keys(t.headers) };
  const base = t.cwd ?? recordedFrom;
  const rel = (p: string) => (base && isAbsolutePath(base) ? relativeInside(base, p) : undefined);
  const command = rel(t.command);
  const args = t.args.map((a) => {
    const r = rel(a);
    return r === undefined ? a : r.startsWith("-") ? `./${r}` : r;
  });
  const cwd = t.cwd !== undefined && recordedFrom && isAbsolutePath(recordedFrom) ? relativeInside(recordedFrom, t.cwd, true) : t.cwd;
  return {
    transport: "stdio",
    command: command === undefined ? t.command : `./${command}`,
    args,
    ...(cwd ? { cwd } : {}),
    envNames: Object.keys(t.env),
  };
}

function isAbsolutePath(p: string): boolean {
  return p.startsWith("/") || /^[A-Za-z]:[\\/]/.test(p);
}

/** `p` relative to `dir` when it is inside it (the separator either slash); "" for `dir` itself when `self`. */
function relativeInside(dir: string, p: string, self = false): string | undefined {
  const d = dir.replace(/[\\/]+$/, "");
  if (self && p.replace(/[\\/]+$/, "") === d) return "";
  if (!isAbsolutePath(p) || p.length <= d.length + 1 || !p.startsWith(d) || !"/\\".includes(p[d.length])) return self ? p : undefined;
  return p.slice(d.length + 1);
}

/** The answers the client gave to server requests, read off the record. */
/**
 * For each request a client sent again (an input_required round: `retryOf`), the seq of the first
 * request of those rounds: what a retry stands for in answers and in replay.
 */
export function firstRequestOf(entries: readonly Entry[]): Map<number, number> {
  const first = new Map<number, number>();
  for (const e of entries) if (e.kind === "message" && e.dir === "client->server" && e.retryOf !== undefined) first.set(e.seq, e.retryOf);
  return first;
}

export function answersIn(entries: readonly Entry[]): RecordedAnswer[] {
  const out: RecordedAnswer[] = [];
  const firstOf = firstRequestOf(entries);
  // 2026-07-28: the server asks inside an input_required result, the client answers in the retry.
  const asked = new Map<number, { seq: number; requests: JsonObject }>();
  for (const e of entries) {
    if (e.kind !== "message") continue;
    const result = resultObject(e.message);
    if (e.dir === "server->client" && e.pair && result?.resultType === "input_required") {
      const first = firstOf.get(e.pair.seq) ?? e.pair.seq;
      asked.set(first, { seq: e.seq, requests: asRecord(result.inputRequests) });
      continue;
    }
    const inputs =
      e.dir === "client->server" && e.retryOf !== undefined ? objectOr(asRecord(asRecord(e.message).params).inputResponses) : undefined;
    const round = e.retryOf !== undefined ? asked.get(e.retryOf) : undefined;
    if (inputs && round) {
      for (const [key, answer] of Object.entries(inputs)) {
        const method = asRecord(round.requests[key]).method;
        if (typeof method === "string") out.push({ requestSeq: round.seq, method, result: answer });
      }
      continue;
    }
    if (e.dir !== "client->server" || !e.pair || !isResponse(e.message)) continue;
    const m = e.message;
    out.push({ requestSeq: e.pair.seq, method: e.pair.method, ...(m.error ? { error: m.error } : { result: m.result }) });
  }
  return out;
}

export interface SessionSource {
  inspectorVersion: string;
  /** The directory the recording was made in (the recorder's cwd): paths inside it are stored relative. */
  recordedFrom?: string;
  target: Target;
  capabilities: OfferedCapabilities;
  negotiated?: SessionFile["negotiated"];
  /** What the run judged, when a run did (test, check, replay). */
  verdicts?: readonly Verdict[];
  entries: Entry[];
}

/** Build a session file from what the backend holds (before redaction). */
export function buildSession(src: SessionSource, now = new Date()): SessionFile {
  return {
    format: SESSION_FORMAT,
    version: SESSION_FORMAT_VERSION,
    inspectorVersion: src.inspectorVersion,
    createdAt: now.toISOString(),
    target: shareableTarget(src.target, src.recordedFrom),
    capabilities: src.capabilities,
    protocolVersion: src.negotiated?.protocolVersion,
    negotiated: src.negotiated,
    answers: answersIn(src.entries),
    redactions: [],
    recordVersion: RECORD_FORMAT_VERSION,
    ...(src.verdicts?.length ? { verdicts: [...src.verdicts] } : {}),
    entries: src.entries,
  };
}

/**
 * A session file's text, `JSON.stringify(session, null, 2)` and a line end, in pieces: its entries
 * one at a time, so that a long session is never one string (100,000 entries make tens of MiB).
 */
export function* sessionText(session: SessionFile): Generator<string> {
  const { entries } = session;
  if (entries.length === 0) return yield `${JSON.stringify(session, null, 2)}\n`;
  // The other fields as they would be written, the entries left empty: the top level's
  // `"entries": []` is the only line that starts with two spaces and that key (a string's line
  // breaks are escaped, so no text inside a value starts a line).
  const head = JSON.stringify({ ...session, entries: [] }, null, 2);
  const at = head.indexOf(EMPTY_ENTRIES);
  yield `${head.slice(0, at)}\n  "entries": [\n`;
  // A slice of entries under the same key one level down is written with the file's own indent:
  // what is between its brackets is that slice's text as the file holds it.
  for (let i = 0; i < entries.length; i += ENTRIES_A_PIECE) {
    const piece = JSON.stringify({ entries: entries.slice(i, i + ENTRIES_A_PIECE) }, null, 2);
    const body = piece.slice('{\n  "entries": [\n'.length, -"\n  ]\n}".length);
    yield i + ENTRIES_A_PIECE < entries.length ? `${body},\n` : `${body}\n`;
  }
  yield `  ]${head.slice(at + EMPTY_ENTRIES.length)}\n`;
}

const EMPTY_ENTRIES = '\n  "entries": []';
/** Entries serialised at once by sessionText. */
const ENTRIES_A_PIECE = 512;

/** Deeper JSON than this is refused: real MCP traffic stays far below it, and recursive readers stay safe. */
export const MAX_JSON_DEPTH = 512;

/** The most a session file may be: the bound of a share link's inflated text too. */
export const MAX_SESSION_FILE_BYTES = 32 * 1024 * 1024;

/** Why a file of this size is refused before it is read, or undefined when it may be read. */
export function sessionFileSizeProblem(bytes: number): string | undefined {
  if (bytes <= MAX_SESSION_FILE_BYTES) return undefined;
  return `the file is ${Number((bytes / 1048576).toFixed(1))} MiB; a session file is at most ${MAX_SESSION_FILE_BYTES / 1048576} MiB (nothing was read)`;
}

/** How deep a parsed JSON value nests, counted without recursion; stops counting past `limit`. */
export function depthOf(value: unknown, limit = Infinity): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (!v || typeof v !== "object") continue;
    if (d > max) max = d;
    if (max > limit) return max;
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (child && typeof child === "object") stack.push([child, d + 1]);
  }
  return max;
}

/** Parse a session file, or say in words why it is not one this inspector reads. */
export function parseSession(text: string): { ok: true; session: SessionFile } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: "this is not a session file: it is not JSON" };
  }
  const head = asRecord(json);
  if (!head || typeof head !== "object" || head.format !== SESSION_FORMAT) {
    return { ok: false, message: `this is not a session file: expected "format": "${SESSION_FORMAT}"` };
  }
  if (typeof head.version !== "number") {
    return {
      ok: false,
      message: `this session file's "version" is ${JSON.stringify(head.version) ?? "missing"}, not a number: write "version": ${SESSION_FORMAT_VERSION}`,
    };
  }
  const depth = depthOf(json, MAX_JSON_DEPTH);
  if (depth > MAX_JSON_DEPTH) {
    return {
      ok: false,
      message: `this session file nests its JSON more than ${MAX_JSON_DEPTH} levels deep: refused (no MCP message needs that; it would exhaust the stack of whatever shows it)`,
    };
  }
  if (!SESSION_FORMAT_VERSIONS.includes(head.version)) {
    return {
      ok: false,
      message: `this session file is format version ${String(head.version)}; this inspector reads versions ${SESSION_FORMAT_VERSIONS.join(" and ")}${head.version > SESSION_FORMAT_VERSION ? " (it was made by a newer inspector: update this one)" : ""}`,
    };
  }
  const parsed = SessionFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `this session file is damaged: ${issue.path.join(".") || "top level"}: ${issue.message}` };
  }
  return { ok: true, session: parsed.data };
}

const HANDSHAKE = new Set(["initialize", "notifications/initialized", "server/discover"]);

/** Client-originated frames to re-send on replay, in recorded order (the handshake is redone by connecting). */
export function replayableRequests(
  entries: readonly Entry[],
): Array<{ seq: number; method: string; params?: Record<string, unknown>; notification: boolean }> {
  const out: Array<{ seq: number; method: string; params?: Record<string, unknown>; notification: boolean }> = [];
  for (const e of entries) {
    if (e.kind !== "message" || e.dir !== "client->server") continue;
    const method = methodOf(e.message);
    if (method === undefined || HANDSHAKE.has(method)) continue;
    // Cancellations refer to ids of the old connection; they cannot mean anything on replay.
    if (method === "notifications/cancelled") continue;
    // An input_required round is redone by the engine, with the answers the replay gives.
    if (e.retryOf !== undefined) continue;
    out.push({ seq: e.seq, method, params: withoutEnvelope(objectOr(asRecord(e.message).params)), notification: !isRequest(e.message) });
  }
  return out;
}

/** The entries of the most recent connection: from its last `connecting` lifecycle entry on. */
export function entriesOfLastConnection(entries: readonly Entry[]): Entry[] {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    if (e.kind === "lifecycle" && e.event === "connecting") return entries.slice(i);
  }
  return [...entries];
}
