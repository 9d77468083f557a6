/**
 * The SDK's JSONRPCMessageSchema, checked against the one member a frame's keys name. The four
 * members are strict objects, so a frame with `method` can only be a request (with `id`) or a
 * notification, one with `result` only a result, one with `error` only an error: the same frames
 * pass and fail as with the union, which tries each member in turn (a response failed twice before
 * it was tried: bench figure 1 measures every received frame). A failure names what is wrong with
 * the member the frame meant to be.
 */
export declare function parseJsonRpcMessage(frame: unknown): import("zod").ZodSafeParseSuccess<{
    method: string;
    jsonrpc: "2.0";
    id: string | number;
    params?: {
        [x: string]: unknown;
        _meta?: {
            [x: string]: unknown;
            progressToken?: string | number | undefined;
            "io.modelcontextprotocol/related-task"?: {
                taskId: string;
            } | undefined;
        } | undefined;
    } | undefined;
} | {
    method: string;
    jsonrpc: "2.0";
    params?: {
        [x: string]: unknown;
        _meta?: {
            [x: string]: unknown;
            progressToken?: string | number | undefined;
            "io.modelcontextprotocol/related-task"?: {
                taskId: string;
            } | undefined;
        } | undefined;
    } | undefined;
} | {
    jsonrpc: "2.0";
    id: string | number;
    result: {
        [x: string]: unknown;
        _meta?: {
            [x: string]: unknown;
            "io.modelcontextprotocol/serverInfo"?: {
                version: string;
                name: string;
                websiteUrl?: string | undefined;
                description?: string | undefined;
                icons?: {
                    src: string;
                    mimeType?: string | undefined;
                    sizes?: string[] | undefined;
                    theme?: "light" | "dark" | undefined;
                }[] | undefined;
                title?: string | undefined;
            } | undefined;
        } | undefined;
    };
} | {
    jsonrpc: "2.0";
    error: {
        code: number;
        message: string;
        data?: unknown;
    };
    id?: string | number | undefined;
}> | import("zod").ZodSafeParseError<{
    method: string;
    jsonrpc: "2.0";
    id: string | number;
    params?: {
        [x: string]: unknown;
        _meta?: {
            [x: string]: unknown;
            progressToken?: string | number | undefined;
            "io.modelcontextprotocol/related-task"?: {
                taskId: string;
            } | undefined;
        } | undefined;
    } | undefined;
} | {
    method: string;
    jsonrpc: "2.0";
    params?: {
        [x: string]: unknown;
        _meta?: {
            [x: string]: unknown;
            progressToken?: string | number | undefined;
            "io.modelcontextprotocol/related-task"?: {
                taskId: string;
            } | undefined;
        } | undefined;
    } | undefined;
} | {
    jsonrpc: "2.0";
    id: string | number;
    result: {
        [x: string]: unknown;
        _meta?: {
            [x: string]: unknown;
            "io.modelcontextprotocol/serverInfo"?: {
                version: string;
                name: string;
                websiteUrl?: string | undefined;
                description?: string | undefined;
                icons?: {
                    src: string;
                    mimeType?: string | undefined;
                    sizes?: string[] | undefined;
                    theme?: "light" | "dark" | undefined;
                }[] | undefined;
                title?: string | undefined;
            } | undefined;
        } | undefined;
    };
} | {
    jsonrpc: "2.0";
    error: {
        code: number;
        message: string;
        data?: unknown;
    };
    id?: string | number | undefined;
}> | {
    success: true;
    data: {
        jsonrpc: "2.0";
        id: string | number;
        result: Record<string, unknown>;
    };
    error?: never;
};
