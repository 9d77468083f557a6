/** The name of a known error code; undefined for a server's own codes. */
export declare function rpcErrorName(code: unknown): string | undefined;
/** "-32021 (Missing required client capability)", or the bare code when it has no name. */
export declare function rpcErrorCodeText(code: unknown): string;
/** The JSON-RPC error of a message, when it is an error response. */
export declare function rpcErrorOf(message: unknown): {
    code?: unknown;
    message?: unknown;
} | undefined;
