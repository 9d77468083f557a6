import * as z from "zod";
/** What to connect to. Env and header values are secrets: shown masked, shared by name only. */
export declare const StdioTargetSchema: z.ZodObject<{
    transport: z.ZodLiteral<"stdio">;
    command: z.ZodString;
    args: z.ZodDefault<z.ZodArray<z.ZodString>>;
    env: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
    cwd: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export type StdioTarget = z.infer<typeof StdioTargetSchema>;
export declare const UrlTargetSchema: z.ZodObject<{
    transport: z.ZodEnum<{
        http: "http";
        sse: "sse";
    }>;
    url: z.ZodURL;
    headers: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
}, z.core.$strip>;
export type UrlTarget = z.infer<typeof UrlTargetSchema>;
export declare const TargetSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
    transport: z.ZodLiteral<"stdio">;
    command: z.ZodString;
    args: z.ZodDefault<z.ZodArray<z.ZodString>>;
    env: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
    cwd: z.ZodOptional<z.ZodString>;
}, z.core.$strip>, z.ZodObject<{
    transport: z.ZodEnum<{
        http: "http";
        sse: "sse";
    }>;
    url: z.ZodURL;
    headers: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
}, z.core.$strip>], "transport">;
export type Target = z.infer<typeof TargetSchema>;
export type TargetInput = z.input<typeof TargetSchema>;
/**
 * Client capabilities the inspector offers at initialize; chosen before connecting. The defaults
 * are the page's: it can answer all of them (the engine follows tasks). The CLI and check offer
 * only what they can answer headless (server/headless/connect.ts capabilitiesFor).
 */
