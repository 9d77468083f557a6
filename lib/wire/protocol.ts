import * as z from "zod";
import { EntrySchema } from "../record/format";
import { SessionStateSchema } from "../session/state";
import { ConnectSpecSchema, TargetSchema } from "../target/target";
import { SessionFileSchema } from "../session/file";
import { StandingAnswersPatchSchema } from "../answers/schema";
import { JsonRpcErrorSchema } from "./outcomes";
import { LoadEventSchemas } from "../load/wire";
import { AppCspViolationSchema } from "../record/format";
import { APP_FRAMES_MAX, AppFrameSchema } from "../apps/app-frames";
import { CollectionCommandSchemas } from "./collections";
import { ChatCommandSchemas } from "./chat";
import { ServerCommandSchemas } from "./servers";
import { HubCommandSchemas } from "./hub";
import { commandByHand } from "./hand-checks";
import { objectOr, stringOr } from "../json/shape";

export { JsonRpcErrorSchema, OutputVerdictSchema, ToolCallOutcomeSchema, RequestOutcomeSchema } from "./outcomes";
export type { JsonRpcError, OutputVerdict, ToolCallOutcome, RequestOutcome } from "./outcomes";

/**
 * The WebSocket protocol between the page (or any headless client) and the backend.
 * Documented in docs/websocket-protocol.md. A command is one JSON text message carrying `type`
 * and a caller-chosen `id` that the backend echoes in its `accepted` and `reply` events; the
 * backend's frames are one event or an array of events (lib/wire/replies.ts: each reply's schema).
 */
export const WIRE_PROTOCOL_VERSION = 2 as const;

const cmd = { id: z.string().min(1).max(200) };

/** Timeouts of one request: the SDK's request timeout, reset on progress, and a hard maximum. */
const timing = {
  timeoutMs: z.number().int().positive().optional(),
  resetTimeoutOnProgress: z.boolean().optional(),
  maxTotalTimeoutMs: z.number().int().positive().optional(),
};

export const CommandSchema = z.discriminatedUnion("type", [
  /** First frame of a connection: the backend answers with `welcome`, then history after `since`, then live entries. */
  z.object({
    ...cmd,
    type: z.literal("hello"),
    since: z.number().int().nonnegative().default(0),
    /**
     * This socket wants, with the reply to a `call-tool` whose result is left in the record, a
     * bounded preview of it ahead of the entry (outcomes.ts `preview`). The page asks; a client
     * that does not gets replies as before.
     */
    previews: z.boolean().optional(),
  }),
  z.object({ ...cmd, type: z.literal("connect"), spec: ConnectSpecSchema }),
  z.object({ ...cmd, type: z.literal("disconnect") }),
  /** Reconnect with the last spec. */
  z.object({ ...cmd, type: z.literal("restart") }),
  /**
   * A tap's session (issue 65): write it now as a session file (redacted as the tap's are), to the
   * tap's --save-session FILE or, without one, a file the tap names in its working directory.
   */
  z.object({ ...cmd, type: z.literal("save-session") }),
  /** Any client->server request, sent as is; the reply carries the raw result or JSON-RPC error. */
  z.object({
    ...cmd,
    type: z.literal("request"),
    method: z.string().min(1),
    params: z.record(z.string(), z.unknown()).optional(),
    /** Attach a progress token so the server may report progress. */
    progress: z.boolean().optional(),
    ...timing,
  }),
  z.object({
    ...cmd,
    type: z.literal("notify"),
    method: z.string().min(1),
    params: z.record(z.string(), z.unknown()).optional(),
  }),
  /** tools/call as a raw request; the reply adds the outputSchema verdict and the duration. */
  z.object({
    ...cmd,
    type: z.literal("call-tool"),
    name: z.string(),
    arguments: z.record(z.string(), z.unknown()).default({}),
    meta: z.record(z.string(), z.unknown()).optional(),
    /** Run the tool as a task (2025-11-25): the reply's result is then a CreateTaskResult. */
    task: z.object({ ttl: z.number().int().positive().optional() }).optional(),
    ...timing,
  }),
  /**
   * How a request or call-tool ended, by the request's record seq (its `accepted` event): for a
   * page whose socket dropped before the reply came; the reply is the one it would have had.
   */
  z.object({ ...cmd, type: z.literal("outcome"), requestSeq: z.number().int().positive() }),
  /** Cancel an in-flight request or call-tool command sent on this socket, by that command's id. */
  z.object({ ...cmd, type: z.literal("cancel"), target: z.string(), reason: z.string().optional() }),
  /**
   * Reproduce a recorded session against a target (the person confirmed the command first):
   * replaces the current connection; the reply is the replay report (lib/replay-result.ts).
   */
  z.object({
    ...cmd,
    type: z.literal("replay"),
    session: SessionFileSchema,
    target: TargetSchema,
    ignore: z.array(z.string()).default([]),
  }),
  /** Change the standing answers (lib/answers/schema.ts: only the parts given); the reply and every page's state carry the result. */
  z.object({ ...cmd, type: z.literal("set-answers"), answers: StandingAnswersPatchSchema }),
  /** Drop the OAuth tokens the backend holds for the current HTTP target (the registered client stays); the reply is the state. */
  z.object({ ...cmd, type: z.literal("forget-authorization") }),
  /**
   * A link that opens the page in another tab without the token (issue 92): a fresh one-time
   * launch code, asked for over this authenticated socket; the code is spent by the first tab that
   * opens it, as the launcher's are.
   */
  z.object({ ...cmd, type: z.literal("new-tab-link") }),
  /**
   * Subscribe to a resource's updates, in the connection's era (the engine sends resources/subscribe,
   * or holds a subscriptions/listen open in 2026-07-28); the reply is the subscription once it is
   * active or failed, and every page's state carries it (`subscriptions`).
   */
  z.object({ ...cmd, type: z.literal("subscribe-resource"), uri: z.string().min(1) }),
  /** End a resource subscription (resources/unsubscribe, or the listen cancelled); the reply is what remains of it (null: gone). */
  z.object({ ...cmd, type: z.literal("unsubscribe-resource"), uri: z.string().min(1) }),
  // --- MCP Apps (issue 24) ---
  /**
   * One message between an App the page renders and the page as its host, as the page's tap saw
   * it: appended to the record as an `app` entry (docs/record-format.md); the reply is its seq.
   * The message is the App's (server content): the backend bounds it and never acts on it.
   */
  z.object({
    ...cmd,
    type: z.literal("app-message"),
    appId: z.string().min(1).max(200),
    tool: z.string().max(500),
    dir: z.enum(["app->host", "host->app"]),
    message: z.unknown().optional(),
    /** Why `message` is absent: over the record's bound, or not JSON (lib/record/app-recordable.ts). */
    omitted: z.string().max(300).optional(),
    cspViolation: AppCspViolationSchema.optional(),
    /** On the host's response to an App's tools/call or resources/read: the server request it relayed. */
    serverSeq: z.number().int().positive().optional(),
  }),
  /**
   * An App error's frames resolved through its scripts' source maps (issue 73): the backend
   * fetches each script and its map only from `allow` (the App's CSP resourceDomains, as declared
   * or relaxed this session), https or loopback http, bounded; server/bridge/app-source-maps.ts.
   */
  z.object({
    ...cmd,
    type: z.literal("app-source-map"),
    frames: z.array(AppFrameSchema).max(APP_FRAMES_MAX),
    allow: z.array(z.string().max(300)).max(100),
  }),
  // --- end MCP Apps ---
  // Collections (issue 34): lib/wire/collections.ts.
  ...CollectionCommandSchemas,
  // Chat and "Ask the model" (issue 40): lib/wire/chat.ts.
  ...ChatCommandSchemas,
  // The configured servers' list (issue 65): lib/wire/servers.ts.
  ...ServerCommandSchemas,
  // Many taps on one page (issue 65, the hub): lib/wire/hub.ts.
  ...HubCommandSchemas,
  /** Answer a pending server->client request with a result or a JSON-RPC error. */
  z.object({
    ...cmd,
    type: z.literal("answer"),
    pendingId: z.string(),
    result: z.record(z.string(), z.unknown()).optional(),
    error: JsonRpcErrorSchema.optional(),
  }),
]);
export type Command = z.infer<typeof CommandSchema>;
export type CommandInput = z.input<typeof CommandSchema>;
export type CommandType = Command["type"];

