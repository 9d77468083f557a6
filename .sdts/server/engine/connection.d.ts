import type { Client, JSONRPCMessage } from "@modelcontextprotocol/client";
import type { Entry, MessageEntry, NewEntry } from "../../lib/record/format";
import type { ConnectSpec } from "../../lib/target/target";
import type { ConnectError, PendingServerRequest, ProtocolEra } from "../../lib/session/state";
import type { StandingAnswers } from "../../lib/answers/schema";
import type { OAuthSession } from "../auth";
import type { Clock } from "./clock";
import { HeldRequests } from "./held-requests";
import { OutgoingRequests } from "./requests";
import { TappedTransport } from "./tap";
import { TaskFollower } from "./task-follower";
import { Subscriptions } from "./subscriptions";
import type { OpenedTransport, TransportFactory } from "./transports";
import type { ExitInfo } from "./stdio-transport";
import type { EarlyTarget } from "./spawn-target";
export interface ConnectionDeps {
    spec: ConnectSpec;
    generation: number;
    clock: Clock;
    transports: TransportFactory;
    clientInfo: {
        name: string;
        version: string;
    };
    /** What the client offers, in each era's form. */
    clientCapabilities: {
        legacy: Record<string, unknown>;
        modern: Record<string, unknown>;
    };
    oauth?: OAuthSession;
    /** With OpenTelemetry export on: the trace context each request the engine sends carries in `_meta`. */
    traceMeta?: () => Record<string, string>;
    append(entry: NewEntry): Entry;
    answers(): StandingAnswers;
    nextPendingId(): string;
    pendingChanged(pending: PendingServerRequest[]): void;
    spawned(pid: number): void;
    /** Something suggests the target is gone: a transport error, or a frame that could not be sent. */
    trouble(): void;
    /** A reconnect attempt: a failed handshake's transport errors are left to its connect-failed entry. */
    retrying?: boolean;
    /** A stdio target already started by the launcher (see spawn-target.ts). */
    early?: EarlyTarget;
}
/**
 * One connection to one target: its transport and the SDK client that opened the session, the
 * era it speaks, the engine's own requests, the server's requests held for the person, and the
 * tasks it follows. Every frame in either direction is recorded here before anything acts on it,
 * and paired here: the connection owns its frames' request/response pairing (by direction and
 * JSON-RPC id, server/record/pairing.ts), stamping a response's `pair` before it is recorded and
 * settling the engine's own requests by id. A new connection pairs afresh, so ids the next one
 * reuses pair with its own requests.
 */
