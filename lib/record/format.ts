import * as z from "zod";
import { AuthEventSchema } from "../auth/steps";
import { ModelEventSchema } from "../model/events";

/**
 * The record: every frame between the inspector and its target, plus what the target printed
 * and what happened to it. Documented in docs/record-format.md. Append-only: an entry is never
 * edited after it is written; a response points back at its request's `seq`.
 * Version 2 added the `app` entry (MCP Apps), version 3 the `model` entry (a model in the loop);
 * an older record is a valid current one.
 */
export const RECORD_FORMAT_VERSION = 3 as const;
/** The record versions this code reads: every older one is a subset of the current. */
export const RecordVersionSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);

/** client->server: sent by the inspector; server->client: sent by the target. */
export const DirectionSchema = z.enum(["client->server", "server->client"]);
export type Direction = z.infer<typeof DirectionSchema>;

const base = {
  /** Monotonically increasing, starts at 1 for each backend process. */
  seq: z.number().int().positive(),
  /** Wall-clock milliseconds since the Unix epoch, sub-millisecond precision (hrtime-based). */
  t: z.number(),
};

/** What a response answers: the request's seq, its method, and the time between them. */
export const PairSchema = z.object({
  seq: z.number().int().positive(),
  method: z.string(),
  latencyMs: z.number().nonnegative(),
});
export type Pair = z.infer<typeof PairSchema>;

/**
 * The HTTP exchange a frame of a Streamable HTTP or SSE target came in (absent over stdio):
 * the request method, the response status and the headers that matter to MCP, and for a frame
 * carried by an SSE event, that event's id and type.
 */
export const HttpFactsSchema = z.object({
  method: z.string(),
  status: z.number().int(),
  contentType: z.string().optional(),
  /** The response's Mcp-Session-Id header. */
  sessionId: z.string().optional(),
  /** The request's MCP-Protocol-Version header. */
  protocolVersion: z.string().optional(),
  eventId: z.string().optional(),
  event: z.string().optional(),
  /** A GET that resumed a stream: the request's Last-Event-ID. */
  resumedFrom: z.string().optional(),
  /**
   * The request's 2026-07-28 routing headers (Mcp-Method, Mcp-Name, Mcp-Param-*), by lower-case
   * name, exactly as sent: a server routes on them and must find them equal to the body.
   */
  mcpHeaders: z.record(z.string(), z.string()).optional(),
});
export type HttpFacts = z.infer<typeof HttpFactsSchema>;

export const MessageEntrySchema = z.object({
  ...base,
  kind: z.literal("message"),
  dir: DirectionSchema,
  /** The JSON-RPC message as parsed from (or serialized onto) the wire. */
  message: z.unknown(),
  /** The exact wire text, present only when it differs from JSON.stringify(message). */
  raw: z.string().optional(),
  /** Byte size of the frame on the wire (UTF-8, without the stdio newline). */
  size: z.number().int().nonnegative(),
  /** For responses: the request this answers. */
  pair: PairSchema.optional(),
  /**
   * For a request the client sent again with the input the server asked for (2026-07-28
   * `input_required`): the seq of the request it retries, the first of the rounds.
   */
  retryOf: z.number().int().positive().optional(),
  /**
   * Set when the engine did not hand the message to the client because it is not a valid
   * JSON-RPC message (or is a batch): says why. The frame is still recorded as received.
   */
  undelivered: z.string().optional(),
  /** Set on a stdio line that parsed as JSON only after invalid UTF-8 bytes were replaced. */
  invalidUtf8: z.literal(true).optional(),
  /** Received over HTTP: the exchange it came in. */
  http: HttpFactsSchema.optional(),
  /**
   * Set when the frame's body (`params`, `result` or `error`) was past the bound and was cut: the
   * envelope (`jsonrpc`, `id`, `method`) stays, the body is a string saying so, `size` stays the
   * frame's, and `sha256` is the digest of the frame's text before the cut (docs/record-format.md).
   */
  cut: z.object({ field: z.enum(["params", "result", "error"]), sha256: z.string(), by: z.enum(["record", "file"]) }).optional(),
  /**
   * Sent by (or answering) a coding agent attached through `inspector mcp`, not the person's page:
   * its requests and their responses, its reply to a server request (takeOver), and a server
   * request raised during its call. Additive: the same field and value in record version 3.
   */
  by: z.literal("agent").optional(),
});
export type MessageEntry = z.infer<typeof MessageEntrySchema>;

/** A line the target wrote to stderr. */
export const StderrEntrySchema = z.object({ ...base, kind: z.literal("stderr"), text: z.string() });
export type StderrEntry = z.infer<typeof StderrEntrySchema>;

/** A stdout line that is not a JSON-RPC message (stdio targets must not print these). */
export const StdoutNoiseEntrySchema = z.object({
  ...base,
  kind: z.literal("stdout-noise"),
  text: z.string(),
  /** Why it was not delivered: not JSON, or JSON that is not a JSON-RPC message. */
  reason: z.string(),
  size: z.number().int().nonnegative(),
});
export type StdoutNoiseEntry = z.infer<typeof StdoutNoiseEntrySchema>;

/**
 * What an HTTP target sent that carries no message: an SSE event without data (a priming event,
 * a keep-alive), an event or body that is not a JSON-RPC message, a status-only or error
 * response; and what the inspector's HTTP layer did about it. Recorded as received, before the
 * SDK parsed anything.
 */
export const HttpEntrySchema = z.object({
  ...base,
  kind: z.literal("http"),
  http: HttpFactsSchema,
  /** The body or event data as received (bounded), "" when there was none. */
  text: z.string(),
  /** What it is, in a sentence: "a priming event", "not a JSON-RPC message: …", "status 401". */
  reason: z.string(),
  size: z.number().int().nonnegative(),
});
export type HttpEntry = z.infer<typeof HttpEntrySchema>;

