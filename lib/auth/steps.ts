import * as z from "zod";

/**
 * What the OAuth client reports while it works, one event at a time, so the engine can record
 * each as an entry and the page can show the flow step by step: every HTTP exchange (secrets
 * masked, bodies bounded), every choice with its reason, every problem with the spec section
 * it breaks. Events are appended in order and never edited.
 */

/** The steps of MCP authorization, in the order a first connection meets them. */
export const AUTH_STEPS = [
  "challenge", // the MCP server's 401/403 and its WWW-Authenticate
  "resource-metadata", // RFC 9728 Protected Resource Metadata
  "authorization-server-metadata", // RFC 8414 / OpenID Connect Discovery
  "registration", // pre-registered, Client ID Metadata Document or RFC 7591
  "authorization", // the authorization URL (PKCE, state, resource) and, without a person, its redirects
  "callback", // the redirect back: code and state
  "token", // the authorization code exchanged
  "refresh", // a refresh token exchanged
  "step-up", // 403 insufficient_scope: authorize again with the scope asked for
] as const;
export const AuthStepSchema = z.enum(AUTH_STEPS);
export type AuthStep = z.infer<typeof AuthStepSchema>;

/** Headers as sent or received, names lower-cased, secrets masked. */
const HeadersViewSchema = z.record(z.string(), z.string());

export const AuthRequestViewSchema = z.object({
  method: z.string(),
  url: z.string(),
  headers: HeadersViewSchema,
  /** The body as sent, secrets masked, bounded. */
  body: z.string().optional(),
});
export type AuthRequestView = z.infer<typeof AuthRequestViewSchema>;

export const AuthResponseViewSchema = z.object({
  status: z.number().int(),
  headers: HeadersViewSchema,
  /** The body as received, secrets masked, bounded (`truncated` says when cut). */
  body: z.string(),
  truncated: z.boolean().optional(),
});
export type AuthResponseView = z.infer<typeof AuthResponseViewSchema>;

/** One HTTP exchange of the flow. No `response` when none came (`error` says why). */
export const AuthExchangeSchema = z.object({
  type: z.literal("exchange"),
  step: AuthStepSchema,
  request: AuthRequestViewSchema,
  response: AuthResponseViewSchema.optional(),
  error: z.string().optional(),
  ms: z.number().nonnegative(),
});
export type AuthExchange = z.infer<typeof AuthExchangeSchema>;

/** What the client chose at a step and why (registration method, auth method, scope, URL...). */
export const AuthDecisionSchema = z.object({
  type: z.literal("decision"),
  step: AuthStepSchema,
  chose: z.string(),
  why: z.string(),
  spec: z.string().url().optional(),
});
export type AuthDecision = z.infer<typeof AuthDecisionSchema>;

/** Something wrong at a step: an error ends the flow there, a warning is worked around. */
export const AuthProblemSchema = z.object({
  type: z.literal("problem"),
  step: AuthStepSchema,
  severity: z.enum(["error", "warning"]),
  message: z.string(),
  spec: z.string().url(),
});
export type AuthProblem = z.infer<typeof AuthProblemSchema>;

/** The flow's outcome at a step: a token held (masked), forgotten, or the flow given up. */
export const AuthOutcomeSchema = z.object({
  type: z.literal("outcome"),
  step: AuthStepSchema,
  outcome: z.enum(["authorized", "refreshed", "forgotten", "failed"]),
  /** The access token masked, its scope and expiry, when one is held. */
  token: z.string().optional(),
  scope: z.string().optional(),
  expiresAt: z.number().optional(),
  message: z.string().optional(),
  /** The spec section a failure breaks, when the step that failed knows it. */
  spec: z.string().url().optional(),
});
export type AuthOutcome = z.infer<typeof AuthOutcomeSchema>;