export declare class Connection {
    private readonly deps;
    readonly spec: ConnectSpec;
    readonly generation: number;
    readonly opened: OpenedTransport;
    readonly held: HeldRequests;
    readonly requests: OutgoingRequests;
    readonly tasks: TaskFollower;
    readonly subscriptions: Subscriptions;
    readonly stderrTail: string[];
    /** The first few stdout lines that were not JSON-RPC, for a connect error that says what the server printed. */
    readonly stdoutNoise: string[];
    readonly tools: Map<string, {
        outputSchema?: object;
        headers: Array<{
            name: string;
            path: string[];
        }>;
        headerProblem?: string;
    }>;
    private tappedNow;
    private sdkClient?;
    private eraNow?;
    private version?;
    /** 2026-07-28: the log level the person chose, sent in each request's `_meta`. */
    private logLevel?;
    private closingNow;
    /** A liveness check is under way (one at a time). */
    private checking;
    private lostWhy?;
    /** True until the SDK client finished the handshake: until then it gets every frame. */
    private handshakingNow;
    private handshakeRequestEntry?;
    private handshakeResponseEntry?;
    private lastHttpError?;
    /** The server refused the 2025 handshake and the 2026-07-28 one is under way. */
    private switchedEra;
    private highestSdkId;
    private readonly fromTransport;
    /** This connection's requests in both directions, waiting for their answers. */
    private readonly pairing;
    /** Ids of server requests held here (for the person, or answered at once): the SDK client does not get them. */
    private readonly keptFromSdk;
    constructor(deps: ConnectionDeps);
    /** The SDK client's view of the transport (after an era switch, the one the second client got). */
    get tapped(): TappedTransport;
    /** The SDK client that opened the session, once the handshake succeeded. */
    get client(): Client | undefined;
    get era(): ProtocolEra | undefined;
    get protocolVersion(): string | undefined;
    /** True until the handshake ended (either way): until then the SDK client gets every frame. */
    get handshaking(): boolean;
    /** The engine closed (or gave up) this connection on purpose: its close is not a surprise. */
    get closing(): boolean;
    /** Why the engine gave this connection up for lost (the target stopped answering). */
    get lost(): string | undefined;
    /** The handshake's request as recorded (initialize, or server/discover), and its answer. */
    get handshakeRequest(): MessageEntry | undefined;
    get handshakeResponse(): MessageEntry | undefined;
    /** The body of the last HTTP error response the target sent, if any. */
    get lastHttpErrorBody(): string | undefined;
    /**
     * Open the MCP session in the spec's era (see handshake.ts); throws as the handshake does.
     * Either way the handshake is over when it returns: from then on the SDK client gets only the
     * server's requests nobody holds.
     */
    openSession(note: (text: string) => void): Promise<void>;
    /** Call `closed` when the transport closes, after the SDK client's own handler (it chained one). */
    onClose(closed: () => void): void;
    /** 2026-07-28: the log level sent in each request's `_meta` from now on. */
    setLogLevel(level: string): void;
    /**
     * Ask an HTTP target whether it is still there (one check at a time; a stdio target's exit
     * says so itself): why the connection is lost, or undefined.
     */
    checkAlive(): Promise<ConnectError | undefined>;
    /** The target stopped answering: the engine closes this connection and says why. */
    lose(why: string): void;
    /** Close on purpose: held requests and followed tasks end, the SDK client and the transport close. */
    close(): Promise<void>;
    /** Give up a connection whose handshake failed: its transport closes (a stdio target's group ends). */
    abandon(): Promise<void>;
    /** The SDK client's errors, recorded once: those the transport reported are already in. */
    protocolError(err: Error): void;
    private transportError;
    /** Record a frame the engine sends and write it; the entry is there before the write starts. */
    send(message: Record<string, unknown> | JSONRPCMessage, extra?: {
        retryOf?: number;
        requestSignal?: AbortSignal;
    }): {
        entry: MessageEntry;
        written: Promise<void>;
    };
    /** A notification, with the era's envelope. */
    notify(method: string, params?: Record<string, unknown>): Promise<void>;
    /** A modern tools/call's Mcp-Param-* headers, from the tool's inputSchema as last listed. */
    private paramHeaders;
    exitInfo(): ExitInfo | undefined;
    /**
     * The 2026-07-28 envelope every request and notification carries in `_meta`: the protocol
     * version, who the client is and what it offers (the era has no session to remember them).
     */
    private envelope;
    /**
     * Record a frame this side sends (the engine's, the SDK client's): a response gets its request's
     * `pair` before it is recorded; a request is opened for its answer once it is.
     */
    private recordOutgoing;
    /**
     * Record a frame of either direction: a response carries its request's `pair` (the request went
     * the other way) when it is written; a request is opened for its answer once it has its seq.
     */
    private recordPaired;
    /**
     * The one inbound path: everything the transport received (frames, stdout noise, HTTP events)
     * is recorded here exactly as received (a response with its request's `pair`), then decided on
     * once: a response settles its request, a notification reaches who follows it, a server request
     * is held for the person or left to the SDK client. What the SDK client is handed is only read
     * off that decision (forSdk), when the transport delivers the frame.
     */
    private received;
    /**
     * Whether the SDK client gets a frame the transport delivers, as decided when it was recorded:
     * during the handshake everything but what was held; after it, only the server's requests
     * nobody holds (the SDK answers ping, and -32601 to what it does not know). The engine took
     * responses and notifications when they were recorded.
     */
    private forSdk;
    private learnTools;
}
