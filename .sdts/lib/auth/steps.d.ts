import * as z from "zod";
/**
 * What the OAuth client reports while it works, one event at a time, so the engine can record
 * each as an entry and the page can show the flow step by step: every HTTP exchange (secrets
 * masked, bodies bounded), every choice with its reason, every problem with the spec section
 * it breaks. Events are appended in order and never edited.
 */
/** The steps of MCP authorization, in the order a first connection meets them. */
export declare const AUTH_STEPS: readonly ["challenge", "resource-metadata", "authorization-server-metadata", "registration", "authorization", "callback", "token", "refresh", "step-up"];
export declare const AuthStepSchema: z.ZodEnum<{
    challenge: "challenge";
    "resource-metadata": "resource-metadata";
    "authorization-server-metadata": "authorization-server-metadata";
    registration: "registration";
    authorization: "authorization";
    callback: "callback";
    token: "token";
    refresh: "refresh";
    "step-up": "step-up";
}>;
export type AuthStep = z.infer<typeof AuthStepSchema>;
export declare const AuthRequestViewSchema: z.ZodObject<{
    method: z.ZodString;
    url: z.ZodString;
    headers: z.ZodRecord<z.ZodString, z.ZodString>;
    body: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export type AuthRequestView = z.infer<typeof AuthRequestViewSchema>;
export declare const AuthResponseViewSchema: z.ZodObject<{
    status: z.ZodNumber;
    headers: z.ZodRecord<z.ZodString, z.ZodString>;
    body: z.ZodString;
    truncated: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strip>;
export type AuthResponseView = z.infer<typeof AuthResponseViewSchema>;
/** One HTTP exchange of the flow. No `response` when none came (`error` says why). */
export declare const AuthExchangeSchema: z.ZodObject<{
    type: z.ZodLiteral<"exchange">;
    step: z.ZodEnum<{
        challenge: "challenge";
        "resource-metadata": "resource-metadata";
        "authorization-server-metadata": "authorization-server-metadata";
        registration: "registration";
        authorization: "authorization";
        callback: "callback";
        token: "token";
        refresh: "refresh";
        "step-up": "step-up";
    }>;
    request: z.ZodObject<{
        method: z.ZodString;
        url: z.ZodString;
        headers: z.ZodRecord<z.ZodString, z.ZodString>;
        body: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>;
    response: z.ZodOptional<z.ZodObject<{
        status: z.ZodNumber;
        headers: z.ZodRecord<z.ZodString, z.ZodString>;
        body: z.ZodString;
        truncated: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strip>>;
    error: z.ZodOptional<z.ZodString>;
    ms: z.ZodNumber;
}, z.core.$strip>;
export type AuthExchange = z.infer<typeof AuthExchangeSchema>;
/** What the client chose at a step and why (registration method, auth method, scope, URL...). */
export declare const AuthDecisionSchema: z.ZodObject<{
    type: z.ZodLiteral<"decision">;
    step: z.ZodEnum<{
        challenge: "challenge";
        "resource-metadata": "resource-metadata";
        "authorization-server-metadata": "authorization-server-metadata";
        registration: "registration";
        authorization: "authorization";
        callback: "callback";
        token: "token";
        refresh: "refresh";
        "step-up": "step-up";
    }>;
    chose: z.ZodString;
    why: z.ZodString;
    spec: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export type AuthDecision = z.infer<typeof AuthDecisionSchema>;
/** Something wrong at a step: an error ends the flow there, a warning is worked around. */
export declare const AuthProblemSchema: z.ZodObject<{
    type: z.ZodLiteral<"problem">;
    step: z.ZodEnum<{
        challenge: "challenge";
        "resource-metadata": "resource-metadata";
        "authorization-server-metadata": "authorization-server-metadata";
        registration: "registration";
        authorization: "authorization";
        callback: "callback";
        token: "token";
        refresh: "refresh";
        "step-up": "step-up";
    }>;
    severity: z.ZodEnum<{
        error: "error";
        warning: "warning";
    }>;
    message: z.ZodString;
    spec: z.ZodString;
}, z.core.$strip>;
export type AuthProblem = z.infer<typeof AuthProblemSchema>;
/** The flow's outcome at a step: a token held (masked), forgotten, or the flow given up. */
export declare const AuthOutcomeSchema: z.ZodObject<{
    type: z.ZodLiteral<"outcome">;
    step: z.ZodEnum<{
        challenge: "challenge";
        "resource-metadata": "resource-metadata";
        "authorization-server-metadata": "authorization-server-metadata";
        registration: "registration";
        authorization: "authorization";
        callback: "callback";
        token: "token";
        refresh: "refresh";
        "step-up": "step-up";
    }>;
    outcome: z.ZodEnum<{
        authorized: "authorized";
        refreshed: "refreshed";
        forgotten: "forgotten";
        failed: "failed";
    }>;
    token: z.ZodOptional<z.ZodString>;
    scope: z.ZodOptional<z.ZodString>;
    expiresAt: z.ZodOptional<z.ZodNumber>;
    message: z.ZodOptional<z.ZodString>;
    spec: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export type AuthOutcome = z.infer<typeof AuthOutcomeSchema>;
/** One event of the flow: version 1 of the format (`v`), a discriminated union on `type`. */
export declare const AuthEventSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
    type: z.ZodLiteral<"exchange">;
    step: z.ZodEnum<{
        challenge: "challenge";
        "resource-metadata": "resource-metadata";
        "authorization-server-metadata": "authorization-server-metadata";
        registration: "registration";
        authorization: "authorization";
        callback: "callback";
        token: "token";
        refresh: "refresh";
        "step-up": "step-up";
    }>;
    request: z.ZodObject<{
        method: z.ZodString;
        url: z.ZodString;
        headers: z.ZodRecord<z.ZodString, z.ZodString>;
        body: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>;
    response: z.ZodOptional<z.ZodObject<{
        status: z.ZodNumber;
        headers: z.ZodRecord<z.ZodString, z.ZodString>;
        body: z.ZodString;
        truncated: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strip>>;
    error: z.ZodOptional<z.ZodString>;
    ms: z.ZodNumber;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"decision">;
    step: z.ZodEnum<{
        challenge: "challenge";
        "resource-metadata": "resource-metadata";
        "authorization-server-metadata": "authorization-server-metadata";
        registration: "registration";
        authorization: "authorization";
        callback: "callback";
        token: "token";
        refresh: "refresh";
        "step-up": "step-up";
    }>;
    chose: z.ZodString;
    why: z.ZodString;
    spec: z.ZodOptional<z.ZodString>;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"problem">;
    step: z.ZodEnum<{
        challenge: "challenge";
        "resource-metadata": "resource-metadata";
        "authorization-server-metadata": "authorization-server-metadata";
        registration: "registration";
        authorization: "authorization";
        callback: "callback";
        token: "token";
        refresh: "refresh";
        "step-up": "step-up";
    }>;
    severity: z.ZodEnum<{
        error: "error";
        warning: "warning";
    }>;
    message: z.ZodString;
    spec: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"outcome">;
    step: z.ZodEnum<{
        challenge: "challenge";
        "resource-metadata": "resource-metadata";
        "authorization-server-metadata": "authorization-server-metadata";
        registration: "registration";
        authorization: "authorization";
        callback: "callback";
        token: "token";
        refresh: "refresh";
        "step-up": "step-up";
    }>;
    outcome: z.ZodEnum<{
        authorized: "authorized";
        refreshed: "refreshed";
        forgotten: "forgotten";
        failed: "failed";
    }>;
    token: z.ZodOptional<z.ZodString>;
    scope: z.ZodOptional<z.ZodString>;
    expiresAt: z.ZodOptional<z.ZodNumber>;
    message: z.ZodOptional<z.ZodString>;
    spec: z.ZodOptional<z.ZodString>;
}, z.core.$strip>], "type">;
export type AuthEvent = z.infer<typeof AuthEventSchema>;
export declare const AUTH_EVENT_VERSION = 1;
export declare const isAuthEvent: (x: unknown) => x is AuthEvent;
export declare const SPEC: {
    readonly discovery: "https://modelcontextprotocol.io/specification/2025-11-25/basic/authorization#authorization-server-discovery";
    readonly prm: "https://datatracker.ietf.org/doc/html/rfc9728#section-3";
    readonly prmResource: "https://datatracker.ietf.org/doc/html/rfc9728#section-3.3";
    readonly asMetadata: "https://datatracker.ietf.org/doc/html/rfc8414#section-3";
    readonly issuer: "https://datatracker.ietf.org/doc/html/rfc8414#section-3.3";
    readonly backCompat: "https://modelcontextprotocol.io/specification/2025-03-26/basic/authorization#2-3-3-fallbacks-for-servers-without-metadata-discovery";
    readonly registration: "https://modelcontextprotocol.io/specification/2025-11-25/basic/authorization#client-registration";
    readonly cimd: "https://modelcontextprotocol.io/specification/2025-11-25/basic/authorization#client-id-metadata-documents";
    readonly dcr: "https://datatracker.ietf.org/doc/html/rfc7591#section-3";
    readonly pkce: "https://modelcontextprotocol.io/specification/2025-11-25/basic/authorization#authorization-code-protection";
    readonly resource: "https://modelcontextprotocol.io/specification/2025-11-25/basic/authorization#resource-parameter-implementation";
    readonly audience: "https://datatracker.ietf.org/doc/html/rfc8707#section-2";
    readonly scope: "https://modelcontextprotocol.io/specification/2025-11-25/basic/authorization#scope-selection-strategy";
    readonly stepUp: "https://modelcontextprotocol.io/specification/2025-11-25/basic/authorization#step-up-authorization-flow";
    /** SEP-2350: re-authorization asks for the union of the scopes asked before and the challenged ones. */
    readonly scopeUnion: "https://github.com/modelcontextprotocol/modelcontextprotocol/pull/2350";
    readonly clientAuth: "https://datatracker.ietf.org/doc/html/rfc6749#section-2.3.1";
    readonly tokenResponse: "https://datatracker.ietf.org/doc/html/rfc6749#section-5.1";
    readonly tokenError: "https://datatracker.ietf.org/doc/html/rfc6749#section-5.2";
    readonly state: "https://datatracker.ietf.org/doc/html/rfc6749#section-10.12";
    readonly authError: "https://datatracker.ietf.org/doc/html/rfc6749#section-4.1.2.1";
    readonly refresh: "https://datatracker.ietf.org/doc/html/rfc6749#section-6";
    readonly redirect: "https://modelcontextprotocol.io/specification/2025-11-25/basic/authorization#communication-security";
    readonly wwwAuthenticate: "https://datatracker.ietf.org/doc/html/rfc6750#section-3";
    /** SEP-2468 adopts RFC 9207: the authorization response's `iss`, compared as a plain string. */
    readonly issResponse: "https://datatracker.ietf.org/doc/html/rfc9207#section-2.4";
    /** SEP-837: dynamic registration says application_type. */
    readonly applicationType: "https://github.com/modelcontextprotocol/modelcontextprotocol/pull/837";
    /** SEP-2352: a client registered with one authorization server is not a client of another. */
    readonly asMigration: "https://github.com/modelcontextprotocol/modelcontextprotocol/pull/2352";
    /** RFC 9449 (SEP-1932): DPoP proofs, at the token endpoint (§5), at the resource (§7), nonces (§8, §9). */
    readonly dpop: "https://datatracker.ietf.org/doc/html/rfc9449#section-4.2";
    readonly dpopToken: "https://datatracker.ietf.org/doc/html/rfc9449#section-5";
    readonly dpopResource: "https://datatracker.ietf.org/doc/html/rfc9449#section-7.1";
    readonly dpopAsNonce: "https://datatracker.ietf.org/doc/html/rfc9449#section-8";
    readonly dpopRsNonce: "https://datatracker.ietf.org/doc/html/rfc9449#section-9";
    /** SEP-1933: workload identity federation, a platform-issued JWT as an RFC 7523 grant. */
    readonly workload: "https://github.com/modelcontextprotocol/modelcontextprotocol/pull/1933";
};
