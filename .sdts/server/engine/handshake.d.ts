import { Client, SdkError } from "@modelcontextprotocol/client";
import type { ProtocolEraChoice } from "../../lib/target/target";
import type { ProtocolEra } from "../../lib/session/state";
import type { TappedTransport } from "./tap";
/** The revision the modern era speaks (the only one after the 2025 line, so far). */
export declare const MODERN_PROTOCOL_VERSION = "2026-07-28";
export interface HandshakeOptions {
    choice: ProtocolEraChoice;
    clientInfo: {
        name: string;
        version: string;
    };
    /** What the client offers, in each era's form. */
    capabilities: {
        legacy: Record<string, unknown>;
        modern: Record<string, unknown>;
    };
    tapped: TappedTransport;
    timeoutMs: number;
    /** The body of the last HTTP error response the target sent, when there was one (a 400's JSON-RPC error). */
    lastHttpErrorBody(): string | undefined;
    /** The protocolVersion the server's initialize result named, when it answered one. */
    answeredVersion(): unknown;
    /** A line for the timeline: the engine switches eras (the modern handshake follows at once), and why. */
    note(text: string): void;
    /** The SDK client's own errors (its protocol layer's, and the transport's it chains in). */
    onProtocolError(err: Error): void;
}
export interface Handshake {
    client: Client;
    tapped: TappedTransport;
    era: ProtocolEra;
}
/** The target refused the handshake for its protocol version; `supported` is what it named, if anything. */
export declare class ProtocolVersionRefused extends Error {
    readonly supported: string[];
    constructor(message: string, supported: string[]);
}
/**
 * Open the MCP session in the chosen era. auto sends `initialize` exactly as a 2025 client does,
 * so a 2025 server sees nothing new; only an answer no 2025 server gives (see versionRefusal)
 * switches to `server/discover`, on the same transport.
 */
export declare function handshake(opts: HandshakeOptions): Promise<Handshake>;
/**
 * Why a failed `initialize` was a 2026-07-28 server refusing the 2025 handshake, if it was. Each
 * is an answer no 2025 server gives, so a 2025 server is never sent `server/discover`:
 * - the JSON-RPC error -32022 (over stdio, or in the body of an HTTP 400);
 * - an HTTP 400 carrying -32020, the 2026 header-mismatch code (the suite's stateless servers
 *   answer a 2025 initialize, which has no MCP-Protocol-Version header, with "Missing
 *   MCP-Protocol-Version header"), or a 400 whose body names 2026-07-28;
 * - -32601 for `initialize` itself: a server without initialize is no 2025 server;
 * - an initialize result naming 2026-07-28 (the SDK rejects it as a version it does not know).
 */
export declare function versionRefusal(err: unknown, httpBody: string | undefined, answered?: unknown): {
    why: string;
    supported: string[];
} | undefined;
/** True for the SDK's verdict that a pinned modern handshake found no 2026-07-28 server. */
export declare function isEraNegotiationFailure(err: unknown): err is SdkError;
