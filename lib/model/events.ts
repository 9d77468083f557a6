import * as z from "zod";

/**
 * What the model in the loop did, as the record's `model` entries carry it (issue 40; documented
 * in docs/record-format.md and docs/models.md). Written by the backend only, after every held
 * key was masked: no event ever carries a credential.
 */

/** One HTTP exchange with the model's provider: bodies bounded, headers dropped (but content-type), keys masked. */
export const ModelExchangeSchema = z.object({
  type: z.literal("exchange"),
  /** The model, "openai:gpt-4o". */
  label: z.string(),
  method: z.string(),
  url: z.string(),
  /** Absent when no response came (a network error, a timeout). */
  status: z.number().int().optional(),
  ms: z.number().nonnegative(),
  request: z.string(),
  response: z.string(),
  error: z.string().optional(),
});
export type ModelExchange = z.infer<typeof ModelExchangeSchema>;

/** What the server's resources and prompts the person added to a chat message as context. */
export const ChatContextSchema = z.object({ kind: z.enum(["resource", "prompt"]), name: z.string() });
export type ChatContext = z.infer<typeof ChatContextSchema>;

/** The person's message in a conversation. */
export const ChatUserSchema = z.object({
  type: z.literal("chat-user"),
  conversation: z.string(),
  text: z.string(),
  context: z.array(ChatContextSchema).optional(),
});
export type ChatUser = z.infer<typeof ChatUserSchema>;

export const ModelToolCallSchema = z.object({ id: z.string(), name: z.string(), args: z.unknown() });
export type ModelToolCall = z.infer<typeof ModelToolCallSchema>;

export const ModelUsageSchema = z.object({
  inputTokens: z.number().nonnegative().optional(),
  outputTokens: z.number().nonnegative().optional(),
});
export type ModelUsage = z.infer<typeof ModelUsageSchema>;

/** One answer of the model: its text, the tool calls it asked for, tokens and time. */
export const ChatAssistantSchema = z.object({
  type: z.literal("chat-assistant"),
  conversation: z.string(),
  label: z.string(),
  text: z.string(),
  toolCalls: z.array(ModelToolCallSchema),
  usage: ModelUsageSchema,
  modelMs: z.number().nonnegative(),
  /** The provider's finish reason: "stop", "tool-calls", "length", … */
  finish: z.string(),
});
export type ChatAssistant = z.infer<typeof ChatAssistantSchema>;

export const ToolDecisionSchema = z.enum(["approved", "auto", "denied"]);
export type ToolDecision = z.infer<typeof ToolDecisionSchema>;

/** One tool call the model asked for, what the person decided and what the server answered. */
export const ChatToolSchema = z.object({
  type: z.literal("chat-tool"),
  conversation: z.string(),
  callId: z.string(),
  name: z.string(),
  args: z.unknown(),
  decision: ToolDecisionSchema,
  /** The call names no tool the server listed, or its arguments fail the tool's inputSchema. */
  problem: z.string().optional(),
  /** The seq of the tools/call request it became (absent when denied). */
  requestSeq: z.number().int().positive().optional(),
  serverMs: z.number().nonnegative().optional(),
  isError: z.boolean().optional(),
  result: z.unknown().optional(),
});
export type ChatTool = z.infer<typeof ChatToolSchema>;

/** The model's answer to a server's sampling/createMessage request, and whether it was sent. */
export const ModelSamplingSchema = z.object({
  type: z.literal("sampling"),
  requestSeq: z.number().int().positive(),
  label: z.string(),
  text: z.string(),
  sent: z.boolean(),
});
export type ModelSampling = z.infer<typeof ModelSamplingSchema>;

export const ModelEventSchema = z.discriminatedUnion("type", [
  ModelExchangeSchema,
  ChatUserSchema,
  ChatAssistantSchema,
  ChatToolSchema,
  ModelSamplingSchema,
]);
export type ModelEvent = z.infer<typeof ModelEventSchema>;
