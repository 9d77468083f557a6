import * as z from "zod";
import type { CommandType } from "./protocol";
/**
 * The reply of every command, as a schema: the backend parses what it is about to send, the
 * client parses what it receives against the schema of the command it sent, and `command()`
 * is typed by it. A target's result stays `unknown` (only the envelope is checked, so a 20 MiB
 * result costs nothing to validate).
 */
export declare const ReplySchemas: {
    "tap-sessions": z.ZodObject<{
        current: z.ZodString;
        sessions: z.ZodArray<z.ZodObject<{
            key: z.ZodString;
            host: z.ZodOptional<z.ZodString>;
            server: z.ZodString;
            live: z.ZodBoolean;
            pid: z.ZodNumber;
            hub: z.ZodBoolean;
        }, z.core.$strip>>;
    }, z.core.$strip>;
    "tap-select": z.ZodObject<{
        current: z.ZodString;
        sessions: z.ZodArray<z.ZodObject<{
            key: z.ZodString;
            host: z.ZodOptional<z.ZodString>;
            server: z.ZodString;
            live: z.ZodBoolean;
            pid: z.ZodNumber;
            hub: z.ZodBoolean;
        }, z.core.$strip>>;
    }, z.core.$strip>;
    "servers-list": z.ZodObject<{
        source: z.ZodEnum<{
            config: "config";
            found: "found";
        }>;
        files: z.ZodArray<z.ZodObject<{
            file: z.ZodString;
            host: z.ZodEnum<{
                "claude-desktop": "claude-desktop";
                "claude-code": "claude-code";
                cursor: "cursor";
                vscode: "vscode";
                kiro: "kiro";
                kimi: "kimi";
                gemini: "gemini";
                codex: "codex";
            }>;
            scope: z.ZodString;
            found: z.ZodBoolean;
            error: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>;
        servers: z.ZodArray<z.ZodObject<{
            key: z.ZodString;
            name: z.ZodString;
            host: z.ZodEnum<{
                "claude-desktop": "claude-desktop";
                "claude-code": "claude-code";
                cursor: "cursor";
                vscode: "vscode";
                kiro: "kiro";
                kimi: "kimi";
                gemini: "gemini";
                codex: "codex";
            }>;
            file: z.ZodString;
            scope: z.ZodString;
            transport: z.ZodOptional<z.ZodEnum<{
                http: "http";
                stdio: "stdio";
                sse: "sse";
            }>>;
            summary: z.ZodOptional<z.ZodString>;
            envNames: z.ZodArray<z.ZodString>;
            headerNames: z.ZodArray<z.ZodString>;
            enabled: z.ZodBoolean;
            skipped: z.ZodOptional<z.ZodString>;
            problem: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>;
        current: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>;
    "server-connect": z.ZodObject<{
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
    "collections-list": z.ZodObject<{
        folder: z.ZodString;
        files: z.ZodArray<z.ZodObject<{
            file: z.ZodString;
            steps: z.ZodArray<z.ZodObject<{
                index: z.ZodNumber;
                name: z.ZodString;
                method: z.ZodString;
                params: z.ZodRecord<z.ZodString, z.ZodUnknown>;
                expect: z.ZodArray<z.ZodUnknown>;
            }, z.core.$strip>>;
            error: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>;
    }, z.core.$strip>;
    "collection-save": z.ZodObject<{
        file: z.ZodString;
        steps: z.ZodArray<z.ZodObject<{
            index: z.ZodNumber;
            name: z.ZodString;
            method: z.ZodString;
            params: z.ZodRecord<z.ZodString, z.ZodUnknown>;
            expect: z.ZodArray<z.ZodUnknown>;
        }, z.core.$strip>>;
        error: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>;
    "collection-edit-step": z.ZodObject<{
        file: z.ZodString;
        steps: z.ZodArray<z.ZodObject<{
            index: z.ZodNumber;
            name: z.ZodString;
            method: z.ZodString;
            params: z.ZodRecord<z.ZodString, z.ZodUnknown>;
            expect: z.ZodArray<z.ZodUnknown>;
        }, z.core.$strip>>;
        error: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>;
    "collection-run": z.ZodObject<{
        file: z.ZodString;
        steps: z.ZodArray<z.ZodObject<{
            index: z.ZodNumber;
            name: z.ZodString;
            status: z.ZodEnum<{
                failed: "failed";
                passed: "passed";
                skipped: "skipped";
            }>;
            durationMs: z.ZodOptional<z.ZodNumber>;
            expectations: z.ZodArray<z.ZodObject<{
                label: z.ZodString;
                passed: z.ZodBoolean;
                expected: z.ZodOptional<z.ZodUnknown>;
                actual: z.ZodOptional<z.ZodUnknown>;
                message: z.ZodOptional<z.ZodString>;
            }, z.core.$strip>>;
            message: z.ZodOptional<z.ZodString>;
            result: z.ZodOptional<z.ZodUnknown>;
            seqs: z.ZodOptional<z.ZodObject<{
                first: z.ZodNumber;
                last: z.ZodNumber;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
    }, z.core.$strip>;
    hello: z.ZodObject<{
        firstSeq: z.ZodNumber;
        lastSeq: z.ZodNumber;
    }, z.core.$strip>;
    connect: z.ZodObject<{
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
    disconnect: z.ZodObject<{
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
    restart: z.ZodObject<{
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
    "save-session": z.ZodObject<{
        file: z.ZodString;
        entries: z.ZodNumber;
        findings: z.ZodNumber;
    }, z.core.$strip>;
    request: z.ZodObject<{
        requestSeq: z.ZodOptional<z.ZodNumber>;
        responseSeq: z.ZodOptional<z.ZodNumber>;
        resultInRecord: z.ZodOptional<z.ZodLiteral<true>>;
        result: z.ZodOptional<z.ZodUnknown>;
        durationMs: z.ZodNumber;
    }, z.core.$strip>;
    notify: z.ZodNull;
    "call-tool": z.ZodObject<{
        preview: z.ZodOptional<z.ZodUnknown>;
        requestSeq: z.ZodOptional<z.ZodNumber>;
        responseSeq: z.ZodOptional<z.ZodNumber>;
        resultInRecord: z.ZodOptional<z.ZodLiteral<true>>;
        result: z.ZodOptional<z.ZodUnknown>;
        error: z.ZodOptional<z.ZodObject<{
            code: z.ZodNumber;
            message: z.ZodString;
            data: z.ZodOptional<z.ZodUnknown>;
        }, z.core.$strip>>;
        verdict: z.ZodNullable<z.ZodObject<{
            valid: z.ZodBoolean;
            errors: z.ZodArray<z.ZodObject<{
                path: z.ZodString;
                message: z.ZodString;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
        durationMs: z.ZodNumber;
    }, z.core.$strip>;
    outcome: z.ZodUnion<readonly [z.ZodObject<{
        preview: z.ZodOptional<z.ZodUnknown>;
        requestSeq: z.ZodOptional<z.ZodNumber>;
        responseSeq: z.ZodOptional<z.ZodNumber>;
        resultInRecord: z.ZodOptional<z.ZodLiteral<true>>;
        result: z.ZodOptional<z.ZodUnknown>;
        error: z.ZodOptional<z.ZodObject<{
            code: z.ZodNumber;
            message: z.ZodString;
            data: z.ZodOptional<z.ZodUnknown>;
        }, z.core.$strip>>;
        verdict: z.ZodNullable<z.ZodObject<{
            valid: z.ZodBoolean;
            errors: z.ZodArray<z.ZodObject<{
                path: z.ZodString;
                message: z.ZodString;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
        durationMs: z.ZodNumber;
    }, z.core.$strip>, z.ZodObject<{
        requestSeq: z.ZodOptional<z.ZodNumber>;
        responseSeq: z.ZodOptional<z.ZodNumber>;
        resultInRecord: z.ZodOptional<z.ZodLiteral<true>>;
        result: z.ZodOptional<z.ZodUnknown>;
        durationMs: z.ZodNumber;
    }, z.core.$strip>]>;
    cancel: z.ZodNull;
    replay: z.ZodObject<{
        target: z.ZodString;
        connected: z.ZodBoolean;
        connectError: z.ZodOptional<z.ZodString>;
        items: z.ZodArray<z.ZodObject<{
            recordedSeq: z.ZodNumber;
            method: z.ZodString;
            params: z.ZodOptional<z.ZodUnknown>;
            status: z.ZodEnum<{
                sent: "sent";
                changed: "changed";
                cancelled: "cancelled";
                same: "same";
                "new-error": "new-error";
                "fixed-error": "fixed-error";
                "no-response": "no-response";
            }>;
            recorded: z.ZodOptional<z.ZodUnknown>;
            replayed: z.ZodOptional<z.ZodUnknown>;
            diff: z.ZodArray<z.ZodObject<{
                path: z.ZodString;
                op: z.ZodEnum<{
                    added: "added";
                    removed: "removed";
                    changed: "changed";
                }>;
                before: z.ZodOptional<z.ZodUnknown>;
                after: z.ZodOptional<z.ZodUnknown>;
            }, z.core.$strip>>;
            note: z.ZodOptional<z.ZodString>;
            mapped: z.ZodOptional<z.ZodArray<z.ZodObject<{
                from: z.ZodString;
                to: z.ZodString;
            }, z.core.$strip>>>;
            masked: z.ZodOptional<z.ZodArray<z.ZodString>>;
            volatile: z.ZodOptional<z.ZodArray<z.ZodString>>;
            compatible: z.ZodOptional<z.ZodArray<z.ZodObject<{
                path: z.ZodString;
                message: z.ZodString;
            }, z.core.$strip>>>;
            latency: z.ZodOptional<z.ZodObject<{
                recordedMs: z.ZodNumber;
                ms: z.ZodNumber;
                limitMs: z.ZodNumber;
            }, z.core.$strip>>;
            replayedRequestSeq: z.ZodOptional<z.ZodNumber>;
            replayedResponseSeq: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>>;
        coverage: z.ZodOptional<z.ZodArray<z.ZodObject<{
            tool: z.ZodString;
            why: z.ZodString;
        }, z.core.$strip>>>;
        summary: z.ZodObject<{
            same: z.ZodNumber;
            changed: z.ZodNumber;
            newError: z.ZodNumber;
            fixedError: z.ZodNumber;
            noResponse: z.ZodNumber;
            sent: z.ZodNumber;
            cancelled: z.ZodDefault<z.ZodNumber>;
            compatible: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>;
    }, z.core.$strip>;
    "set-answers": z.ZodObject<{
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
    "forget-authorization": z.ZodObject<{
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
    "subscribe-resource": z.ZodObject<{
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
    }, z.core.$strip>;
    "unsubscribe-resource": z.ZodNullable<z.ZodObject<{
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
    answer: z.ZodNull;
    "app-message": z.ZodObject<{
        seq: z.ZodNumber;
    }, z.core.$strip>;
    "app-source-map": z.ZodObject<{
        frames: z.ZodArray<z.ZodObject<{
            url: z.ZodString;
            line: z.ZodNumber;
            column: z.ZodNumber;
            original: z.ZodOptional<z.ZodObject<{
                source: z.ZodString;
                line: z.ZodNumber;
                column: z.ZodNumber;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
        notes: z.ZodArray<z.ZodString>;
    }, z.core.$strip>;
};
/** What a command of this type replies with. */
export type ReplyOf<K extends CommandType> = z.infer<(typeof ReplySchemas)[K]>;
/** Check a reply against its command's schema: the parsed reply, or in words why it does not fit. */
export declare function parseReply<K extends CommandType>(type: K, value: unknown): {
    ok: true;
    reply: ReplyOf<K>;
} | {
    ok: false;
    message: string;
};