export declare const OfferedCapabilitiesSchema: z.ZodObject<{
    sampling: z.ZodDefault<z.ZodBoolean>;
    elicitationForm: z.ZodDefault<z.ZodBoolean>;
    elicitationUrl: z.ZodDefault<z.ZodBoolean>;
    roots: z.ZodDefault<z.ZodBoolean>;
    tasks: z.ZodDefault<z.ZodBoolean>;
    apps: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strip>;
export type OfferedCapabilities = z.infer<typeof OfferedCapabilitiesSchema>;
export declare const TimeoutsSchema: z.ZodObject<{
    initializeMs: z.ZodDefault<z.ZodNumber>;
    requestMs: z.ZodDefault<z.ZodNumber>;
    serverRequestMs: z.ZodDefault<z.ZodNumber>;
}, z.core.$strip>;
export type Timeouts = z.infer<typeof TimeoutsSchema>;
/**
 * MCP authorization for an HTTP target (docs/oauth.md). browser: a 401 starts the flow and a
 * person logs in at the URL the inspector shows; auto: no person, the authorization server's
 * redirects are followed (servers that approve by themselves: CI); off: a 401 is an error. A
 * target with its own Authorization header never runs the flow. Client secret and tokens stay in
 * the backend: never in a share, a session file or the page's storage.
 */
export declare const AuthSettingsSchema: z.ZodObject<{
    mode: z.ZodDefault<z.ZodEnum<{
        auto: "auto";
        browser: "browser";
        "client-credentials": "client-credentials";
        "cross-app": "cross-app";
        workload: "workload";
        off: "off";
    }>>;
    clientId: z.ZodOptional<z.ZodString>;
    clientSecret: z.ZodOptional<z.ZodString>;
    clientMetadataUrl: z.ZodOptional<z.ZodURL>;
    clientPrivateKey: z.ZodOptional<z.ZodString>;
    clientSigningAlg: z.ZodOptional<z.ZodString>;
    idToken: z.ZodOptional<z.ZodString>;
    idpTokenEndpoint: z.ZodOptional<z.ZodURL>;
    idpClientId: z.ZodOptional<z.ZodString>;
    idpClientSecret: z.ZodOptional<z.ZodString>;
    workloadTokenFile: z.ZodOptional<z.ZodString>;
    workloadToken: z.ZodOptional<z.ZodString>;
    dpop: z.ZodOptional<z.ZodEnum<{
        auto: "auto";
        off: "off";
        on: "on";
    }>>;
    redirectUri: z.ZodOptional<z.ZodURL>;
    scope: z.ZodOptional<z.ZodString>;
    accessToken: z.ZodOptional<z.ZodString>;
    registration: z.ZodOptional<z.ZodEnum<{
        "pre-registered": "pre-registered";
        "client-id-metadata-document": "client-id-metadata-document";
        dynamic: "dynamic";
    }>>;
    allowOrigins: z.ZodOptional<z.ZodArray<z.ZodURL>>;
}, z.core.$strip>;
export type AuthSettings = z.infer<typeof AuthSettingsSchema>;
/**
 * Which protocol era to speak (the official inspector's --protocol-era). auto: send `initialize`
 * exactly as a 2025 client does and switch to 2026-07-28 (`server/discover`) only when the server
 * refuses it for its protocol version; legacy: never switch; modern: start with `server/discover`.
 */
export declare const ProtocolEraChoiceSchema: z.ZodEnum<{
    auto: "auto";
    legacy: "legacy";
    modern: "modern";
}>;
export type ProtocolEraChoice = z.infer<typeof ProtocolEraChoiceSchema>;
export declare const ConnectSpecSchema: z.ZodObject<{
    target: z.ZodDiscriminatedUnion<[z.ZodObject<{
        transport: z.ZodLiteral<"stdio">;
        command: z.ZodString;
        args: z.ZodDefault<z.ZodArray<z.ZodString>>;
        env: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
        cwd: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>, z.ZodObject<{
        transport: z.ZodEnum<{
            http: "http";
            sse: "sse";
        }>;
        url: z.ZodURL;
        headers: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
    }, z.core.$strip>], "transport">;
    protocolEra: z.ZodDefault<z.ZodEnum<{
        auto: "auto";
        legacy: "legacy";
        modern: "modern";
    }>>;
    auth: z.ZodOptional<z.ZodObject<{
        mode: z.ZodDefault<z.ZodEnum<{
            auto: "auto";
            browser: "browser";
            "client-credentials": "client-credentials";
            "cross-app": "cross-app";
            workload: "workload";
            off: "off";
        }>>;
        clientId: z.ZodOptional<z.ZodString>;
        clientSecret: z.ZodOptional<z.ZodString>;
        clientMetadataUrl: z.ZodOptional<z.ZodURL>;
        clientPrivateKey: z.ZodOptional<z.ZodString>;
        clientSigningAlg: z.ZodOptional<z.ZodString>;
        idToken: z.ZodOptional<z.ZodString>;
        idpTokenEndpoint: z.ZodOptional<z.ZodURL>;
        idpClientId: z.ZodOptional<z.ZodString>;
        idpClientSecret: z.ZodOptional<z.ZodString>;
        workloadTokenFile: z.ZodOptional<z.ZodString>;
        workloadToken: z.ZodOptional<z.ZodString>;
        dpop: z.ZodOptional<z.ZodEnum<{
            auto: "auto";
            off: "off";
            on: "on";
        }>>;
        redirectUri: z.ZodOptional<z.ZodURL>;
        scope: z.ZodOptional<z.ZodString>;
        accessToken: z.ZodOptional<z.ZodString>;
        registration: z.ZodOptional<z.ZodEnum<{
            "pre-registered": "pre-registered";
            "client-id-metadata-document": "client-id-metadata-document";
            dynamic: "dynamic";
        }>>;
        allowOrigins: z.ZodOptional<z.ZodArray<z.ZodURL>>;
    }, z.core.$strip>>;
    capabilities: z.ZodDefault<z.ZodObject<{
        sampling: z.ZodDefault<z.ZodBoolean>;
        elicitationForm: z.ZodDefault<z.ZodBoolean>;
        elicitationUrl: z.ZodDefault<z.ZodBoolean>;
        roots: z.ZodDefault<z.ZodBoolean>;
        tasks: z.ZodDefault<z.ZodBoolean>;
        apps: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strip>>;
    timeouts: z.ZodDefault<z.ZodObject<{
        initializeMs: z.ZodDefault<z.ZodNumber>;
        requestMs: z.ZodDefault<z.ZodNumber>;
        serverRequestMs: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type ConnectSpec = z.infer<typeof ConnectSpecSchema>;
export type ConnectSpecInput = z.input<typeof ConnectSpecSchema>;
/** A one-line description of a target: the command line or the URL. */
export declare function describeTarget(t: Target): string;
/**
 * The same for the 2026-07-28 era, sent in every request's `_meta`: tasks left the core protocol
 * and became the `io.modelcontextprotocol/tasks` extension, offered under `extensions`.
 */
export declare function modernClientCapabilities(c: OfferedCapabilities): Record<string, unknown>;
/** The MCP Apps extension as a client offers it: the UI mime type it can render. */
export declare const APPS_EXTENSION = "io.modelcontextprotocol/ui";
export declare const APP_MIME_TYPE = "text/html;profile=mcp-app";
/** The JSON object sent as `capabilities` in initialize for a set of offered capabilities. */
export declare function clientCapabilitiesObject(c: OfferedCapabilities): Record<string, unknown>;