/** One event of the flow: version 1 of the format (`v`), a discriminated union on `type`. */
export const AuthEventSchema = z.discriminatedUnion("type", [AuthExchangeSchema, AuthDecisionSchema, AuthProblemSchema, AuthOutcomeSchema]);
export type AuthEvent = z.infer<typeof AuthEventSchema>;
export const AUTH_EVENT_VERSION = 1;

export const isAuthEvent = (x: unknown): x is AuthEvent => AuthEventSchema.safeParse(x).success;

/** Spec sections the flow cites (2025-11-25 unless named otherwise). */
const MCP = "https://modelcontextprotocol.io/specification/2025-11-25/basic/authorization";
export const SPEC = {
  discovery: `${MCP}#authorization-server-discovery`,
  prm: "https://datatracker.ietf.org/doc/html/rfc9728#section-3",
  prmResource: "https://datatracker.ietf.org/doc/html/rfc9728#section-3.3",
  asMetadata: "https://datatracker.ietf.org/doc/html/rfc8414#section-3",
  issuer: "https://datatracker.ietf.org/doc/html/rfc8414#section-3.3",
  backCompat:
    "https://modelcontextprotocol.io/specification/2025-03-26/basic/authorization#2-3-3-fallbacks-for-servers-without-metadata-discovery",
  registration: `${MCP}#client-registration`,
  cimd: `${MCP}#client-id-metadata-documents`,
  dcr: "https://datatracker.ietf.org/doc/html/rfc7591#section-3",
  pkce: `${MCP}#authorization-code-protection`,
  resource: `${MCP}#resource-parameter-implementation`,
  audience: "https://datatracker.ietf.org/doc/html/rfc8707#section-2",
  scope: `${MCP}#scope-selection-strategy`,
  stepUp: `${MCP}#step-up-authorization-flow`,
  /** SEP-2350: re-authorization asks for the union of the scopes asked before and the challenged ones. */
  scopeUnion: "https://github.com/modelcontextprotocol/modelcontextprotocol/pull/2350",
  clientAuth: "https://datatracker.ietf.org/doc/html/rfc6749#section-2.3.1",
  tokenResponse: "https://datatracker.ietf.org/doc/html/rfc6749#section-5.1",
  tokenError: "https://datatracker.ietf.org/doc/html/rfc6749#section-5.2",
  state: "https://datatracker.ietf.org/doc/html/rfc6749#section-10.12",
  authError: "https://datatracker.ietf.org/doc/html/rfc6749#section-4.1.2.1",
  refresh: "https://datatracker.ietf.org/doc/html/rfc6749#section-6",
  redirect: `${MCP}#communication-security`,
  wwwAuthenticate: "https://datatracker.ietf.org/doc/html/rfc6750#section-3",
  /** SEP-2468 adopts RFC 9207: the authorization response's `iss`, compared as a plain string. */
  issResponse: "https://datatracker.ietf.org/doc/html/rfc9207#section-2.4",
  /** SEP-837: dynamic registration says application_type. */
  applicationType: "https://github.com/modelcontextprotocol/modelcontextprotocol/pull/837",
  /** SEP-2352: a client registered with one authorization server is not a client of another. */
  asMigration: "https://github.com/modelcontextprotocol/modelcontextprotocol/pull/2352",
  /** RFC 9449 (SEP-1932): DPoP proofs, at the token endpoint (§5), at the resource (§7), nonces (§8, §9). */
  dpop: "https://datatracker.ietf.org/doc/html/rfc9449#section-4.2",
  dpopToken: "https://datatracker.ietf.org/doc/html/rfc9449#section-5",
  dpopResource: "https://datatracker.ietf.org/doc/html/rfc9449#section-7.1",
  dpopAsNonce: "https://datatracker.ietf.org/doc/html/rfc9449#section-8",
  dpopRsNonce: "https://datatracker.ietf.org/doc/html/rfc9449#section-9",
  /** SEP-1933: workload identity federation, a platform-issued JWT as an RFC 7523 grant. */
  workload: "https://github.com/modelcontextprotocol/modelcontextprotocol/pull/1933",
} as const;
