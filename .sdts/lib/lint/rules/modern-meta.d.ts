import { type MessageCtx } from "../rule";
import { type JsonObject } from "../../json/shape";
export declare const META_KEY: {
    readonly protocolVersion: "io.modelcontextprotocol/protocolVersion";
    readonly clientInfo: "io.modelcontextprotocol/clientInfo";
    readonly clientCapabilities: "io.modelcontextprotocol/clientCapabilities";
    readonly serverInfo: "io.modelcontextprotocol/serverInfo";
};
/** The official tasks extension, whose `resultType: "task"` a client must have declared. */
export declare const TASKS_EXTENSION = "io.modelcontextprotocol/tasks";
/** A request's `params._meta` when it names a protocol version (the modern envelope); else undefined. */
export declare function envelopeOf(params: unknown): JsonObject | undefined;
/** The client capabilities a modern request declared in its envelope ({} when none). */
export declare function requestCapabilities(params: unknown): JsonObject;
/**
 * True when the response in `ctx` answers a request of the modern era: the request carried the
 * envelope, or (paired only by the record, params unknown) the connection is modern.
 */
export declare function answersModernRequest(ctx: MessageCtx): boolean;
/** Decode the Base64 sentinel (`=?base64?…?=`) of an Mcp-Name or Mcp-Param-* value; other values as they are. */
export declare function decodeHeaderValue(v: string): string;
