import type { JSONRPCMessage } from "@modelcontextprotocol/client";
/**
 * auto's `initialize` over Streamable HTTP, with the 2026-07-28 `_meta` envelope added: the
 * version it offers (the 2025 one, so the header the SDK derives from it is MCP-Protocol-Version:
 * 2025-11-25, with Mcp-Method: initialize), who the client is and what it offers. A 2025 server
 * ignores `_meta` keys it does not know and does not check the version header on initialize (both
 * SDKs' transports skip it there); a 2026-07-28 server gets a request it can judge and refuse with
 * -32022 naming what it speaks, instead of a bare 400 "Missing MCP-Protocol-Version header"
 * (SEP-2575: every POST carries the header and the envelope). The request stays the 2025 one:
 * same method, same params, nothing a 2025 server answers differently.
 */
export declare function withInitializeEnvelope(message: JSONRPCMessage, client: {
    info: {
        name: string;
        version: string;
    };
    capabilities: Record<string, unknown>;
}): JSONRPCMessage;
