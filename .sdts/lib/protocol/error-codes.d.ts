/**
 * JSON-RPC error codes the inspector sends or reads itself, named once for the page and the
 * backend. The target's own errors pass through untouched; these are the ones whose meaning
 * the inspector decides.
 */
export declare const RpcErrorCode: {
    /** JSON-RPC: the method does not exist (a server that does not know a request). */
    readonly MethodNotFound: -32601;
    /** JSON-RPC: invalid params (an unknown task id, arguments that break a schema). */
    readonly InvalidParams: -32602;
    /** JSON-RPC: internal error (the backend's answer when it has nothing better: a replay with no recorded answer). */
    readonly InternalError: -32603;
    /**
     * MCP's RequestTimeout: the SDK's code when a request the inspector sent timed out, and the
     * backend's answer to a server->client request nobody answered in time ("no answer").
     */
    readonly RequestTimeout: -32001;
    /** 2026-07-28: the request's Mcp-* routing headers disagree with its body (or are missing). */
    readonly HeaderMismatch: -32020;
    /** 2026-07-28: the request needs a client capability the client did not declare in its `_meta`. */
    readonly MissingRequiredClientCapability: -32021;
    /** 2026-07-28: the protocol version the request names is not one the server speaks (`data.supported` lists those). */
    readonly UnsupportedProtocolVersion: -32022;
    /** A person rejected a server->client request in the page (the code the official inspector sends). */
    readonly Rejected: -1;
};
export type RpcErrorCodeName = keyof typeof RpcErrorCode;
