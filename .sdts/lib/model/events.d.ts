import * as z from "zod";
/**
 * What the model in the loop did, as the record's `model` entries carry it (issue 40; documented
 * in docs/record-format.md and docs/models.md). Written by the backend only, after every held
 * key was masked: no event ever carries a credential.
 */
/** One HTTP exchange with the model's provider: bodies bounded, headers dropped (but content-type), keys masked. */
export declare const ModelExchangeSchema: z.ZodObject<{
    type: z.ZodLiteral<"exchange">;
    label: z.ZodString;
    method: z.ZodString;
    url: z.ZodString;
    status: z.ZodOptional<z.ZodNumber>;
    ms: z.ZodNumber;
    request: z.ZodString;
    response: z.ZodString;
    error: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export type ModelExchange = z.infer<typeof ModelExchangeSchema>;
/** What the server's resources and prompts the person added to a chat message as context. */
export declare const ChatContextSchema: z.ZodObject<{
    kind: z.ZodEnum<{
        resource: "resource";
        prompt: "prompt";
    }>;
    name: z.ZodString;
}, z.core.$strip>;
export type ChatContext = z.infer<typeof ChatContextSchema>;
/** The person's message in a conversation. */
export declare const ChatUserSchema: z.ZodObject<{
    type: z.ZodLiteral<"chat-user">;
    conversation: z.ZodString;
    text: z.ZodString;
    context: z.ZodOptional<z.ZodArray<z.ZodObject<{
        kind: z.ZodEnum<{
            resource: "resource";
            prompt: "prompt";
        }>;
        name: z.ZodString;
    }, z.core.$strip>>>;
}, z.core.$strip>;
export type ChatUser = z.infer<typeof ChatUserSchema>;
export declare const ModelToolCallSchema: z.ZodObject<{
    id: z.ZodString;
    name: z.ZodString;
    args: z.ZodUnknown;
}, z.core.$strip>;
export type ModelToolCall = z.infer<typeof ModelToolCallSchema>;
export declare const ModelUsageSchema: z.ZodObject<{
    inputTokens: z.ZodOptional<z.ZodNumber>;
    outputTokens: z.ZodOptional<z.ZodNumber>;
}, z.core.$strip>;
export type ModelUsage = z.infer<typeof ModelUsageSchema>;
/** One answer of the model: its text, the tool calls it asked for, tokens and time. */
export declare const ChatAssistantSchema: z.ZodObject<{
    type: z.ZodLiteral<"chat-assistant">;
    conversation: z.ZodString;
    label: z.ZodString;
    text: z.ZodString;
    toolCalls: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        args: z.ZodUnknown;
    }, z.core.$strip>>;
    usage: z.ZodObject<{
        inputTokens: z.ZodOptional<z.ZodNumber>;
        outputTokens: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>;
    modelMs: z.ZodNumber;
    finish: z.ZodString;
}, z.core.$strip>;
export type ChatAssistant = z.infer<typeof ChatAssistantSchema>;
export declare const ToolDecisionSchema: z.ZodEnum<{
    approved: "approved";
    auto: "auto";
    denied: "denied";
}>;
export type ToolDecision = z.infer<typeof ToolDecisionSchema>;
/** One tool call the model asked for, what the person decided and what the server answered. */
export declare const ChatToolSchema: z.ZodObject<{
    type: z.ZodLiteral<"chat-tool">;
    conversation: z.ZodString;
    callId: z.ZodString;
    name: z.ZodString;
    args: z.ZodUnknown;
    decision: z.ZodEnum<{
        approved: "approved";
        auto: "auto";
        denied: "denied";
    }>;
    problem: z.ZodOptional<z.ZodString>;
    requestSeq: z.ZodOptional<z.ZodNumber>;
    serverMs: z.ZodOptional<z.ZodNumber>;
    isError: z.ZodOptional<z.ZodBoolean>;
    result: z.ZodOptional<z.ZodUnknown>;
}, z.core.$strip>;
export type ChatTool = z.infer<typeof ChatToolSchema>;
/** The model's answer to a server's sampling/createMessage request, and whether it was sent. */
export declare const ModelSamplingSchema: z.ZodObject<{
    type: z.ZodLiteral<"sampling">;
    requestSeq: z.ZodNumber;
    label: z.ZodString;
    text: z.ZodString;
    sent: z.ZodBoolean;
}, z.core.$strip>;
export type ModelSampling = z.infer<typeof ModelSamplingSchema>;
export declare const ModelEventSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
    type: z.ZodLiteral<"exchange">;
    label: z.ZodString;
    method: z.ZodString;
    url: z.ZodString;
    status: z.ZodOptional<z.ZodNumber>;
    ms: z.ZodNumber;
    request: z.ZodString;
    response: z.ZodString;
    error: z.ZodOptional<z.ZodString>;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"chat-user">;
    conversation: z.ZodString;
    text: z.ZodString;
    context: z.ZodOptional<z.ZodArray<z.ZodObject<{
        kind: z.ZodEnum<{
            resource: "resource";
            prompt: "prompt";
        }>;
        name: z.ZodString;
    }, z.core.$strip>>>;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"chat-assistant">;
    conversation: z.ZodString;
    label: z.ZodString;
    text: z.ZodString;
    toolCalls: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        args: z.ZodUnknown;
    }, z.core.$strip>>;
    usage: z.ZodObject<{
        inputTokens: z.ZodOptional<z.ZodNumber>;
        outputTokens: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>;
    modelMs: z.ZodNumber;
    finish: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"chat-tool">;
    conversation: z.ZodString;
    callId: z.ZodString;
    name: z.ZodString;
    args: z.ZodUnknown;
    decision: z.ZodEnum<{
        approved: "approved";
        auto: "auto";
        denied: "denied";
    }>;
    problem: z.ZodOptional<z.ZodString>;
    requestSeq: z.ZodOptional<z.ZodNumber>;
    serverMs: z.ZodOptional<z.ZodNumber>;
    isError: z.ZodOptional<z.ZodBoolean>;
    result: z.ZodOptional<z.ZodUnknown>;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"sampling">;
    requestSeq: z.ZodNumber;
    label: z.ZodString;
    text: z.ZodString;
    sent: z.ZodBoolean;
}, z.core.$strip>], "type">;
export type ModelEvent = z.infer<typeof ModelEventSchema>;