/**
 * One step of MCP authorization for an HTTP target (the OAuth client's own exchanges with the
 * resource and authorization servers, its decisions, problems and outcome): see lib/auth/steps.ts
 * and docs/oauth.md. Secrets are masked before they get here.
 */
export const AuthEntrySchema = z.object({ ...base, kind: z.literal("auth"), auth: AuthEventSchema });
export type AuthEntry = z.infer<typeof AuthEntrySchema>;

export const LifecycleEventSchema = z.enum([
  "connecting",
  "spawned",
  "connected",
  "disconnected",
  "exited",
  "transport-error",
  "connect-failed",
  /** Worth knowing, not a failure: e.g. progress that arrived after its call was cancelled. */
  "note",
]);
export type LifecycleEvent = z.infer<typeof LifecycleEventSchema>;

export const LifecycleEntrySchema = z.object({
  ...base,
  kind: z.literal("lifecycle"),
  event: LifecycleEventSchema,
  /** Human-readable summary, e.g. "exited with code 1". */
  text: z.string(),
  pid: z.number().int().optional(),
  code: z.number().int().nullable().optional(),
  signal: z.string().nullable().optional(),
  /** Target description for connecting/connected: command line or URL. */
  target: z.string().optional(),
  /** Written during a connect, restart or disconnect a coding agent asked for (`inspector mcp` on the page's session). */
  by: z.literal("agent").optional(),
});
export type LifecycleEntry = z.infer<typeof LifecycleEntrySchema>;

/**
 * Written when the memory bound evicted the oldest entries: how many and how many bytes.
 * The bound is never silent: this entry is in the record, and readers that ask for evicted
 * seqs are told where the retained record starts.
 */
export const DroppedEntrySchema = z.object({
  ...base,
  kind: z.literal("dropped"),
  count: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  text: z.string(),
});
export type DroppedEntry = z.infer<typeof DroppedEntrySchema>;

/** Largest App message the record keeps whole (bytes of its JSON); a bigger one keeps its size and why it was left out. */
export const APP_MESSAGE_MAX_BYTES = 2 * 1024 * 1024;

/**
 * A Content-Security-Policy violation inside an App's frame, as the frame reported it (the
 * `securitypolicyviolation` event; the App could forge one, so it is evidence, not proof).
 */
export const AppCspViolationSchema = z.object({
  directive: z.string().max(200),
  blockedUri: z.string().max(2000),
  sourceFile: z.string().max(2000).optional(),
  line: z.number().int().nonnegative().optional(),
  disposition: z.string().max(20).optional(),
  /** The refused code's first characters (script-src's 'report-sample'): tells an eval probe from real eval. */
  sample: z.string().max(200).optional(),
});
export type AppCspViolation = z.infer<typeof AppCspViolationSchema>;

/**
 * One message between an MCP App (the UI a tool ships, running in a sandboxed frame of the page)
 * and the inspector as its host, exactly as the page's tap saw it on the postMessage channel.
 * Written by the page (the `app-message` command): the App is server content, so every field is
 * bounded and nothing in it is trusted. `appId` names one rendered App; `pair` points a response
 * at its request (by direction and id within that App, like JSON-RPC); `serverSeq` on the host's
 * response to an App's `tools/call` or `resources/read` is the inspector's request to the server
 * it relayed.
 */
export const AppEntrySchema = z.object({
  ...base,
  kind: z.literal("app"),
  dir: z.enum(["app->host", "host->app"]),
  appId: z.string().min(1).max(200),
  /** The tool whose run rendered the App. */
  tool: z.string().max(500),
  /** The message as posted; absent when it was over APP_MESSAGE_MAX_BYTES or is a CSP violation. */
  message: z.unknown().optional(),
  /** Bytes of the message's JSON. */
  size: z.number().int().nonnegative(),
  /** Why `message` is absent (too big). */
  omitted: z.string().max(300).optional(),
  /** A frame that is not a JSON-RPC message (the bridge ignores it). */
  notJsonRpc: z.literal(true).optional(),
  cspViolation: AppCspViolationSchema.optional(),
  pair: PairSchema.optional(),
  serverSeq: z.number().int().positive().optional(),
});
export type AppEntry = z.infer<typeof AppEntrySchema>;
export type AppEntryDirection = AppEntry["dir"];

/**
 * What the person's model did (issue 40): its HTTP exchanges with the provider (credentials
 * redacted), a chat's messages and tool calls, a sampling request it answered. See
 * lib/model/events.ts and docs/models.md. Written by the backend, keys masked before.
 */
export const ModelEntrySchema = z.object({ ...base, kind: z.literal("model"), model: ModelEventSchema });
export type ModelEntry = z.infer<typeof ModelEntrySchema>;

export const EntrySchema = z.discriminatedUnion("kind", [
  MessageEntrySchema,
  StderrEntrySchema,
  StdoutNoiseEntrySchema,
  HttpEntrySchema,
  AuthEntrySchema,
  LifecycleEntrySchema,
  DroppedEntrySchema,
  AppEntrySchema,
  ModelEntrySchema,
]);
export type Entry = z.infer<typeof EntrySchema>;
export type EntryKind = Entry["kind"];

/** A record as written to disk (and embedded in session files). */
export const RecordFileSchema = z.object({
  format: z.literal("mcp-inspector-record"),
  version: RecordVersionSchema,
  entries: z.array(EntrySchema),
});
export type RecordFile = z.infer<typeof RecordFileSchema>;

/** Entry without the fields the store assigns. */
export type NewEntry = Entry extends infer E ? (E extends Entry ? Omit<E, "seq" | "t"> : never) : never;
