import * as z from "zod";
export { JsonRpcErrorSchema, OutputVerdictSchema, ToolCallOutcomeSchema, RequestOutcomeSchema } from "./outcomes";
export type { JsonRpcError, OutputVerdict, ToolCallOutcome, RequestOutcome } from "./outcomes";
/**
 * The WebSocket protocol between the page (or any headless client) and the backend.
 * Documented in docs/websocket-protocol.md. A command is one JSON text message carrying `type`
 * and a caller-chosen `id` that the backend echoes in its `accepted` and `reply` events; the
 * backend's frames are one event or an array of events (lib/wire/replies.ts: each reply's schema).
 */
export declare const WIRE_PROTOCOL_VERSION: 2;
export declare const CommandSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
    type: z.ZodLiteral<"hello">;
    since: z.ZodDefault<z.ZodNumber>;
    previews: z.ZodOptional<z.ZodBoolean>;
    id: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"connect">;
    spec: z.ZodObject<{
        target: z.ZodDiscriminatedUnion<[z.ZodObject<{
            transport: z.ZodLiteral<"stdio">;
            command: z.ZodString;
            args: z.ZodDefault<z.ZodArray<z.ZodString>>;
            env: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
            cwd: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>, z.ZodObject<{
            transport: z.ZodEnum<{
                http: "http";
                sse: "sse";
            }>;
            url: z.ZodURL;
            headers: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
        }, z.core.$strip>], "transport">;
        protocolEra: z.ZodDefault<z.ZodEnum<{
            auto: "auto";
            legacy: "legacy";
            modern: "modern";
        }>>;
        auth: z.ZodOptional<z.ZodObject<{
            mode: z.ZodDefault<z.ZodEnum<{
                auto: "auto";
                browser: "browser";
                "client-credentials": "client-credentials";
                "cross-app": "cross-app";
                workload: "workload";
                off: "off";
            }>>;
            clientId: z.ZodOptional<z.ZodString>;
            clientSecret: z.ZodOptional<z.ZodString>;
            clientMetadataUrl: z.ZodOptional<z.ZodURL>;
            clientPrivateKey: z.ZodOptional<z.ZodString>;
            clientSigningAlg: z.ZodOptional<z.ZodString>;
            idToken: z.ZodOptional<z.ZodString>;
            idpTokenEndpoint: z.ZodOptional<z.ZodURL>;
            idpClientId: z.ZodOptional<z.ZodString>;
            idpClientSecret: z.ZodOptional<z.ZodString>;
            workloadTokenFile: z.ZodOptional<z.ZodString>;
            workloadToken: z.ZodOptional<z.ZodString>;
            dpop: z.ZodOptional<z.ZodEnum<{
                auto: "auto";
                off: "off";
                on: "on";
            }>>;
            redirectUri: z.ZodOptional<z.ZodURL>;
            scope: z.ZodOptional<z.ZodString>;
            accessToken: z.ZodOptional<z.ZodString>;
            registration: z.ZodOptional<z.ZodEnum<{
                "pre-registered": "pre-registered";
                "client-id-metadata-document": "client-id-metadata-document";
                dynamic: "dynamic";
            }>>;
            allowOrigins: z.ZodOptional<z.ZodArray<z.ZodURL>>;
        }, z.core.$strip>>;
        capabilities: z.ZodDefault<z.ZodObject<{
            sampling: z.ZodDefault<z.ZodBoolean>;
            elicitationForm: z.ZodDefault<z.ZodBoolean>;
            elicitationUrl: z.ZodDefault<z.ZodBoolean>;
            roots: z.ZodDefault<z.ZodBoolean>;
            tasks: z.ZodDefault<z.ZodBoolean>;
            apps: z.ZodDefault<z.ZodBoolean>;
        }, z.core.$strip>>;
        timeouts: z.ZodDefault<z.ZodObject<{
            initializeMs: z.ZodDefault<z.ZodNumber>;
            requestMs: z.ZodDefault<z.ZodNumber>;
            serverRequestMs: z.ZodDefault<z.ZodNumber>;
        }, z.core.$strip>>;
    }, z.core.$strip>;
    id: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"disconnect">;
    id: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"restart">;
    id: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"save-session">;
    id: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    timeoutMs: z.ZodOptional<z.ZodNumber>;
    resetTimeoutOnProgress: z.ZodOptional<z.ZodBoolean>;
    maxTotalTimeoutMs: z.ZodOptional<z.ZodNumber>;
    type: z.ZodLiteral<"request">;
    method: z.ZodString;
    params: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    progress: z.ZodOptional<z.ZodBoolean>;
    id: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"notify">;
    method: z.ZodString;
    params: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    id: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    timeoutMs: z.ZodOptional<z.ZodNumber>;
    resetTimeoutOnProgress: z.ZodOptional<z.ZodBoolean>;
    maxTotalTimeoutMs: z.ZodOptional<z.ZodNumber>;
    type: z.ZodLiteral<"call-tool">;
    name: z.ZodString;
    arguments: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    meta: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    task: z.ZodOptional<z.ZodObject<{
        ttl: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>>;
    id: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"outcome">;
    requestSeq: z.ZodNumber;
    id: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"cancel">;
    target: z.ZodString;
    reason: z.ZodOptional<z.ZodString>;
    id: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"replay">;
    session: z.ZodObject<{
        format: z.ZodLiteral<"mcp-inspector-session">;
        version: z.ZodLiteral<1>;
        inspectorVersion: z.ZodString;
        createdAt: z.ZodString;
        target: z.ZodDiscriminatedUnion<[z.ZodObject<{
            transport: z.ZodLiteral<"stdio">;
            command: z.ZodString;
            args: z.ZodArray<z.ZodString>;
            cwd: z.ZodOptional<z.ZodString>;
            envNames: z.ZodArray<z.ZodString>;
        }, z.core.$strip>, z.ZodObject<{
            transport: z.ZodEnum<{
                http: "http";
                sse: "sse";
            }>;
            url: z.ZodString;
            headerNames: z.ZodArray<z.ZodString>;
        }, z.core.$strip>], "transport">;
        capabilities: z.ZodObject<{
            sampling: z.ZodDefault<z.ZodBoolean>;
            elicitationForm: z.ZodDefault<z.ZodBoolean>;
            elicitationUrl: z.ZodDefault<z.ZodBoolean>;
            roots: z.ZodDefault<z.ZodBoolean>;
            tasks: z.ZodDefault<z.ZodBoolean>;
            apps: z.ZodDefault<z.ZodBoolean>;
        }, z.core.$strip>;
        protocolVersion: z.ZodOptional<z.ZodString>;
        negotiated: z.ZodOptional<z.ZodObject<{
            era: z.ZodDefault<z.ZodEnum<{
                legacy: "legacy";
                modern: "modern";
            }>>;
            requestedProtocolVersion: z.ZodString;
            protocolVersion: z.ZodString;
            serverCapabilities: z.ZodRecord<z.ZodString, z.ZodUnknown>;
            clientCapabilities: z.ZodRecord<z.ZodString, z.ZodUnknown>;
            serverInfo: z.ZodRecord<z.ZodString, z.ZodUnknown>;
            instructions: z.ZodOptional<z.ZodString>;
            initializeRequestSeq: z.ZodOptional<z.ZodNumber>;
            initializeResponseSeq: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>>;
        answers: z.ZodArray<z.ZodObject<{
            requestSeq: z.ZodNumber;
            method: z.ZodString;
            result: z.ZodOptional<z.ZodUnknown>;
            error: z.ZodOptional<z.ZodObject<{
                code: z.ZodNumber;
                message: z.ZodString;
                data: z.ZodOptional<z.ZodUnknown>;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
        redactions: z.ZodDefault<z.ZodArray<z.ZodObject<{
            seq: z.ZodOptional<z.ZodNumber>;
            what: z.ZodString;
            count: z.ZodNumber;
        }, z.core.$strip>>>;
        ignore: z.ZodOptional<z.ZodArray<z.ZodString>>;
        recordVersion: z.ZodUnion<readonly [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>]>;
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
    target: z.ZodDiscriminatedUnion<[z.ZodObject<{
        transport: z.ZodLiteral<"stdio">;
        command: z.ZodString;
        args: z.ZodDefault<z.ZodArray<z.ZodString>>;
        env: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
        cwd: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>, z.ZodObject<{
        transport: z.ZodEnum<{
            http: "http";
            sse: "sse";
        }>;
        url: z.ZodURL;
        headers: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
    }, z.core.$strip>], "transport">;
    ignore: z.ZodDefault<z.ZodArray<z.ZodString>>;
    id: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"set-answers">;
    answers: z.ZodObject<{
        roots: z.ZodOptional<z.ZodArray<z.ZodObject<{
            uri: z.ZodString;
            name: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>>;
        sampling: z.ZodOptional<z.ZodObject<{
            enabled: z.ZodOptional<z.ZodBoolean>;
            rules: z.ZodOptional<z.ZodArray<z.ZodObject<{
                match: z.ZodString;
                text: z.ZodString;
                model: z.ZodDefault<z.ZodString>;
            }, z.core.$strip>>>;
        }, z.core.$strip>>;
        elicitation: z.ZodOptional<z.ZodEnum<{
            ask: "ask";
            "accept-defaults": "accept-defaults";
            decline: "decline";
            cancel: "cancel";
        }>>;
    }, z.core.$strip>;
    id: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"forget-authorization">;
    id: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"subscribe-resource">;
    uri: z.ZodString;
    id: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"unsubscribe-resource">;
    uri: z.ZodString;
    id: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"app-message">;
    appId: z.ZodString;
    tool: z.ZodString;
    dir: z.ZodEnum<{
        "app->host": "app->host";
        "host->app": "host->app";
    }>;
    message: z.ZodOptional<z.ZodUnknown>;
    omitted: z.ZodOptional<z.ZodString>;
    cspViolation: z.ZodOptional<z.ZodObject<{
        directive: z.ZodString;
        blockedUri: z.ZodString;
        sourceFile: z.ZodOptional<z.ZodString>;
        line: z.ZodOptional<z.ZodNumber>;
        disposition: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
    serverSeq: z.ZodOptional<z.ZodNumber>;
    id: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"app-source-map">;
    frames: z.ZodArray<z.ZodObject<{
        url: z.ZodString;
        line: z.ZodNumber;
        column: z.ZodNumber;
    }, z.core.$strip>>;
    allow: z.ZodArray<z.ZodString>;
    id: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"collections-list">;
    id: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"collection-save">;
    file: z.ZodString;
    requestSeq: z.ZodNumber;
    name: z.ZodOptional<z.ZodString>;
    id: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"collection-edit-step">;
    file: z.ZodString;
    index: z.ZodNumber;
    params: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    expect: z.ZodOptional<z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>>;
    id: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"collection-run">;
    file: z.ZodString;
    index: z.ZodOptional<z.ZodNumber>;
    id: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
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
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"servers-list">;
    id: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"server-connect">;
    key: z.ZodString;
    id: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"tap-sessions">;
    id: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"tap-select">;
    key: z.ZodString;
    id: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"answer">;
    pendingId: z.ZodString;
    result: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    error: z.ZodOptional<z.ZodObject<{
        code: z.ZodNumber;
        message: z.ZodString;
        data: z.ZodOptional<z.ZodUnknown>;
    }, z.core.$strip>>;
    id: z.ZodString;
}, z.core.$strip>], "type">;
export type Command = z.infer<typeof CommandSchema>;
export type CommandInput = z.input<typeof CommandSchema>;
export type CommandType = Command["type"];
export declare const ReplyErrorSchema: z.ZodObject<{
    message: z.ZodString;
    rpc: z.ZodOptional<z.ZodObject<{
        code: z.ZodNumber;
        message: z.ZodString;
        data: z.ZodOptional<z.ZodUnknown>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type ReplyError = z.infer<typeof ReplyErrorSchema>;
export declare const EventSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
    type: z.ZodLiteral<"welcome">;
    protocol: z.ZodLiteral<2>;
    inspectorVersion: z.ZodString;
    instanceId: z.ZodString;
    state: z.ZodObject<{
        status: z.ZodEnum<{
            failed: "failed";
            connecting: "connecting";
            connected: "connected";
            disconnected: "disconnected";
            idle: "idle";
            reconnecting: "reconnecting";
        }>;
        generation: z.ZodNumber;
        target: z.ZodOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
            transport: z.ZodLiteral<"stdio">;
            command: z.ZodString;
            args: z.ZodDefault<z.ZodArray<z.ZodString>>;
            env: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
            cwd: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>, z.ZodObject<{
            transport: z.ZodEnum<{
                http: "http";
                sse: "sse";
            }>;
            url: z.ZodURL;
            headers: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
        }, z.core.$strip>], "transport">>;
        capabilities: z.ZodOptional<z.ZodObject<{
            sampling: z.ZodDefault<z.ZodBoolean>;
            elicitationForm: z.ZodDefault<z.ZodBoolean>;
            elicitationUrl: z.ZodDefault<z.ZodBoolean>;
            roots: z.ZodDefault<z.ZodBoolean>;
            tasks: z.ZodDefault<z.ZodBoolean>;
            apps: z.ZodDefault<z.ZodBoolean>;
        }, z.core.$strip>>;
        protocolEra: z.ZodOptional<z.ZodEnum<{
            auto: "auto";
            legacy: "legacy";
            modern: "modern";
        }>>;
        negotiated: z.ZodOptional<z.ZodObject<{
            era: z.ZodDefault<z.ZodEnum<{
                legacy: "legacy";
                modern: "modern";
            }>>;
            requestedProtocolVersion: z.ZodString;
            protocolVersion: z.ZodString;
            serverCapabilities: z.ZodRecord<z.ZodString, z.ZodUnknown>;
            clientCapabilities: z.ZodRecord<z.ZodString, z.ZodUnknown>;
            serverInfo: z.ZodRecord<z.ZodString, z.ZodUnknown>;
            instructions: z.ZodOptional<z.ZodString>;
            initializeRequestSeq: z.ZodOptional<z.ZodNumber>;
            initializeResponseSeq: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>>;
        error: z.ZodOptional<z.ZodObject<{
            kind: z.ZodEnum<{
                exited: "exited";
                "command-not-found": "command-not-found";
                "http-status": "http-status";
                "connection-refused": "connection-refused";
                "initialize-timeout": "initialize-timeout";
                "protocol-version": "protocol-version";
                "invalid-target": "invalid-target";
                "auth-required": "auth-required";
                "session-expired": "session-expired";
                other: "other";
            }>;
            message: z.ZodString;
            exitCode: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
            signal: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            httpStatus: z.ZodOptional<z.ZodNumber>;
            stderrTail: z.ZodDefault<z.ZodArray<z.ZodString>>;
        }, z.core.$strip>>;
        pid: z.ZodOptional<z.ZodNumber>;
        retry: z.ZodOptional<z.ZodObject<{
            attempt: z.ZodNumber;
            at: z.ZodNumber;
        }, z.core.$strip>>;
        pending: z.ZodArray<z.ZodObject<{
            pendingId: z.ZodString;
            seq: z.ZodNumber;
            method: z.ZodString;
            params: z.ZodUnknown;
            receivedAt: z.ZodNumber;
            deadline: z.ZodNumber;
            taskId: z.ZodOptional<z.ZodString>;
            inputRequired: z.ZodOptional<z.ZodObject<{
                requestSeq: z.ZodNumber;
                key: z.ZodString;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
        answers: z.ZodObject<{
            roots: z.ZodDefault<z.ZodArray<z.ZodObject<{
                uri: z.ZodString;
                name: z.ZodOptional<z.ZodString>;
            }, z.core.$strip>>>;
            sampling: z.ZodDefault<z.ZodObject<{
                enabled: z.ZodDefault<z.ZodBoolean>;
                rules: z.ZodDefault<z.ZodArray<z.ZodObject<{
                    match: z.ZodString;
                    text: z.ZodString;
                    model: z.ZodDefault<z.ZodString>;
                }, z.core.$strip>>>;
            }, z.core.$strip>>;
            elicitation: z.ZodDefault<z.ZodEnum<{
                ask: "ask";
                "accept-defaults": "accept-defaults";
                decline: "decline";
                cancel: "cancel";
            }>>;
        }, z.core.$strip>;
        authorization: z.ZodOptional<z.ZodObject<{
            authorized: z.ZodBoolean;
            token: z.ZodOptional<z.ZodString>;
            scope: z.ZodOptional<z.ZodString>;
            expiresAt: z.ZodOptional<z.ZodNumber>;
            clientId: z.ZodOptional<z.ZodString>;
            hasRefreshToken: z.ZodBoolean;
            pendingUrl: z.ZodOptional<z.ZodString>;
            tokenType: z.ZodOptional<z.ZodEnum<{
                Bearer: "Bearer";
                DPoP: "DPoP";
            }>>;
            dpopThumbprint: z.ZodOptional<z.ZodString>;
            issuer: z.ZodOptional<z.ZodString>;
            issCheck: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>;
        subscriptions: z.ZodOptional<z.ZodObject<{
            resources: z.ZodArray<z.ZodObject<{
                uri: z.ZodString;
                status: z.ZodEnum<{
                    failed: "failed";
                    subscribing: "subscribing";
                    active: "active";
                    unsubscribing: "unsubscribing";
                }>;
                error: z.ZodOptional<z.ZodString>;
                requestSeq: z.ZodOptional<z.ZodNumber>;
                updates: z.ZodNumber;
                lastUpdate: z.ZodOptional<z.ZodObject<{
                    seq: z.ZodNumber;
                    t: z.ZodNumber;
                }, z.core.$strip>>;
                since: z.ZodNumber;
            }, z.core.$strip>>;
            listChanged: z.ZodOptional<z.ZodObject<{
                notifications: z.ZodArray<z.ZodString>;
                status: z.ZodEnum<{
                    failed: "failed";
                    subscribing: "subscribing";
                    active: "active";
                }>;
                error: z.ZodOptional<z.ZodString>;
                requestSeq: z.ZodNumber;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
        tap: z.ZodOptional<z.ZodObject<{
            clientInfo: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
            clientCapabilities: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
            server: z.ZodString;
            canRestart: z.ZodBoolean;
            restarted: z.ZodOptional<z.ZodObject<{
                at: z.ZodNumber;
                failed: z.ZodNumber;
                notified: z.ZodArray<z.ZodString>;
                changes: z.ZodArray<z.ZodString>;
            }, z.core.$strip>>;
            saved: z.ZodOptional<z.ZodObject<{
                file: z.ZodString;
                entries: z.ZodNumber;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
    }, z.core.$strip>;
    firstSeq: z.ZodNumber;
    lastSeq: z.ZodNumber;
    cwd: z.ZodOptional<z.ZodString>;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"entries">;
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
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"state">;
    state: z.ZodObject<{
        status: z.ZodEnum<{
            failed: "failed";
            connecting: "connecting";
            connected: "connected";
            disconnected: "disconnected";
            idle: "idle";
            reconnecting: "reconnecting";
        }>;
        generation: z.ZodNumber;
        target: z.ZodOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
            transport: z.ZodLiteral<"stdio">;
            command: z.ZodString;
            args: z.ZodDefault<z.ZodArray<z.ZodString>>;
            env: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
            cwd: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>, z.ZodObject<{
            transport: z.ZodEnum<{
                http: "http";
                sse: "sse";
            }>;
            url: z.ZodURL;
            headers: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
        }, z.core.$strip>], "transport">>;
        capabilities: z.ZodOptional<z.ZodObject<{
            sampling: z.ZodDefault<z.ZodBoolean>;
            elicitationForm: z.ZodDefault<z.ZodBoolean>;
            elicitationUrl: z.ZodDefault<z.ZodBoolean>;
            roots: z.ZodDefault<z.ZodBoolean>;
            tasks: z.ZodDefault<z.ZodBoolean>;
            apps: z.ZodDefault<z.ZodBoolean>;
        }, z.core.$strip>>;
        protocolEra: z.ZodOptional<z.ZodEnum<{
            auto: "auto";
            legacy: "legacy";
            modern: "modern";
        }>>;
        negotiated: z.ZodOptional<z.ZodObject<{
            era: z.ZodDefault<z.ZodEnum<{
                legacy: "legacy";
                modern: "modern";
            }>>;
            requestedProtocolVersion: z.ZodString;
            protocolVersion: z.ZodString;
            serverCapabilities: z.ZodRecord<z.ZodString, z.ZodUnknown>;
            clientCapabilities: z.ZodRecord<z.ZodString, z.ZodUnknown>;
            serverInfo: z.ZodRecord<z.ZodString, z.ZodUnknown>;
            instructions: z.ZodOptional<z.ZodString>;
            initializeRequestSeq: z.ZodOptional<z.ZodNumber>;
            initializeResponseSeq: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>>;
        error: z.ZodOptional<z.ZodObject<{
            kind: z.ZodEnum<{
                exited: "exited";
                "command-not-found": "command-not-found";
                "http-status": "http-status";
                "connection-refused": "connection-refused";
                "initialize-timeout": "initialize-timeout";
                "protocol-version": "protocol-version";
                "invalid-target": "invalid-target";
                "auth-required": "auth-required";
                "session-expired": "session-expired";
                other: "other";
            }>;
            message: z.ZodString;
            exitCode: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
            signal: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            httpStatus: z.ZodOptional<z.ZodNumber>;
            stderrTail: z.ZodDefault<z.ZodArray<z.ZodString>>;
        }, z.core.$strip>>;
        pid: z.ZodOptional<z.ZodNumber>;
        retry: z.ZodOptional<z.ZodObject<{
            attempt: z.ZodNumber;
            at: z.ZodNumber;
        }, z.core.$strip>>;
        pending: z.ZodArray<z.ZodObject<{
            pendingId: z.ZodString;
            seq: z.ZodNumber;
            method: z.ZodString;
            params: z.ZodUnknown;
            receivedAt: z.ZodNumber;
            deadline: z.ZodNumber;
            taskId: z.ZodOptional<z.ZodString>;
            inputRequired: z.ZodOptional<z.ZodObject<{
                requestSeq: z.ZodNumber;
                key: z.ZodString;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
        answers: z.ZodObject<{
            roots: z.ZodDefault<z.ZodArray<z.ZodObject<{
                uri: z.ZodString;
                name: z.ZodOptional<z.ZodString>;
            }, z.core.$strip>>>;
            sampling: z.ZodDefault<z.ZodObject<{
                enabled: z.ZodDefault<z.ZodBoolean>;
                rules: z.ZodDefault<z.ZodArray<z.ZodObject<{
                    match: z.ZodString;
                    text: z.ZodString;
                    model: z.ZodDefault<z.ZodString>;
                }, z.core.$strip>>>;
            }, z.core.$strip>>;
            elicitation: z.ZodDefault<z.ZodEnum<{
                ask: "ask";
                "accept-defaults": "accept-defaults";
                decline: "decline";
                cancel: "cancel";
            }>>;
        }, z.core.$strip>;
        authorization: z.ZodOptional<z.ZodObject<{
            authorized: z.ZodBoolean;
            token: z.ZodOptional<z.ZodString>;
            scope: z.ZodOptional<z.ZodString>;
            expiresAt: z.ZodOptional<z.ZodNumber>;
            clientId: z.ZodOptional<z.ZodString>;
            hasRefreshToken: z.ZodBoolean;
            pendingUrl: z.ZodOptional<z.ZodString>;
            tokenType: z.ZodOptional<z.ZodEnum<{
                Bearer: "Bearer";
                DPoP: "DPoP";
            }>>;
            dpopThumbprint: z.ZodOptional<z.ZodString>;
            issuer: z.ZodOptional<z.ZodString>;
            issCheck: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>;
        subscriptions: z.ZodOptional<z.ZodObject<{
            resources: z.ZodArray<z.ZodObject<{
                uri: z.ZodString;
                status: z.ZodEnum<{
                    failed: "failed";
                    subscribing: "subscribing";
                    active: "active";
                    unsubscribing: "unsubscribing";
                }>;
                error: z.ZodOptional<z.ZodString>;
                requestSeq: z.ZodOptional<z.ZodNumber>;
                updates: z.ZodNumber;
                lastUpdate: z.ZodOptional<z.ZodObject<{
                    seq: z.ZodNumber;
                    t: z.ZodNumber;
                }, z.core.$strip>>;
                since: z.ZodNumber;
            }, z.core.$strip>>;
            listChanged: z.ZodOptional<z.ZodObject<{
                notifications: z.ZodArray<z.ZodString>;
                status: z.ZodEnum<{
                    failed: "failed";
                    subscribing: "subscribing";
                    active: "active";
                }>;
                error: z.ZodOptional<z.ZodString>;
                requestSeq: z.ZodNumber;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
        tap: z.ZodOptional<z.ZodObject<{
            clientInfo: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
            clientCapabilities: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
            server: z.ZodString;
            canRestart: z.ZodBoolean;
            restarted: z.ZodOptional<z.ZodObject<{
                at: z.ZodNumber;
                failed: z.ZodNumber;
                notified: z.ZodArray<z.ZodString>;
                changes: z.ZodArray<z.ZodString>;
            }, z.core.$strip>>;
            saved: z.ZodOptional<z.ZodObject<{
                file: z.ZodString;
                entries: z.ZodNumber;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
    }, z.core.$strip>;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"accepted">;
    id: z.ZodString;
    requestSeq: z.ZodNumber;
    progressToken: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>;
}, z.core.$strip>, z.ZodDiscriminatedUnion<[z.ZodObject<{
    type: z.ZodLiteral<"reply">;
    id: z.ZodString;
    ok: z.ZodLiteral<true>;
    result: z.ZodUnknown;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"reply">;
    id: z.ZodString;
    ok: z.ZodLiteral<false>;
    error: z.ZodObject<{
        message: z.ZodString;
        rpc: z.ZodOptional<z.ZodObject<{
            code: z.ZodNumber;
            message: z.ZodString;
            data: z.ZodOptional<z.ZodUnknown>;
        }, z.core.$strip>>;
    }, z.core.$strip>;
}, z.core.$strip>], "ok">, z.ZodObject<{
    type: z.ZodLiteral<"error">;
    message: z.ZodString;
    id: z.ZodOptional<z.ZodString>;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"load-started">;
    id: z.ZodString;
    runId: z.ZodString;
    channel: z.ZodLiteral<1>;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"load-progress">;
    runId: z.ZodString;
    progress: z.ZodObject<{
        phase: z.ZodEnum<{
            connecting: "connecting";
            warmup: "warmup";
            running: "running";
            finishing: "finishing";
        }>;
        elapsedMs: z.ZodNumber;
        requests: z.ZodNumber;
        ok: z.ZodNumber;
        toolErrors: z.ZodNumber;
        errors: z.ZodNumber;
        inFlight: z.ZodNumber;
        p50: z.ZodNullable<z.ZodNumber>;
        p99: z.ZodNullable<z.ZodNumber>;
        histogram: z.ZodArray<z.ZodObject<{
            fromMs: z.ZodNumber;
            toMs: z.ZodNumber;
            count: z.ZodNumber;
            failed: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>>;
        throughput: z.ZodArray<z.ZodObject<{
            atMs: z.ZodNumber;
            perSecond: z.ZodNumber;
            failedPerSecond: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>>;
    }, z.core.$strip>;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"load-done">;
    runId: z.ZodString;
    report: z.ZodObject<{
        format: z.ZodLiteral<"mcp-inspector-load">;
        version: z.ZodLiteral<1>;
        result: z.ZodObject<{
            tool: z.ZodString;
            concurrency: z.ZodNumber;
            durationMs: z.ZodOptional<z.ZodNumber>;
            requestLimit: z.ZodOptional<z.ZodNumber>;
            rate: z.ZodOptional<z.ZodNumber>;
            requests: z.ZodNumber;
            ok: z.ZodNumber;
            toolErrors: z.ZodNumber;
            errors: z.ZodNumber;
            errorRate: z.ZodNumber;
            elapsedMs: z.ZodNumber;
            throughput: z.ZodNumber;
            latencyMs: z.ZodNullable<z.ZodObject<{
                min: z.ZodNumber;
                mean: z.ZodNumber;
                p50: z.ZodNumber;
                p90: z.ZodNumber;
                p99: z.ZodNumber;
                max: z.ZodNumber;
            }, z.core.$strip>>;
            errorMessages: z.ZodArray<z.ZodObject<{
                message: z.ZodString;
                count: z.ZodNumber;
            }, z.core.$strip>>;
        }, z.core.$strip>;
        details: z.ZodObject<{
            engine: z.ZodOptional<z.ZodEnum<{
                inspector: "inspector";
                locust: "locust";
            }>>;
            workers: z.ZodOptional<z.ZodNumber>;
            transport: z.ZodEnum<{
                http: "http";
                stdio: "stdio";
                sse: "sse";
            }>;
            warmup: z.ZodNumber;
            percentiles: z.ZodEnum<{
                locust: "locust";
                exact: "exact";
                histogram: "histogram";
            }>;
            wireLatencyMs: z.ZodNullable<z.ZodObject<{
                min: z.ZodNumber;
                mean: z.ZodNumber;
                p50: z.ZodNumber;
                p90: z.ZodNumber;
                p99: z.ZodNumber;
                max: z.ZodNumber;
            }, z.core.$strip>>;
            overheadMsPerCall: z.ZodNullable<z.ZodNumber>;
            histogram: z.ZodArray<z.ZodObject<{
                fromMs: z.ZodNumber;
                toMs: z.ZodNumber;
                count: z.ZodNumber;
                failed: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strip>>;
            throughput: z.ZodArray<z.ZodObject<{
                atMs: z.ZodNumber;
                perSecond: z.ZodNumber;
                failedPerSecond: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strip>>;
            toolErrorMessages: z.ZodArray<z.ZodObject<{
                message: z.ZodString;
                count: z.ZodNumber;
            }, z.core.$strip>>;
            stopReason: z.ZodEnum<{
                requests: "requests";
                duration: "duration";
                stopped: "stopped";
                "connection-lost": "connection-lost";
            }>;
            connectionLost: z.ZodOptional<z.ZodString>;
            verdicts: z.ZodArray<z.ZodObject<{
                check: z.ZodString;
                actual: z.ZodNumber;
                limit: z.ZodNumber;
                passed: z.ZodBoolean;
            }, z.core.$strip>>;
            sampled: z.ZodObject<{
                kept: z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
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
                framesNotKept: z.ZodNumber;
                errorsNotKept: z.ZodNumber;
            }, z.core.$strip>;
        }, z.core.$strip>;
    }, z.core.$strip>;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"load-failed">;
    id: z.ZodOptional<z.ZodString>;
    runId: z.ZodOptional<z.ZodString>;
    message: z.ZodString;
}, z.core.$strip>], "type">;
export type WireEvent = z.infer<typeof EventSchema>;
export type AcceptedEvent = Extract<WireEvent, {
    type: "accepted";
}>;
/** Parse a text frame into a command, or say in words why it is not one. */
export declare function parseCommand(text: string): {
    ok: true;
    command: Command;
} | {
    ok: false;
    message: string;
    id?: string;
};
