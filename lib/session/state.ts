import * as z from "zod";
import { OfferedCapabilitiesSchema, ProtocolEraChoiceSchema, TargetSchema } from "../target/target";
import { DEFAULT_ANSWERS, StandingAnswersSchema } from "../answers/schema";

/** Why a connection failed, in words a person can act on. */
export const ConnectErrorSchema = z.object({
  kind: z.enum([
    "command-not-found",
    "exited",
    "http-status",
    "connection-refused",
    "initialize-timeout",
    "protocol-version",
    "invalid-target",
    "auth-required",
    /** The HTTP server no longer knows this connection's session (it restarted, or expired it). */
    "session-expired",
    "other",
  ]),
  message: z.string(),
  exitCode: z.number().int().nullable().optional(),
  signal: z.string().nullable().optional(),
  httpStatus: z.number().int().optional(),
  /** The target's last stderr lines, oldest first. */
  stderrTail: z.array(z.string()).default([]),
});
export type ConnectError = z.infer<typeof ConnectErrorSchema>;

/**
 * The protocol era of a connection: "legacy" is 2025-11-25 and earlier (`initialize`), "modern"
 * is 2026-07-28 (`server/discover`, a `_meta` envelope on every request).
 */
export const ProtocolEraSchema = z.enum(["legacy", "modern"]);
export type ProtocolEra = z.infer<typeof ProtocolEraSchema>;

export const NegotiatedSchema = z.object({
  /** Absent in session files written before eras: those are all "legacy". */
  era: ProtocolEraSchema.default("legacy"),
  requestedProtocolVersion: z.string(),
  protocolVersion: z.string(),
  serverCapabilities: z.record(z.string(), z.unknown()),
  clientCapabilities: z.record(z.string(), z.unknown()),
  serverInfo: z.record(z.string(), z.unknown()),
  instructions: z.string().optional(),
  /** Record seqs of the handshake (initialize, or server/discover in the modern era) and its response, for the raw view. */
  initializeRequestSeq: z.number().int().optional(),
  initializeResponseSeq: z.number().int().optional(),
});
export type Negotiated = z.infer<typeof NegotiatedSchema>;

/** A request the target sent to the inspector, waiting for whoever drives the session. */
export const PendingServerRequestSchema = z.object({
  /** Engine-assigned handle used to answer it. */
  pendingId: z.string(),
  /** Record seq of the request entry. */
  seq: z.number().int(),
  method: z.string(),
  params: z.unknown(),
  receivedAt: z.number(),
  /** Wall-clock ms when the backend will answer with a timeout error. */
  deadline: z.number(),
  /**
   * Set when the server asked the client to run this request as a task (2025-11-25): the
   * server already has a CreateTaskResult and polls; the answer completes the task.
   */
  taskId: z.string().optional(),
  /**
   * Set when the server did not send this request but embedded it in an `input_required` result
   * (2026-07-28, multi round-trip requests): the request that got that result and the key the
   * answer goes back under when the engine retries it.
   */
  inputRequired: z.object({ requestSeq: z.number().int(), key: z.string() }).optional(),
});
export type PendingServerRequest = z.infer<typeof PendingServerRequestSchema>;

/**
 * One resource subscription of the live connection, as the engine keeps it
 * (server/engine/subscriptions.ts): 2025 `resources/subscribe`, or a `subscriptions/listen` held
 * open in 2026-07-28. `failed` stays until the next subscribe or unsubscribe of that URI.
 */
export const ResourceSubscriptionSchema = z.object({
  uri: z.string(),
  status: z.enum(["subscribing", "active", "unsubscribing", "failed"]),
  /** Why it failed (or why an unsubscribe failed, on an `active` one), in words. */
  error: z.string().optional(),
  /** The record seq of the request that opened it (resources/subscribe or subscriptions/listen). */
  requestSeq: z.number().int().optional(),
  /** notifications/resources/updated received for it, and the latest one's seq and time. */
  updates: z.number().int().nonnegative(),
  lastUpdate: z.object({ seq: z.number().int(), t: z.number() }).optional(),
  /** When it entered this status (ms, the engine's clock). */
  since: z.number(),
});
export type ResourceSubscription = z.infer<typeof ResourceSubscriptionSchema>;

