import type { JSONRPCMessage, MessageExtraInfo, Transport, TransportSendOptions } from "@modelcontextprotocol/client";
export interface TapHooks {
    /** Called with every frame the SDK client sends, before it goes out (the engine records it). */
    outgoing(message: JSONRPCMessage): void;
    /** What the SDK client's frame becomes before it is recorded and sent (auto's initialize over HTTP gains the 2026 envelope). */
    amend?(message: JSONRPCMessage): JSONRPCMessage;
    /**
     * Whether the SDK client gets a frame the transport delivers. The engine decided on the frame
     * when it was recorded (it owns its own requests and the server's requests to the person);
     * this only reads that decision.
     */
    forSdk(message: JSONRPCMessage): boolean;
    /** False while the engine still decides the era: the SDK may not close the target then. */
    mayClose(): boolean;
    /** An error the transport reported, before the SDK client hears of it. */
    error(error: Error): void;
}
/**
 * The SDK client's view of the target's transport: every frame it sends is recorded first, and
 * what it receives is what the engine did not take. One inner transport can be handed from one
 * SDK client to the next (a 2025 handshake the server refused, then the 2026 one) without
 * starting or closing the target again.
 */
export declare class TappedTransport implements Transport {
    readonly inner: Transport;
    private readonly hooks;
    private readonly started;
    onclose?: () => void;
    onerror?: (error: Error) => void;
    onmessage?: (message: JSONRPCMessage, extra?: MessageExtraInfo) => void;
    private retired;
    constructor(inner: Transport, hooks: TapHooks, started?: boolean);
    /**
     * A handed-over view reports no session: the refused 2025 handshake may have left one (a server
     * that answered initialize with 2026-07-28 and an Mcp-Session-Id), and the SDK client skips its
     * `server/discover` on a transport that already has a session.
     */
    get sessionId(): string | undefined;
    get hasPerRequestStream(): boolean | undefined;
    setProtocolVersion(version: string): void;
    setSupportedProtocolVersions(versions: string[]): void;
    start(): Promise<void>;
    send(message: JSONRPCMessage, options?: TransportSendOptions): Promise<void>;
    close(): Promise<void>;
    /** A new view of the same started transport for the next SDK client; this one goes quiet. */
    handOver(): TappedTransport;
}