export const ReplyErrorSchema = z.object({
  message: z.string(),
  /** Present when the target answered with a JSON-RPC error. */
  rpc: JsonRpcErrorSchema.optional(),
});
export type ReplyError = z.infer<typeof ReplyErrorSchema>;

export const EventSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("welcome"),
    protocol: z.literal(WIRE_PROTOCOL_VERSION),
    inspectorVersion: z.string(),
    /** Random per backend process: a page that sees it change knows the record started over. */
    instanceId: z.string(),
    state: SessionStateSchema,
    /** Lowest seq still held (older ones were evicted by the memory bound). */
    firstSeq: z.number().int(),
    /** Highest seq written so far; history up to it follows in `entries` frames. */
    lastSeq: z.number().int(),
    /** The backend's working directory: a relative path typed in the page (a root) starts there, as `--root ./x` does. */
    cwd: z.string().optional(),
    /** `--share-base`: where share links open (a hosted read-only viewer); absent: the page's own address. */
    shareBase: z.string().optional(),
  }),
  z.object({ type: z.literal("entries"), entries: z.array(EntrySchema) }),
  z.object({ type: z.literal("state"), state: SessionStateSchema }),
  /**
   * A `request` or `call-tool` command's request went to the target, as record entry
   * `requestSeq` with this progress token: sent to the commanding socket before any of the
   * request's progress or its response, so the page follows its own call by its own id.
   */
  z.object({
    type: z.literal("accepted"),
    id: z.string(),
    requestSeq: z.number().int(),
    progressToken: z.union([z.string(), z.number()]).optional(),
  }),
  z.discriminatedUnion("ok", [
    z.object({ type: z.literal("reply"), id: z.string(), ok: z.literal(true), result: z.unknown() }),
    z.object({ type: z.literal("reply"), id: z.string(), ok: z.literal(false), error: ReplyErrorSchema }),
  ]),
  /** A frame the backend could not accept; the connection stays open. */
  z.object({ type: z.literal("error"), message: z.string(), id: z.string().optional() }),
  // --- load runs (issue 26) ---
  // Sent only on a page's load channel, a socket of its own that sends load-* commands
  // (lib/load/wire.ts, docs/load.md): the session socket never carries them.
  ...LoadEventSchemas,
  // --- end load runs ---
]);
export type WireEvent = z.infer<typeof EventSchema>;
export type AcceptedEvent = Extract<WireEvent, { type: "accepted" }>;

/** Parse a text frame into a command, or say in words why it is not one. */
export function parseCommand(text: string): { ok: true; command: Command } | { ok: false; message: string; id?: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: "frame is not JSON" };
  }
  // The per-call commands are checked by hand; anything that check does not vouch for, zod decides (and words).
  const quick = commandByHand<Command>(json);
  if (quick) return { ok: true, command: quick };
  const parsed = CommandSchema.safeParse(json);
  if (parsed.success) return { ok: true, command: parsed.data };
  const id = stringOr(objectOr(json)?.id);
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join(".")}` : "";
  return { ok: false, id, message: `invalid command${where}: ${issue?.message ?? "unknown shape"}` };
}