/** The connection's own subscriptions/listen for list_changed (2026-07-28, when the server declares `listChanged`). */
export const ListChangedListenSchema = z.object({
  /** The filter it asked for: `toolsListChanged`, `promptsListChanged`, `resourcesListChanged`. */
  notifications: z.array(z.string()),
  status: z.enum(["subscribing", "active", "failed"]),
  error: z.string().optional(),
  requestSeq: z.number().int(),
});
export type ListChangedListen = z.infer<typeof ListChangedListenSchema>;

/** What the live connection listens to; absent when there is no connection (a new one starts empty). */
export const SubscriptionsStateSchema = z.object({
  resources: z.array(ResourceSubscriptionSchema),
  listChanged: ListChangedListenSchema.optional(),
});
export type SubscriptionsState = z.infer<typeof SubscriptionsStateSchema>;

/** reconnecting: an HTTP target stopped answering (or dropped the session); the engine tries again by itself. */
export const SessionStatusSchema = z.enum(["idle", "connecting", "connected", "disconnected", "failed", "reconnecting"]);
export type SessionStatus = z.infer<typeof SessionStatusSchema>;

/** MCP authorization of an HTTP target, as the page may know it: the token masked, never the secret. */
export const AuthorizationStateSchema = z.object({
  authorized: z.boolean(),
  token: z.string().optional(),
  scope: z.string().optional(),
  expiresAt: z.number().optional(),
  clientId: z.string().optional(),
  hasRefreshToken: z.boolean(),
  /** A login waiting for the person: open this URL. */
  pendingUrl: z.string().optional(),
  /** Bearer, or DPoP: the token is bound to the session's key (RFC 9449), whose thumbprint follows. */
  tokenType: z.enum(["Bearer", "DPoP"]).optional(),
  dpopThumbprint: z.string().optional(),
  /** The authorization server in use, and what the last authorization response's `iss` check found (SEP-2468). */
  issuer: z.string().optional(),
  issCheck: z.string().optional(),
});
export type AuthorizationState = z.infer<typeof AuthorizationStateSchema>;

/**
 * Set when the page shows a host's session seen through `inspector tap` (issue 65): the page
 * watches it and does not drive it (no connect, no Run; restart and save are the tap's own).
 */
export const TapViewSchema = z.object({
  /** The host's clientInfo and capabilities, from its own initialize (absent until it sent one). */
  clientInfo: z.record(z.string(), z.unknown()).optional(),
  clientCapabilities: z.record(z.string(), z.unknown()).optional(),
  /** The server as the tap reaches it: its command line, or its URL. */
  server: z.string(),
  /** The tap can restart the server under the host (stdio: it owns the process). */
  canRestart: z.boolean(),
  /** The last restart from the page: requests in flight that got an error, the list_changed sent, the surface's changes in words. */
  restarted: z
    .object({ at: z.number(), failed: z.number().int().nonnegative(), notified: z.array(z.string()), changes: z.array(z.string()) })
    .optional(),
  /** The last save from the page: where, and how many entries. */
  saved: z.object({ file: z.string(), entries: z.number().int().nonnegative() }).optional(),
});
export type TapView = z.infer<typeof TapViewSchema>;

export const SessionStateSchema = z.object({
  status: SessionStatusSchema,
  /** Increments on every connect, so a page can tell one connection from the next. */
  generation: z.number().int().nonnegative(),
  target: TargetSchema.optional(),
  capabilities: OfferedCapabilitiesSchema.optional(),
  /** The era the person chose for this connection (the negotiated one is `negotiated.era`). */
  protocolEra: ProtocolEraChoiceSchema.optional(),
  negotiated: NegotiatedSchema.optional(),
  error: ConnectErrorSchema.optional(),
  pid: z.number().int().optional(),
  /** While reconnecting: which attempt comes next, and when (wall-clock ms). */
  retry: z.object({ attempt: z.number().int().positive(), at: z.number() }).optional(),
  pending: z.array(PendingServerRequestSchema),
  /** What the backend answers without asking; kept across connections. */
  answers: StandingAnswersSchema,
  authorization: AuthorizationStateSchema.optional(),
  /** The engine's resource subscriptions and list_changed listen of the live connection. */
  subscriptions: SubscriptionsStateSchema.optional(),
  /** A host's session seen through the tap (the page watches, does not drive). */
  tap: TapViewSchema.optional(),
});
export type SessionState = z.infer<typeof SessionStateSchema>;

export const IDLE_STATE: SessionState = { status: "idle", generation: 0, pending: [], answers: DEFAULT_ANSWERS };
