import * as z from "zod";

/**
 * The Chat tab and "Ask the model" on the wire (issue 40): the page names a model and the person's
 * words; the backend asks the model, runs the tools it calls on the page's connection (each after
 * the person's decision, unless the approval mode says otherwise) and records the conversation as
 * `model` entries. A turn is request/response: `chat-send` and `chat-decide` reply when the turn
 * ends or stops on a tool call that needs the person, so nothing is pushed outside the record.
 * A key typed in the page crosses the socket once (`model-key`) and is never sent back.
 */

const cmd = { id: z.string().min(1).max(200) };
/** A conversation's id, chosen by the page: the record's chat entries carry it. */
const conversation = z.string().min(1).max(200);
/** `provider:model-id` as typed or given with --model (lib/model/spec.ts parses it). */
const model = z.string().min(1).max(400);

export const KeyVariableSchema = z.enum(["ANTHROPIC_API_KEY", "OPENAI_API_KEY", "MODEL_API_KEY"]);

/** How tool calls are decided: each by the person, read-only tools (annotations.readOnlyHint) on their own, or all. */
export const ApprovalModeSchema = z.enum(["ask", "read-only", "auto"]);
export type ApprovalMode = z.infer<typeof ApprovalModeSchema>;

/** A resource or prompt the person adds to a message as context: the backend reads it and gives the model its text. */
export const ChatContextSchema = z.object({
  kind: z.enum(["resource", "prompt"]),
  /** A resource's URI, or a prompt's name. */
  name: z.string().min(1).max(2000),
  /** A prompt's arguments. */
  arguments: z.record(z.string(), z.string()).optional(),
});
export type ChatContext = z.infer<typeof ChatContextSchema>;

export const ChatCommandSchemas = [
  /** The models given with --model, the compatible server's base URL, and which key variables the backend holds. */
  z.object({ ...cmd, type: z.literal("models-info") }),
  /** A key typed in the page, held by the backend in memory for this process only; the reply is models-info's. */
  z.object({ ...cmd, type: z.literal("model-key"), variable: KeyVariableSchema, key: z.string().min(1).max(4096) }),
  /** The person's message: the model answers, calling the server's tools as the approval mode lets it. */
  z.object({
    ...cmd,
    type: z.literal("chat-send"),
    conversation,
    model,
    text: z.string().min(1).max(100_000),
    context: z.array(ChatContextSchema).max(20).optional(),
    approval: ApprovalModeSchema.default("ask"),
  }),
  /** The person's decision on a tool call the turn stopped at; the reply is where the turn stops next. */
  z.object({
    ...cmd,
    type: z.literal("chat-decide"),
    conversation,
    callId: z.string().min(1).max(500),
    decision: z.enum(["approved", "denied"]),
  }),
  /** Stop a turn: the model request is aborted and waiting calls are denied. */
  z.object({ ...cmd, type: z.literal("chat-stop"), conversation }),
  /** Ask the model for a waiting sampling/createMessage: the reply is its answer, which the person edits and sends with `answer`. */
  z.object({ ...cmd, type: z.literal("sampling-ask"), pendingId: z.string().min(1).max(200), model }),
] as const;

export const ModelsInfoSchema = z.object({
  /** From --model, in order: the first is the default. */
  models: z.array(z.string()),
  baseUrl: z.string().optional(),
  /** Which variables hold a key (from the environment or typed in the page); never the key. */
  keys: z.record(KeyVariableSchema, z.boolean()),
});
export type ModelsInfo = z.infer<typeof ModelsInfoSchema>;

/** A tool call the turn stopped at: the person approves or denies it. */
export const WaitingCallSchema = z.object({
  callId: z.string(),
  name: z.string(),
  args: z.unknown(),
  /** Why it cannot be sent as is: no such tool, or arguments that fail its inputSchema. */
  problem: z.string().optional(),
  readOnly: z.boolean().optional(),
});
export type WaitingCall = z.infer<typeof WaitingCallSchema>;

/** What went wrong with the model, as the provider said it (keys masked). */
export const ModelFailureSchema = z.object({
  kind: z.enum(["no-key", "auth", "rate-limit", "timeout", "bad-answer", "provider", "bad-model", "stopped"]),
  message: z.string(),
  status: z.number().int().optional(),
  /** With no-key: the variable to set. */
  variable: KeyVariableSchema.optional(),
});
export type ModelFailure = z.infer<typeof ModelFailureSchema>;

/** Where a turn stopped: waiting for the person, done, or failed. */
export const ChatStopSchema = z.discriminatedUnion("state", [
  z.object({ state: z.literal("waiting"), calls: z.array(WaitingCallSchema).min(1) }),
  z.object({ state: z.literal("done"), text: z.string(), finish: z.string().optional() }),
  z.object({ state: z.literal("failed"), error: ModelFailureSchema }),
]);
export type ChatStop = z.infer<typeof ChatStopSchema>;

/** A model's answer to a sampling request, for the person to edit and send. */
export const SamplingAskReplySchema = z.union([
  z.object({ ok: z.literal(true), role: z.literal("assistant"), text: z.string(), model: z.string(), stopReason: z.string().optional() }),
  z.object({ ok: z.literal(false), error: ModelFailureSchema }),
]);
export type SamplingAskReply = z.infer<typeof SamplingAskReplySchema>;

export const ChatReplySchemas = {
  "models-info": ModelsInfoSchema,
  "model-key": ModelsInfoSchema,
  "chat-send": ChatStopSchema,
  "chat-decide": ChatStopSchema,
  "chat-stop": z.null(),
  "sampling-ask": SamplingAskReplySchema,
};
