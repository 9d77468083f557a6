/**
 * The protocol's client->server request methods (the SDK's list), for completion in the raw
 * composer. v2's list leaves out the 2025-11-25 tasks methods (wire vocabulary it keeps schemas
 * for), which the composer still offers.
 */
export declare const REQUEST_METHODS: string[];
/** The protocol's client->server notification methods (the SDK's list, with 2025-11-25's task status). */
export declare const NOTIFICATION_METHODS: string[];
/**
 * The server->client requests a client answers: the engine holds them (for a person, a standing
 * answer or the harness) when the client offered the capability, and the page shows them.
 */
export declare const SERVER_REQUEST_METHODS: readonly ["sampling/createMessage", "elicitation/create", "roots/list"];
export type ServerRequestMethod = (typeof SERVER_REQUEST_METHODS)[number];
export declare function isServerRequestMethod(method: unknown): method is ServerRequestMethod;
/** JSON Schemas of known methods' params, for completion and hints (any other method is allowed too). */
export declare const PARAM_SCHEMAS: Record<string, object>;
/**
 * The schema of the composer's document, `{ "method": …, "params": … }`: the method completes
 * from the protocol's names (any string is still allowed), params from the chosen method's schema.
 */
export declare function composerSchema(kind: "request" | "notification"): object;
/** The composer's document parsed: method and params, or what is wrong in words. */
export declare function parseComposer(text: string): {
    ok: true;
    method: string;
    params?: Record<string, unknown>;
} | {
    ok: false;
    message: string;
};
