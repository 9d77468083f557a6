import * as z from "zod";
/** The two ends of an App's channel: the App (the frame) and the host (this inspector's page). */
export declare const AppDirectionSchema: z.ZodEnum<{
    "app->host": "app->host";
    "host->app": "host->app";
}>;
export type AppDirection = z.infer<typeof AppDirectionSchema>;
/**
 * One message between an App and the host, as the tapped postMessage transport saw it. `serverSeq`
 * links a message to the record entry of the request it made the inspector send to the server
 * (an App's tools/call or resources/read).
 */
export declare const AppMessageSchema: z.ZodObject<{
    n: z.ZodNumber;
    t: z.ZodNumber;
    dir: z.ZodEnum<{
        "app->host": "app->host";
        "host->app": "host->app";
    }>;
    message: z.ZodUnknown;
    serverSeq: z.ZodOptional<z.ZodNumber>;
}, z.core.$strip>;
export type AppMessage = z.infer<typeof AppMessageSchema>;
/** ChatGPT's own requests of a widget (window.openai's ChatGPT-only actions, lib/apps/openai-shim.ts): known, not MCP Apps'. */
export declare const OPENAI_APP_METHODS: ReadonlySet<string>;
/** The methods of the MCP Apps protocol (spec 2026-01-26) and the MCP ones an App may use through its host. */
export declare const KNOWN_APP_METHODS: ReadonlySet<string>;
/** The method of a request or notification; undefined for a response. */
export declare function methodOf(message: unknown): string | undefined;
/** The JSON-RPC id of a request or response; undefined for a notification. */
export declare function idOf(message: unknown): string | number | undefined;
/** The request a response answers: same id, sent the other way, earlier. */
export declare function requestOf(log: readonly AppMessage[], response: AppMessage): AppMessage | undefined;
/** A one-line summary: the method, or "result"/"error: …" for a response. */
export declare function summaryOf(message: unknown): string;
