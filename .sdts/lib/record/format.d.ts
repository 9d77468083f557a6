import * as z from "zod";
/**
 * The record: every frame between the inspector and its target, plus what the target printed
 * and what happened to it. Documented in docs/record-format.md. Append-only: an entry is never
 * edited after it is written; a response points back at its request's `seq`.
 * Version 2 added the `app` entry (MCP Apps), version 3 the `model` entry (a model in the loop);
 * an older record is a valid current one.
 */
export declare const RECORD_FORMAT_VERSION: 3;
/** The record versions this code reads: every older one is a subset of the current. */
export declare const RecordVersionSchema: z.ZodUnion<readonly [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>]>;
/** client->server: sent by the inspector; server->client: sent by the target. */
export declare const DirectionSchema: z.ZodEnum<{
    "client->server": "client->server";
    "server->client": "server->client";
}>;
export type Direction = z.infer<typeof DirectionSchema>;
/** What a response answers: the request's seq, its method, and the time between them. */
export declare const PairSchema: z.ZodObject<{
    seq: z.ZodNumber;
    method: z.ZodString;
    latencyMs: z.ZodNumber;
}, z.core.$strip>;
export type Pair = z.infer<typeof PairSchema>;
/**
 * The HTTP exchange a frame of a Streamable HTTP or SSE target came in (absent over stdio):
 * the request method, the response status and the headers that matter to MCP, and for a frame
 * carried by an SSE event, that event's id and type.
 */
export declare const HttpFactsSchema: z.ZodObject<{
    method: z.ZodString;
    status: z.ZodNumber;
    contentType: z.ZodOptional<z.ZodString>;
    sessionId: z.ZodOptional<z.ZodString>;
    protocolVersion: z.ZodOptional<z.ZodString>;
    eventId: z.ZodOptional<z.ZodString>;
    event: z.ZodOptional<z.ZodString>;
    resumedFrom: z.ZodOptional<z.ZodString>;
    mcpHeaders: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
}, z.core.$strip>;
export type HttpFacts = z.infer<typeof HttpFactsSchema>;
export declare const MessageEntrySchema: z.ZodObject<{
    kind: z.ZodLiteral<"message">;
    dir: z.ZodEnum<{
        "client->server": "client->server";
        "server->client": "server->client";
    }>;
    message: z.ZodUnknown;
    raw: z.ZodOptional<z.ZodString>;
    size: z.ZodNumber;
    pair: z.ZodOptional<z.ZodObject<{
        seq: z.ZodNumber;
        method: z.ZodString;
        latencyMs: z.ZodNumber;
    }, z.core.$strip>>;
    retryOf: z.ZodOptional<z.ZodNumber>;
    undelivered: z.ZodOptional<z.ZodString>;
    invalidUtf8: z.ZodOptional<z.ZodLiteral<true>>;
    http: z.ZodOptional<z.ZodObject<{
        method: z.ZodString;
        status: z.ZodNumber;
        contentType: z.ZodOptional<z.ZodString>;
        sessionId: z.ZodOptional<z.ZodString>;
        protocolVersion: z.ZodOptional<z.ZodString>;
        eventId: z.ZodOptional<z.ZodString>;
        event: z.ZodOptional<z.ZodString>;
        resumedFrom: z.ZodOptional<z.ZodString>;
        mcpHeaders: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    }, z.core.$strip>>;
    by: z.ZodOptional<z.ZodLiteral<"agent">>;
    seq: z.ZodNumber;
    t: z.ZodNumber;
}, z.core.$strip>;
export type MessageEntry = z.infer<typeof MessageEntrySchema>;
/** A line the target wrote to stderr. */
export declare const StderrEntrySchema: z.ZodObject<{
    kind: z.ZodLiteral<"stderr">;
    text: z.ZodString;
    seq: z.ZodNumber;
    t: z.ZodNumber;
}, z.core.$strip>;
export type StderrEntry = z.infer<typeof StderrEntrySchema>;
/** A stdout line that is not a JSON-RPC message (stdio targets must not print these). */
export declare const StdoutNoiseEntrySchema: z.ZodObject<{
    kind: z.ZodLiteral<"stdout-noise">;
    text: z.ZodString;
    reason: z.ZodString;
    size: z.ZodNumber;
    seq: z.ZodNumber;
    t: z.ZodNumber;
}, z.core.$strip>;
export type StdoutNoiseEntry = z.infer<typeof StdoutNoiseEntrySchema>;
/**
 * What an HTTP target sent that carries no message: an SSE event without data (a priming event,
 * a keep-alive), an event or body that is not a JSON-RPC message, a status-only or error
 * response; and what the inspector's HTTP layer did about it. Recorded as received, before the
 * SDK parsed anything.
 */
