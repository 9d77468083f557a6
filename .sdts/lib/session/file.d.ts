import * as z from "zod";
import { type Entry } from "../record/format";
import { type OfferedCapabilities, type Target } from "../target/target";
/**
 * A session file (.mcp-session.json) and the payload of a share link: the record plus what is
 * needed to show it and to reproduce it. Documented in docs/session-format.md.
 */
export declare const SESSION_FORMAT: "mcp-inspector-session";
export declare const SESSION_FORMAT_VERSION: 1;
/**
 * The target as shared: never env or header values, only their names. Reproducing asks the
 * person for the values (their own, on their machine).
 */
export declare const SharedTargetSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
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
export type SharedTarget = z.infer<typeof SharedTargetSchema>;
/** An answer the person gave to a server->client request, in the order they were given. */
export declare const RecordedAnswerSchema: z.ZodObject<{
    requestSeq: z.ZodNumber;
    method: z.ZodString;
    result: z.ZodOptional<z.ZodUnknown>;
    error: z.ZodOptional<z.ZodObject<{
        code: z.ZodNumber;
        message: z.ZodString;
        data: z.ZodOptional<z.ZodUnknown>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type RecordedAnswer = z.infer<typeof RecordedAnswerSchema>;
/** What was taken out before sharing, so a reader knows the gaps are deliberate. */
export declare const RedactionNoteSchema: z.ZodObject<{
    seq: z.ZodOptional<z.ZodNumber>;
    what: z.ZodString;
    count: z.ZodNumber;
}, z.core.$strip>;
export type RedactionNote = z.infer<typeof RedactionNoteSchema>;
export declare const SessionFileSchema: z.ZodObject<{
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
export type SessionFile = z.infer<typeof SessionFileSchema>;
/**
 * Strip a target down to what may be shared. With `recordedFrom` (the directory the recording was
 * made in), paths inside the server's directory are stored relative to it (issue 36 item 6: an
 * absolute /home/me/proj/dist/index.js made every CI checkout need --command): the command as
 * `./…`, arguments as `…`, and a working directory inside `recordedFrom` relative to it (absent
 * when it is that directory). Replay resolves them against the directory it runs in.
 */
export declare function shareableTarget(t: Target, recordedFrom?: string): SharedTarget;
/** The answers the client gave to server requests, read off the record. */
/**
 * For each request a client sent again (an input_required round: `retryOf`), the seq of the first
 * request of those rounds: what a retry stands for in answers and in replay.
 */
export declare function firstRequestOf(entries: readonly Entry[]): Map<number, number>;
export declare function answersIn(entries: readonly Entry[]): RecordedAnswer[];
export interface SessionSource {
    inspectorVersion: string;
    /** The directory the recording was made in (the recorder's cwd): paths inside it are stored relative. */
    recordedFrom?: string;
    target: Target;
    capabilities: OfferedCapabilities;
    negotiated?: SessionFile["negotiated"];
    entries: Entry[];
}
/** Build a session file from what the backend holds (before redaction). */
export declare function buildSession(src: SessionSource, now?: Date): SessionFile;
/**
 * A session file's text, `JSON.stringify(session, null, 2)` and a line end, in pieces: its entries
 * one at a time, so that a long session is never one string (100,000 entries make tens of MiB).
 */
export declare function sessionText(session: SessionFile): Generator<string>;
/** Deeper JSON than this is refused: real MCP traffic stays far below it, and recursive readers stay safe. */
export declare const MAX_JSON_DEPTH = 512;
/** The most a session file may be: the bound of a share link's inflated text too. */
export declare const MAX_SESSION_FILE_BYTES: number;
/** Why a file of this size is refused before it is read, or undefined when it may be read. */
export declare function sessionFileSizeProblem(bytes: number): string | undefined;
/** How deep a parsed JSON value nests, counted without recursion; stops counting past `limit`. */
export declare function depthOf(value: unknown, limit?: number): number;
/** Parse a session file, or say in words why it is not one this inspector reads. */
export declare function parseSession(text: string): {
    ok: true;
    session: SessionFile;
} | {
    ok: false;
    message: string;
};
/** Client-originated frames to re-send on replay, in recorded order (the handshake is redone by connecting). */
export declare function replayableRequests(entries: readonly Entry[]): Array<{
    seq: number;
    method: string;
    params?: Record<string, unknown>;
    notification: boolean;
}>;
/** The entries of the most recent connection: from its last `connecting` lifecycle entry on. */
export declare function entriesOfLastConnection(entries: readonly Entry[]): Entry[];
