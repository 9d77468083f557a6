import * as z from "zod";
/**
 * The page's load channel: a WebSocket of its own to the backend's /ws (same token), on which
 * the page sends only these commands and gets only these events, so a run's progress never
 * crosses the session socket that carries the record. Documented in docs/load.md. Version 1.
 */
export declare const LOAD_CHANNEL_VERSION: 1;
export declare const LoadStartSchema: z.ZodObject<{
    type: z.ZodLiteral<"load-start">;
    id: z.ZodString;
    tool: z.ZodString;
    arguments: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    concurrency: z.ZodNumber;
    rate: z.ZodOptional<z.ZodNumber>;
    durationMs: z.ZodOptional<z.ZodNumber>;
    requests: z.ZodOptional<z.ZodNumber>;
    warmup: z.ZodDefault<z.ZodNumber>;
}, z.core.$strip>;
export type LoadStart = z.infer<typeof LoadStartSchema>;
export declare const LoadCommandSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
    type: z.ZodLiteral<"load-start">;
    id: z.ZodString;
    tool: z.ZodString;
    arguments: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    concurrency: z.ZodNumber;
    rate: z.ZodOptional<z.ZodNumber>;
    durationMs: z.ZodOptional<z.ZodNumber>;
    requests: z.ZodOptional<z.ZodNumber>;
    warmup: z.ZodDefault<z.ZodNumber>;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"load-stop">;
    id: z.ZodString;
    runId: z.ZodString;
}, z.core.$strip>], "type">;
export type LoadCommand = z.infer<typeof LoadCommandSchema>;
export declare const LoadEventSchemas: readonly [z.ZodObject<{
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
}, z.core.$strip>];
export declare const LoadEventSchema: z.ZodDiscriminatedUnion<readonly [z.ZodObject<{
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
export type LoadEvent = z.infer<typeof LoadEventSchema>;
/** A frame of the load channel (its type starts with "load-"), checked before the session protocol sees it. */
export declare function isLoadFrame(text: string): boolean;
/** Parse a load command, or say in words why it is not one. */
export declare function parseLoadCommand(text: string): {
    ok: true;
    command: LoadCommand;
} | {
    ok: false;
    message: string;
    id?: string;
};