export declare const HttpEntrySchema: z.ZodObject<{
    kind: z.ZodLiteral<"http">;
    http: z.ZodObject<{
        method: z.ZodString;
        status: z.ZodNumber;
        contentType: z.ZodOptional<z.ZodString>;
        sessionId: z.ZodOptional<z.ZodString>;
        protocolVersion: z.ZodOptional<z.ZodString>;
        eventId: z.ZodOptional<z.ZodString>;
        event: z.ZodOptional<z.ZodString>;
        resumedFrom: z.ZodOptional<z.ZodString>;
        mcpHeaders: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    }, z.core.$strip>;
    text: z.ZodString;
    reason: z.ZodString;
    size: z.ZodNumber;
    seq: z.ZodNumber;
    t: z.ZodNumber;
}, z.core.$strip>;
export type HttpEntry = z.infer<typeof HttpEntrySchema>;
/**
 * One step of MCP authorization for an HTTP target (the OAuth client's own exchanges with the
 * resource and authorization servers, its decisions, problems and outcome): see lib/auth/steps.ts
 * and docs/oauth.md. Secrets are masked before they get here.
 */
export declare const AuthEntrySchema: z.ZodObject<{
    kind: z.ZodLiteral<"auth">;
    auth: z.ZodDiscriminatedUnion<[z.ZodObject<{
        type: z.ZodLiteral<"exchange">;
        step: z.ZodEnum<{
            challenge: "challenge";
            "resource-metadata": "resource-metadata";
            "authorization-server-metadata": "authorization-server-metadata";
            registration: "registration";
            authorization: "authorization";
            callback: "callback";
            token: "token";
            refresh: "refresh";
            "step-up": "step-up";
        }>;
        request: z.ZodObject<{
            method: z.ZodString;
            url: z.ZodString;
            headers: z.ZodRecord<z.ZodString, z.ZodString>;
            body: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>;
        response: z.ZodOptional<z.ZodObject<{
            status: z.ZodNumber;
            headers: z.ZodRecord<z.ZodString, z.ZodString>;
            body: z.ZodString;
            truncated: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strip>>;
        error: z.ZodOptional<z.ZodString>;
        ms: z.ZodNumber;
    }, z.core.$strip>, z.ZodObject<{
        type: z.ZodLiteral<"decision">;
        step: z.ZodEnum<{
            challenge: "challenge";
            "resource-metadata": "resource-metadata";
            "authorization-server-metadata": "authorization-server-metadata";
            registration: "registration";
            authorization: "authorization";
            callback: "callback";
            token: "token";
            refresh: "refresh";
            "step-up": "step-up";
        }>;
        chose: z.ZodString;
        why: z.ZodString;
        spec: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>, z.ZodObject<{
        type: z.ZodLiteral<"problem">;
        step: z.ZodEnum<{
            challenge: "challenge";
            "resource-metadata": "resource-metadata";
            "authorization-server-metadata": "authorization-server-metadata";
            registration: "registration";
            authorization: "authorization";
            callback: "callback";
            token: "token";
            refresh: "refresh";
            "step-up": "step-up";
        }>;
        severity: z.ZodEnum<{
            error: "error";
            warning: "warning";
        }>;
        message: z.ZodString;
        spec: z.ZodString;
    }, z.core.$strip>, z.ZodObject<{
        type: z.ZodLiteral<"outcome">;
        step: z.ZodEnum<{
            challenge: "challenge";
            "resource-metadata": "resource-metadata";
            "authorization-server-metadata": "authorization-server-metadata";
            registration: "registration";
            authorization: "authorization";
            callback: "callback";
            token: "token";
            refresh: "refresh";
            "step-up": "step-up";
        }>;
        outcome: z.ZodEnum<{
            authorized: "authorized";
            refreshed: "refreshed";
            forgotten: "forgotten";
            failed: "failed";
        }>;
        token: z.ZodOptional<z.ZodString>;
        scope: z.ZodOptional<z.ZodString>;
        expiresAt: z.ZodOptional<z.ZodNumber>;
        message: z.ZodOptional<z.ZodString>;
        spec: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>], "type">;
    seq: z.ZodNumber;
    t: z.ZodNumber;
}, z.core.$strip>;
export type AuthEntry = z.infer<typeof AuthEntrySchema>;
export declare const LifecycleEventSchema: z.ZodEnum<{
    connecting: "connecting";
    spawned: "spawned";
    connected: "connected";
    disconnected: "disconnected";
    exited: "exited";
    "transport-error": "transport-error";
    "connect-failed": "connect-failed";
    note: "note";
}>;
export type LifecycleEvent = z.infer<typeof LifecycleEventSchema>;
export declare const LifecycleEntrySchema: z.ZodObject<{
    kind: z.ZodLiteral<"lifecycle">;
    event: z.ZodEnum<{
        connecting: "connecting";
        spawned: "spawned";
        connected: "connected";
        disconnected: "disconnected";
        exited: "exited";
        "transport-error": "transport-error";
        "connect-failed": "connect-failed";
        note: "note";
    }>;
    text: z.ZodString;
    pid: z.ZodOptional<z.ZodNumber>;
    code: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    signal: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    target: z.ZodOptional<z.ZodString>;
    by: z.ZodOptional<z.ZodLiteral<"agent">>;
    seq: z.ZodNumber;
    t: z.ZodNumber;
}, z.core.$strip>;
export type LifecycleEntry = z.infer<typeof LifecycleEntrySchema>;
/**
 * Written when the memory bound evicted the oldest entries: how many and how many bytes.
 * The bound is never silent: this entry is in the record, and readers that ask for evicted
 * seqs are told where the retained record starts.
 */
export declare const DroppedEntrySchema: z.ZodObject<{
    kind: z.ZodLiteral<"dropped">;
    count: z.ZodNumber;
    bytes: z.ZodNumber;
    text: z.ZodString;
    seq: z.ZodNumber;
    t: z.ZodNumber;
}, z.core.$strip>;
export type DroppedEntry = z.infer<typeof DroppedEntrySchema>;
/** Largest App message the record keeps whole (bytes of its JSON); a bigger one keeps its size and why it was left out. */
export declare const APP_MESSAGE_MAX_BYTES: number;
/**
 * A Content-Security-Policy violation inside an App's frame, as the frame reported it (the
 * `securitypolicyviolation` event; the App could forge one, so it is evidence, not proof).
 */
export declare const AppCspViolationSchema: z.ZodObject<{
    directive: z.ZodString;
    blockedUri: z.ZodString;
    sourceFile: z.ZodOptional<z.ZodString>;
    line: z.ZodOptional<z.ZodNumber>;
    disposition: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
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
export declare const AppEntrySchema: z.ZodObject<{
    kind: z.ZodLiteral<"app">;
    dir: z.ZodEnum<{
        "app->host": "app->host";
        "host->app": "host->app";
    }>;
    appId: z.ZodString;
    tool: z.ZodString;
    message: z.ZodOptional<z.ZodUnknown>;
    size: z.ZodNumber;
    omitted: z.ZodOptional<z.ZodString>;
    notJsonRpc: z.ZodOptional<z.ZodLiteral<true>>;
    cspViolation: z.ZodOptional<z.ZodObject<{
        directive: z.ZodString;
        blockedUri: z.ZodString;
        sourceFile: z.ZodOptional<z.ZodString>;
        line: z.ZodOptional<z.ZodNumber>;
        disposition: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
    pair: z.ZodOptional<z.ZodObject<{
        seq: z.ZodNumber;
        method: z.ZodString;
        latencyMs: z.ZodNumber;
    }, z.core.$strip>>;
    serverSeq: z.ZodOptional<z.ZodNumber>;
    seq: z.ZodNumber;
    t: z.ZodNumber;
}, z.core.$strip>;
export type AppEntry = z.infer<typeof AppEntrySchema>;
export type AppEntryDirection = AppEntry["dir"];
/**
 * What the person's model did (issue 40): its HTTP exchanges with the provider (credentials
 * redacted), a chat's messages and tool calls, a sampling request it answered. See
 * lib/model/events.ts and docs/models.md. Written by the backend, keys masked before.
 */
export declare const ModelEntrySchema: z.ZodObject<{
    kind: z.ZodLiteral<"model">;
    model: z.ZodDiscriminatedUnion<[z.ZodObject<{
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
    seq: z.ZodNumber;
    t: z.ZodNumber;
}, z.core.$strip>;
export type ModelEntry = z.infer<typeof ModelEntrySchema>;
export declare const EntrySchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
    kind: z.ZodLiteral<"message">;
    dir: z.ZodEnum<{
        "client->server": "client->server";
        "server->client": "server->client";
    }>;
    message: z.ZodUnknown;
    raw: z.ZodOptional<z.ZodString>;
    size: z.ZodNumber;
    pair: z.ZodOptional<z.ZodObject<{
        seq: z.ZodNumber;
        method: z.ZodString;
        latencyMs: z.ZodNumber;
    }, z.core.$strip>>;
    retryOf: z.ZodOptional<z.ZodNumber>;
    undelivered: z.ZodOptional<z.ZodString>;
    invalidUtf8: z.ZodOptional<z.ZodLiteral<true>>;
    http: z.ZodOptional<z.ZodObject<{
        method: z.ZodString;
        status: z.ZodNumber;
        contentType: z.ZodOptional<z.ZodString>;
        sessionId: z.ZodOptional<z.ZodString>;
        protocolVersion: z.ZodOptional<z.ZodString>;
        eventId: z.ZodOptional<z.ZodString>;
        event: z.ZodOptional<z.ZodString>;
        resumedFrom: z.ZodOptional<z.ZodString>;
        mcpHeaders: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    }, z.core.$strip>>;
    by: z.ZodOptional<z.ZodLiteral<"agent">>;
    seq: z.ZodNumber;
    t: z.ZodNumber;
}, z.core.$strip>, z.ZodObject<{
    kind: z.ZodLiteral<"stderr">;
    text: z.ZodString;
    seq: z.ZodNumber;
    t: z.ZodNumber;
}, z.core.$strip>, z.ZodObject<{
    kind: z.ZodLiteral<"stdout-noise">;
    text: z.ZodString;
    reason: z.ZodString;
    size: z.ZodNumber;
    seq: z.ZodNumber;
    t: z.ZodNumber;
}, z.core.$strip>, z.ZodObject<{
    kind: z.ZodLiteral<"http">;
    http: z.ZodObject<{
        method: z.ZodString;
        status: z.ZodNumber;
        contentType: z.ZodOptional<z.ZodString>;
        sessionId: z.ZodOptional<z.ZodString>;
        protocolVersion: z.ZodOptional<z.ZodString>;
        eventId: z.ZodOptional<z.ZodString>;
        event: z.ZodOptional<z.ZodString>;
        resumedFrom: z.ZodOptional<z.ZodString>;
        mcpHeaders: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    }, z.core.$strip>;
    text: z.ZodString;
    reason: z.ZodString;
    size: z.ZodNumber;
    seq: z.ZodNumber;
    t: z.ZodNumber;
}, z.core.$strip>, z.ZodObject<{
    kind: z.ZodLiteral<"auth">;
    auth: z.ZodDiscriminatedUnion<[z.ZodObject<{
        type: z.ZodLiteral<"exchange">;
        step: z.ZodEnum<{
            challenge: "challenge";
            "resource-metadata": "resource-metadata";
            "authorization-server-metadata": "authorization-server-metadata";
            registration: "registration";
            authorization: "authorization";
            callback: "callback";
            token: "token";
            refresh: "refresh";
            "step-up": "step-up";
        }>;
        request: z.ZodObject<{
            method: z.ZodString;
            url: z.ZodString;
            headers: z.ZodRecord<z.ZodString, z.ZodString>;
            body: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>;
        response: z.ZodOptional<z.ZodObject<{
            status: z.ZodNumber;
            headers: z.ZodRecord<z.ZodString, z.ZodString>;
            body: z.ZodString;
            truncated: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strip>>;
        error: z.ZodOptional<z.ZodString>;
        ms: z.ZodNumber;
    }, z.core.$strip>, z.ZodObject<{
        type: z.ZodLiteral<"decision">;
        step: z.ZodEnum<{
            challenge: "challenge";
            "resource-metadata": "resource-metadata";
            "authorization-server-metadata": "authorization-server-metadata";
            registration: "registration";
            authorization: "authorization";
            callback: "callback";
            token: "token";
            refresh: "refresh";
            "step-up": "step-up";
        }>;
        chose: z.ZodString;
        why: z.ZodString;
        spec: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>, z.ZodObject<{
        type: z.ZodLiteral<"problem">;
        step: z.ZodEnum<{
            challenge: "challenge";
            "resource-metadata": "resource-metadata";
            "authorization-server-metadata": "authorization-server-metadata";
            registration: "registration";
            authorization: "authorization";
            callback: "callback";
            token: "token";
            refresh: "refresh";
            "step-up": "step-up";
        }>;
        severity: z.ZodEnum<{
            error: "error";
            warning: "warning";
        }>;
        message: z.ZodString;
        spec: z.ZodString;
    }, z.core.$strip>, z.ZodObject<{
        type: z.ZodLiteral<"outcome">;
        step: z.ZodEnum<{
            challenge: "challenge";
            "resource-metadata": "resource-metadata";
            "authorization-server-metadata": "authorization-server-metadata";
            registration: "registration";
            authorization: "authorization";
            callback: "callback";
            token: "token";
            refresh: "refresh";
            "step-up": "step-up";
        }>;
        outcome: z.ZodEnum<{
            authorized: "authorized";
            refreshed: "refreshed";
            forgotten: "forgotten";
            failed: "failed";
        }>;
        token: z.ZodOptional<z.ZodString>;
        scope: z.ZodOptional<z.ZodString>;
        expiresAt: z.ZodOptional<z.ZodNumber>;
        message: z.ZodOptional<z.ZodString>;
        spec: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>], "type">;
    seq: z.ZodNumber;
    t: z.ZodNumber;
}, z.core.$strip>, z.ZodObject<{
    kind: z.ZodLiteral<"lifecycle">;
    event: z.ZodEnum<{
        connecting: "connecting";
        spawned: "spawned";
        connected: "connected";
        disconnected: "disconnected";
        exited: "exited";
        "transport-error": "transport-error";
        "connect-failed": "connect-failed";
        note: "note";
    }>;
    text: z.ZodString;
    pid: z.ZodOptional<z.ZodNumber>;
    code: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    signal: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    target: z.ZodOptional<z.ZodString>;
    by: z.ZodOptional<z.ZodLiteral<"agent">>;
    seq: z.ZodNumber;
    t: z.ZodNumber;
}, z.core.$strip>, z.ZodObject<{
    kind: z.ZodLiteral<"dropped">;
    count: z.ZodNumber;
    bytes: z.ZodNumber;
    text: z.ZodString;
    seq: z.ZodNumber;
    t: z.ZodNumber;
}, z.core.$strip>, z.ZodObject<{
    kind: z.ZodLiteral<"app">;
    dir: z.ZodEnum<{
        "app->host": "app->host";
        "host->app": "host->app";
    }>;
    appId: z.ZodString;
    tool: z.ZodString;
    message: z.ZodOptional<z.ZodUnknown>;
    size: z.ZodNumber;
    omitted: z.ZodOptional<z.ZodString>;
    notJsonRpc: z.ZodOptional<z.ZodLiteral<true>>;
    cspViolation: z.ZodOptional<z.ZodObject<{
        directive: z.ZodString;
        blockedUri: z.ZodString;
        sourceFile: z.ZodOptional<z.ZodString>;
        line: z.ZodOptional<z.ZodNumber>;
        disposition: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
    pair: z.ZodOptional<z.ZodObject<{
        seq: z.ZodNumber;
        method: z.ZodString;
        latencyMs: z.ZodNumber;
    }, z.core.$strip>>;
    serverSeq: z.ZodOptional<z.ZodNumber>;
    seq: z.ZodNumber;
    t: z.ZodNumber;
}, z.core.$strip>, z.ZodObject<{
    kind: z.ZodLiteral<"model">;
    model: z.ZodDiscriminatedUnion<[z.ZodObject<{
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
    seq: z.ZodNumber;
    t: z.ZodNumber;
}, z.core.$strip>], "kind">;
export type Entry = z.infer<typeof EntrySchema>;
export type EntryKind = Entry["kind"];
/** A record as written to disk (and embedded in session files). */
export declare const RecordFileSchema: z.ZodObject<{
    format: z.ZodLiteral<"mcp-inspector-record">;
    version: z.ZodUnion<readonly [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>]>;
    entries: z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
        kind: z.ZodLiteral<"message">;
        dir: z.ZodEnum<{
            "client->server": "client->server";
            "server->client": "server->client";
        }>;
        message: z.ZodUnknown;
        raw: z.ZodOptional<z.ZodString>;
        size: z.ZodNumber;
        pair: z.ZodOptional<z.ZodObject<{
            seq: z.ZodNumber;
            method: z.ZodString;
            latencyMs: z.ZodNumber;
        }, z.core.$strip>>;
        retryOf: z.ZodOptional<z.ZodNumber>;
        undelivered: z.ZodOptional<z.ZodString>;
        invalidUtf8: z.ZodOptional<z.ZodLiteral<true>>;
        http: z.ZodOptional<z.ZodObject<{
            method: z.ZodString;
            status: z.ZodNumber;
            contentType: z.ZodOptional<z.ZodString>;
            sessionId: z.ZodOptional<z.ZodString>;
            protocolVersion: z.ZodOptional<z.ZodString>;
            eventId: z.ZodOptional<z.ZodString>;
            event: z.ZodOptional<z.ZodString>;
            resumedFrom: z.ZodOptional<z.ZodString>;
            mcpHeaders: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        }, z.core.$strip>>;
        by: z.ZodOptional<z.ZodLiteral<"agent">>;
        seq: z.ZodNumber;
        t: z.ZodNumber;
    }, z.core.$strip>, z.ZodObject<{
        kind: z.ZodLiteral<"stderr">;
        text: z.ZodString;
        seq: z.ZodNumber;
        t: z.ZodNumber;
    }, z.core.$strip>, z.ZodObject<{
        kind: z.ZodLiteral<"stdout-noise">;
        text: z.ZodString;
        reason: z.ZodString;
        size: z.ZodNumber;
        seq: z.ZodNumber;
        t: z.ZodNumber;
    }, z.core.$strip>, z.ZodObject<{
        kind: z.ZodLiteral<"http">;
        http: z.ZodObject<{
            method: z.ZodString;
            status: z.ZodNumber;
            contentType: z.ZodOptional<z.ZodString>;
            sessionId: z.ZodOptional<z.ZodString>;
            protocolVersion: z.ZodOptional<z.ZodString>;
            eventId: z.ZodOptional<z.ZodString>;
            event: z.ZodOptional<z.ZodString>;
            resumedFrom: z.ZodOptional<z.ZodString>;
            mcpHeaders: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        }, z.core.$strip>;
        text: z.ZodString;
        reason: z.ZodString;
        size: z.ZodNumber;
        seq: z.ZodNumber;
        t: z.ZodNumber;
    }, z.core.$strip>, z.ZodObject<{
        kind: z.ZodLiteral<"auth">;
        auth: z.ZodDiscriminatedUnion<[z.ZodObject<{
            type: z.ZodLiteral<"exchange">;
            step: z.ZodEnum<{
                challenge: "challenge";
                "resource-metadata": "resource-metadata";
                "authorization-server-metadata": "authorization-server-metadata";
                registration: "registration";
                authorization: "authorization";
                callback: "callback";
                token: "token";
                refresh: "refresh";
                "step-up": "step-up";
            }>;
            request: z.ZodObject<{
                method: z.ZodString;
                url: z.ZodString;
                headers: z.ZodRecord<z.ZodString, z.ZodString>;
                body: z.ZodOptional<z.ZodString>;
            }, z.core.$strip>;
            response: z.ZodOptional<z.ZodObject<{
                status: z.ZodNumber;
                headers: z.ZodRecord<z.ZodString, z.ZodString>;
                body: z.ZodString;
                truncated: z.ZodOptional<z.ZodBoolean>;
            }, z.core.$strip>>;
            error: z.ZodOptional<z.ZodString>;
            ms: z.ZodNumber;
        }, z.core.$strip>, z.ZodObject<{
            type: z.ZodLiteral<"decision">;
            step: z.ZodEnum<{
                challenge: "challenge";
                "resource-metadata": "resource-metadata";
                "authorization-server-metadata": "authorization-server-metadata";
                registration: "registration";
                authorization: "authorization";
                callback: "callback";
                token: "token";
                refresh: "refresh";
                "step-up": "step-up";
            }>;
            chose: z.ZodString;
            why: z.ZodString;
            spec: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>, z.ZodObject<{
            type: z.ZodLiteral<"problem">;
            step: z.ZodEnum<{
                challenge: "challenge";
                "resource-metadata": "resource-metadata";
                "authorization-server-metadata": "authorization-server-metadata";
                registration: "registration";
                authorization: "authorization";
                callback: "callback";
                token: "token";
                refresh: "refresh";
                "step-up": "step-up";
            }>;
            severity: z.ZodEnum<{
                error: "error";
                warning: "warning";
            }>;
            message: z.ZodString;
            spec: z.ZodString;
        }, z.core.$strip>, z.ZodObject<{
            type: z.ZodLiteral<"outcome">;
            step: z.ZodEnum<{
                challenge: "challenge";
                "resource-metadata": "resource-metadata";
                "authorization-server-metadata": "authorization-server-metadata";
                registration: "registration";
                authorization: "authorization";
                callback: "callback";
                token: "token";
                refresh: "refresh";
                "step-up": "step-up";
            }>;
            outcome: z.ZodEnum<{
                authorized: "authorized";
                refreshed: "refreshed";
                forgotten: "forgotten";
                failed: "failed";
            }>;
            token: z.ZodOptional<z.ZodString>;
            scope: z.ZodOptional<z.ZodString>;
            expiresAt: z.ZodOptional<z.ZodNumber>;
            message: z.ZodOptional<z.ZodString>;
            spec: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>], "type">;
        seq: z.ZodNumber;
        t: z.ZodNumber;
    }, z.core.$strip>, z.ZodObject<{
        kind: z.ZodLiteral<"lifecycle">;
        event: z.ZodEnum<{
            connecting: "connecting";
            spawned: "spawned";
            connected: "connected";
            disconnected: "disconnected";
            exited: "exited";
            "transport-error": "transport-error";
            "connect-failed": "connect-failed";
            note: "note";
        }>;
        text: z.ZodString;
        pid: z.ZodOptional<z.ZodNumber>;
        code: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
        signal: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        target: z.ZodOptional<z.ZodString>;
        by: z.ZodOptional<z.ZodLiteral<"agent">>;
        seq: z.ZodNumber;
        t: z.ZodNumber;
    }, z.core.$strip>, z.ZodObject<{
        kind: z.ZodLiteral<"dropped">;
        count: z.ZodNumber;
        bytes: z.ZodNumber;
        text: z.ZodString;
        seq: z.ZodNumber;
        t: z.ZodNumber;
    }, z.core.$strip>, z.ZodObject<{
        kind: z.ZodLiteral<"app">;
        dir: z.ZodEnum<{
            "app->host": "app->host";
            "host->app": "host->app";
        }>;
        appId: z.ZodString;
        tool: z.ZodString;
        message: z.ZodOptional<z.ZodUnknown>;
        size: z.ZodNumber;
        omitted: z.ZodOptional<z.ZodString>;
        notJsonRpc: z.ZodOptional<z.ZodLiteral<true>>;
        cspViolation: z.ZodOptional<z.ZodObject<{
            directive: z.ZodString;
            blockedUri: z.ZodString;
            sourceFile: z.ZodOptional<z.ZodString>;
            line: z.ZodOptional<z.ZodNumber>;
            disposition: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>;
        pair: z.ZodOptional<z.ZodObject<{
            seq: z.ZodNumber;
            method: z.ZodString;
            latencyMs: z.ZodNumber;
        }, z.core.$strip>>;
        serverSeq: z.ZodOptional<z.ZodNumber>;
        seq: z.ZodNumber;
        t: z.ZodNumber;
    }, z.core.$strip>, z.ZodObject<{
        kind: z.ZodLiteral<"model">;
        model: z.ZodDiscriminatedUnion<[z.ZodObject<{
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
        seq: z.ZodNumber;
        t: z.ZodNumber;
    }, z.core.$strip>], "kind">>;
}, z.core.$strip>;
export type RecordFile = z.infer<typeof RecordFileSchema>;
/** Entry without the fields the store assigns. */
export type NewEntry = Entry extends infer E ? (E extends Entry ? Omit<E, "seq" | "t"> : never) : never;
