import * as z from "zod";
export declare const ServerCommandSchemas: readonly [z.ZodObject<{
    type: z.ZodLiteral<"servers-list">;
    id: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"server-connect">;
    key: z.ZodString;
    id: z.ZodString;
}, z.core.$strip>];
export declare const ConfiguredServerViewSchema: z.ZodObject<{
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
}, z.core.$strip>;
export type ConfiguredServerView = z.infer<typeof ConfiguredServerViewSchema>;
export declare const ServerListSchema: z.ZodObject<{
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
export type ServerList = z.infer<typeof ServerListSchema>;
export declare const ServerReplySchemas: {
    readonly "servers-list": z.ZodObject<{
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
    readonly "server-connect": z.ZodObject<{
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
};
