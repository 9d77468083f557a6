import * as z from "zod";
export declare const KeyVariableSchema: z.ZodEnum<{
    ANTHROPIC_API_KEY: "ANTHROPIC_API_KEY";
    OPENAI_API_KEY: "OPENAI_API_KEY";
    MODEL_API_KEY: "MODEL_API_KEY";
}>;
/** How tool calls are decided: each by the person, read-only tools (annotations.readOnlyHint) on their own, or all. */
export declare const ApprovalModeSchema: z.ZodEnum<{
    auto: "auto";
    ask: "ask";
    "read-only": "read-only";
}>;
export type ApprovalMode = z.infer<typeof ApprovalModeSchema>;
/** A resource or prompt the person adds to a message as context: the backend reads it and gives the model its text. */
export declare const ChatContextSchema: z.ZodObject<{
    kind: z.ZodEnum<{
        resource: "resource";
        prompt: "prompt";
    }>;
    name: z.ZodString;
    arguments: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
}, z.core.$strip>;
export type ChatContext = z.infer<typeof ChatContextSchema>;
export declare const ChatCommandSchemas: readonly [z.ZodObject<{
    type: z.ZodLiteral<"models-info">;
    id: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"model-key">;
    variable: z.ZodEnum<{
        ANTHROPIC_API_KEY: "ANTHROPIC_API_KEY";
        OPENAI_API_KEY: "OPENAI_API_KEY";
        MODEL_API_KEY: "MODEL_API_KEY";
    }>;
    key: z.ZodString;
    id: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"chat-send">;
    conversation: z.ZodString;
    model: z.ZodString;
    text: z.ZodString;
    context: z.ZodOptional<z.ZodArray<z.ZodObject<{
        kind: z.ZodEnum<{
            resource: "resource";
            prompt: "prompt";
        }>;
        name: z.ZodString;
        arguments: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    }, z.core.$strip>>>;
    approval: z.ZodDefault<z.ZodEnum<{
        auto: "auto";
        ask: "ask";
        "read-only": "read-only";
    }>>;
    id: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"chat-decide">;
    conversation: z.ZodString;
    callId: z.ZodString;
    decision: z.ZodEnum<{
        approved: "approved";
        denied: "denied";
    }>;
    id: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"chat-stop">;
    conversation: z.ZodString;
    id: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"sampling-ask">;
    pendingId: z.ZodString;
    model: z.ZodString;
    id: z.ZodString;
}, z.core.$strip>];
export declare const ModelsInfoSchema: z.ZodObject<{
    models: z.ZodArray<z.ZodString>;
    baseUrl: z.ZodOptional<z.ZodString>;
    keys: z.ZodRecord<z.ZodEnum<{
        ANTHROPIC_API_KEY: "ANTHROPIC_API_KEY";
        OPENAI_API_KEY: "OPENAI_API_KEY";
        MODEL_API_KEY: "MODEL_API_KEY";
    }>, z.ZodBoolean>;
}, z.core.$strip>;
export type ModelsInfo = z.infer<typeof ModelsInfoSchema>;
/** A tool call the turn stopped at: the person approves or denies it. */
export declare const WaitingCallSchema: z.ZodObject<{
    callId: z.ZodString;
    name: z.ZodString;
    args: z.ZodUnknown;
    problem: z.ZodOptional<z.ZodString>;
    readOnly: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strip>;
export type WaitingCall = z.infer<typeof WaitingCallSchema>;
/** What went wrong with the model, as the provider said it (keys masked). */
export declare const ModelFailureSchema: z.ZodObject<{
    kind: z.ZodEnum<{
        auth: "auth";
        timeout: "timeout";
        stopped: "stopped";
        "no-key": "no-key";
        "rate-limit": "rate-limit";
        "bad-answer": "bad-answer";
        provider: "provider";
        "bad-model": "bad-model";
    }>;
    message: z.ZodString;
    status: z.ZodOptional<z.ZodNumber>;
    variable: z.ZodOptional<z.ZodEnum<{
        ANTHROPIC_API_KEY: "ANTHROPIC_API_KEY";
        OPENAI_API_KEY: "OPENAI_API_KEY";
        MODEL_API_KEY: "MODEL_API_KEY";
    }>>;
}, z.core.$strip>;
export type ModelFailure = z.infer<typeof ModelFailureSchema>;
/** Where a turn stopped: waiting for the person, done, or failed. */
export declare const ChatStopSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
    state: z.ZodLiteral<"waiting">;
    calls: z.ZodArray<z.ZodObject<{
        callId: z.ZodString;
        name: z.ZodString;
        args: z.ZodUnknown;
        problem: z.ZodOptional<z.ZodString>;
        readOnly: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strip>>;
}, z.core.$strip>, z.ZodObject<{
    state: z.ZodLiteral<"done">;
    text: z.ZodString;
    finish: z.ZodOptional<z.ZodString>;
}, z.core.$strip>, z.ZodObject<{
    state: z.ZodLiteral<"failed">;
    error: z.ZodObject<{
        kind: z.ZodEnum<{
            auth: "auth";
            timeout: "timeout";
            stopped: "stopped";
            "no-key": "no-key";
            "rate-limit": "rate-limit";
            "bad-answer": "bad-answer";
            provider: "provider";
            "bad-model": "bad-model";
        }>;
        message: z.ZodString;
        status: z.ZodOptional<z.ZodNumber>;
        variable: z.ZodOptional<z.ZodEnum<{
            ANTHROPIC_API_KEY: "ANTHROPIC_API_KEY";
            OPENAI_API_KEY: "OPENAI_API_KEY";
            MODEL_API_KEY: "MODEL_API_KEY";
        }>>;
    }, z.core.$strip>;
}, z.core.$strip>], "state">;
export type ChatStop = z.infer<typeof ChatStopSchema>;
/** A model's answer to a sampling request, for the person to edit and send. */
export declare const SamplingAskReplySchema: z.ZodUnion<readonly [z.ZodObject<{
    ok: z.ZodLiteral<true>;
    role: z.ZodLiteral<"assistant">;
    text: z.ZodString;
    model: z.ZodString;
    stopReason: z.ZodOptional<z.ZodString>;
}, z.core.$strip>, z.ZodObject<{
    ok: z.ZodLiteral<false>;
    error: z.ZodObject<{
        kind: z.ZodEnum<{
            auth: "auth";
            timeout: "timeout";
            stopped: "stopped";
            "no-key": "no-key";
            "rate-limit": "rate-limit";
            "bad-answer": "bad-answer";
            provider: "provider";
            "bad-model": "bad-model";
        }>;
        message: z.ZodString;
        status: z.ZodOptional<z.ZodNumber>;
        variable: z.ZodOptional<z.ZodEnum<{
            ANTHROPIC_API_KEY: "ANTHROPIC_API_KEY";
            OPENAI_API_KEY: "OPENAI_API_KEY";
            MODEL_API_KEY: "MODEL_API_KEY";
        }>>;
    }, z.core.$strip>;
}, z.core.$strip>]>;
export type SamplingAskReply = z.infer<typeof SamplingAskReplySchema>;
export declare const ChatReplySchemas: {
    "models-info": z.ZodObject<{
        models: z.ZodArray<z.ZodString>;
        baseUrl: z.ZodOptional<z.ZodString>;
        keys: z.ZodRecord<z.ZodEnum<{
            ANTHROPIC_API_KEY: "ANTHROPIC_API_KEY";
            OPENAI_API_KEY: "OPENAI_API_KEY";
            MODEL_API_KEY: "MODEL_API_KEY";
        }>, z.ZodBoolean>;
    }, z.core.$strip>;
    "model-key": z.ZodObject<{
        models: z.ZodArray<z.ZodString>;
        baseUrl: z.ZodOptional<z.ZodString>;
        keys: z.ZodRecord<z.ZodEnum<{
            ANTHROPIC_API_KEY: "ANTHROPIC_API_KEY";
            OPENAI_API_KEY: "OPENAI_API_KEY";
            MODEL_API_KEY: "MODEL_API_KEY";
        }>, z.ZodBoolean>;
    }, z.core.$strip>;
    "chat-send": z.ZodDiscriminatedUnion<[z.ZodObject<{
        state: z.ZodLiteral<"waiting">;
        calls: z.ZodArray<z.ZodObject<{
            callId: z.ZodString;
            name: z.ZodString;
            args: z.ZodUnknown;
            problem: z.ZodOptional<z.ZodString>;
            readOnly: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strip>>;
    }, z.core.$strip>, z.ZodObject<{
        state: z.ZodLiteral<"done">;
        text: z.ZodString;
        finish: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>, z.ZodObject<{
        state: z.ZodLiteral<"failed">;
        error: z.ZodObject<{
            kind: z.ZodEnum<{
                auth: "auth";
                timeout: "timeout";
                stopped: "stopped";
                "no-key": "no-key";
                "rate-limit": "rate-limit";
                "bad-answer": "bad-answer";
                provider: "provider";
                "bad-model": "bad-model";
            }>;
            message: z.ZodString;
            status: z.ZodOptional<z.ZodNumber>;
            variable: z.ZodOptional<z.ZodEnum<{
                ANTHROPIC_API_KEY: "ANTHROPIC_API_KEY";
                OPENAI_API_KEY: "OPENAI_API_KEY";
                MODEL_API_KEY: "MODEL_API_KEY";
            }>>;
        }, z.core.$strip>;
    }, z.core.$strip>], "state">;
    "chat-decide": z.ZodDiscriminatedUnion<[z.ZodObject<{
        state: z.ZodLiteral<"waiting">;
        calls: z.ZodArray<z.ZodObject<{
            callId: z.ZodString;
            name: z.ZodString;
            args: z.ZodUnknown;
            problem: z.ZodOptional<z.ZodString>;
            readOnly: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strip>>;
    }, z.core.$strip>, z.ZodObject<{
        state: z.ZodLiteral<"done">;
        text: z.ZodString;
        finish: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>, z.ZodObject<{
        state: z.ZodLiteral<"failed">;
        error: z.ZodObject<{
            kind: z.ZodEnum<{
                auth: "auth";
                timeout: "timeout";
                stopped: "stopped";
                "no-key": "no-key";
                "rate-limit": "rate-limit";
                "bad-answer": "bad-answer";
                provider: "provider";
                "bad-model": "bad-model";
            }>;
            message: z.ZodString;
            status: z.ZodOptional<z.ZodNumber>;
            variable: z.ZodOptional<z.ZodEnum<{
                ANTHROPIC_API_KEY: "ANTHROPIC_API_KEY";
                OPENAI_API_KEY: "OPENAI_API_KEY";
                MODEL_API_KEY: "MODEL_API_KEY";
            }>>;
        }, z.core.$strip>;
    }, z.core.$strip>], "state">;
    "chat-stop": z.ZodNull;
    "sampling-ask": z.ZodUnion<readonly [z.ZodObject<{
        ok: z.ZodLiteral<true>;
        role: z.ZodLiteral<"assistant">;
        text: z.ZodString;
        model: z.ZodString;
        stopReason: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>, z.ZodObject<{
        ok: z.ZodLiteral<false>;
        error: z.ZodObject<{
            kind: z.ZodEnum<{
                auth: "auth";
                timeout: "timeout";
                stopped: "stopped";
                "no-key": "no-key";
                "rate-limit": "rate-limit";
                "bad-answer": "bad-answer";
                provider: "provider";
                "bad-model": "bad-model";
            }>;
            message: z.ZodString;
            status: z.ZodOptional<z.ZodNumber>;
            variable: z.ZodOptional<z.ZodEnum<{
                ANTHROPIC_API_KEY: "ANTHROPIC_API_KEY";
                OPENAI_API_KEY: "OPENAI_API_KEY";
                MODEL_API_KEY: "MODEL_API_KEY";
            }>>;
        }, z.core.$strip>;
    }, z.core.$strip>]>;
};
