import * as z from "zod";
import { joinShellWords } from "./shell-words";
import { PROTOCOL_ERA_CHOICES } from "./protocol-era";

/** What to connect to. Env and header values are secrets: shown masked, shared by name only. */
export const StdioTargetSchema = z.object({
  transport: z.literal("stdio"),
  command: z.string().min(1, "command is empty"),
  args: z.array(z.string()).default([]),
  env: z.record(z.string(), z.string()).default({}),
  cwd: z.string().optional(),
});
export type StdioTarget = z.infer<typeof StdioTargetSchema>;

export const UrlTargetSchema = z.object({
  /** "http" is Streamable HTTP; "sse" is the legacy HTTP+SSE transport. */
  transport: z.enum(["http", "sse"]),
  url: z.url({ protocol: /^https?$/, error: "url must be an http(s) URL" }),
  headers: z.record(z.string(), z.string()).default({}),
});
export type UrlTarget = z.infer<typeof UrlTargetSchema>;

export const TargetSchema = z.discriminatedUnion("transport", [StdioTargetSchema, UrlTargetSchema]);
export type Target = z.infer<typeof TargetSchema>;
export type TargetInput = z.input<typeof TargetSchema>;

/**
 * Client capabilities the inspector offers at initialize; chosen before connecting. The defaults
 * are the page's: it can answer all of them (the engine follows tasks). The CLI and check offer
 * only what they can answer headless (server/headless/connect.ts capabilitiesFor).
 */
export const OfferedCapabilitiesSchema = z.object({
  sampling: z.boolean().default(true),
  elicitationForm: z.boolean().default(true),
  elicitationUrl: z.boolean().default(true),
  roots: z.boolean().default(true),
  tasks: z.boolean().default(true),
  /** MCP Apps: the `io.modelcontextprotocol/ui` extension (the page renders App UIs). */
  apps: z.boolean().default(true),
});
export type OfferedCapabilities = z.infer<typeof OfferedCapabilitiesSchema>;

export const TimeoutsSchema = z.object({
  /** initialize must complete within this. */
  initializeMs: z.number().int().positive().default(10_000),
  /** Default timeout of a client request. */
  requestMs: z.number().int().positive().default(60_000),
  /** How long a server->client request (sampling, elicitation, roots) waits for an answer. */
  serverRequestMs: z.number().int().positive().default(300_000),
});
export type Timeouts = z.infer<typeof TimeoutsSchema>;

/**
 * MCP authorization for an HTTP target (docs/oauth.md). browser: a 401 starts the flow and a
 * person logs in at the URL the inspector shows; auto: no person, the authorization server's
 * redirects are followed (servers that approve by themselves: CI); off: a 401 is an error. A
 * target with its own Authorization header never runs the flow. Client secret and tokens stay in
 * the backend: never in a share, a session file or the page's storage.
 */
export const AuthSettingsSchema = z.object({
  /** client-credentials: machine to machine, no person (RFC 6749 4.4; a secret or a private_key_jwt assertion, RFC 7523). */
  mode: z.enum(["browser", "auto", "client-credentials", "cross-app", "workload", "off"]).default("browser"),
  clientId: z.string().min(1).optional(),
  clientSecret: z.string().min(1).optional(),
  clientMetadataUrl: z.url({ protocol: /^https?$/ }).optional(),
  /** client-credentials with private_key_jwt: the PEM private key (its text, read by the backend) and its JWS algorithm. */
  clientPrivateKey: z.string().min(1).optional(),
  clientSigningAlg: z.string().min(1).optional(),
  /**
   * cross-app (SEP-990, enterprise-managed authorization): the person's ID token from the
   * enterprise IdP (a secret: from the environment, held by the backend only), the IdP's token
   * endpoint for the token exchange, and how this client is known there.
   */
  idToken: z.string().min(1).optional(),
  idpTokenEndpoint: z.url({ protocol: /^https?$/ }).optional(),
  idpClientId: z.string().min(1).optional(),
  idpClientSecret: z.string().min(1).optional(),
  /**
   * workload (SEP-1933, workload identity): the platform's JWT for this workload as a jwt-bearer
   * grant, from a file the backend reads at each token request, or its text (from the environment).
   */
  workloadTokenFile: z.string().min(1).optional(),
  workloadToken: z.string().min(1).optional(),
  /** DPoP (RFC 9449): auto (when the servers ask for it or offer ES256; the default), on, off. */
  dpop: z.enum(["auto", "on", "off"]).optional(),
  /** Where the authorization server sends the person back; loopback only. Default: the inspector's own callback. */
  redirectUri: z.url({ protocol: /^https?$/ }).optional(),
  scope: z.string().min(1).optional(),
  /** A token from the environment: sent as is, no flow. */
  accessToken: z.string().min(1).optional(),
  registration: z.enum(["pre-registered", "client-id-metadata-document", "dynamic"]).optional(),
  /**
   * Without a person, the origins besides the authorization server's (and the MCP server's) that
   * its metadata may name for the token and registration endpoints (issue 38 item 4: SSRF).
   */
  allowOrigins: z.array(z.url({ protocol: /^https?$/ })).optional(),
});
export type AuthSettings = z.infer<typeof AuthSettingsSchema>;

/**
 * Which protocol era to speak (the official inspector's --protocol-era). auto: send `initialize`
 * exactly as a 2025 client does and switch to 2026-07-28 (`server/discover`) only when the server
 * refuses it for its protocol version; legacy: never switch; modern: start with `server/discover`.
 */
export const ProtocolEraChoiceSchema = z.enum(PROTOCOL_ERA_CHOICES);
export type ProtocolEraChoice = z.infer<typeof ProtocolEraChoiceSchema>;

export const ConnectSpecSchema = z.object({
  target: TargetSchema,
  protocolEra: ProtocolEraChoiceSchema.default("auto"),
  auth: AuthSettingsSchema.optional(),
  capabilities: OfferedCapabilitiesSchema.default(OfferedCapabilitiesSchema.parse({})),
  timeouts: TimeoutsSchema.default(TimeoutsSchema.parse({})),
});
export type ConnectSpec = z.infer<typeof ConnectSpecSchema>;
export type ConnectSpecInput = z.input<typeof ConnectSpecSchema>;

/** A one-line description of a target: the command line or the URL. */
export function describeTarget(t: Target): string {
  if (t.transport === "stdio") return joinShellWords([t.command, ...t.args]);
  return `${t.url} (${t.transport === "http" ? "Streamable HTTP" : "SSE"})`;
}

/**
 * The same for the 2026-07-28 era, sent in every request's `_meta`: tasks left the core protocol
 * and became the `io.modelcontextprotocol/tasks` extension, offered under `extensions`.
 */
export function modernClientCapabilities(c: OfferedCapabilities): Record<string, unknown> {
  const { tasks: _core, extensions, ...caps } = clientCapabilitiesObject(c);
  const all = { ...(extensions as Record<string, unknown> | undefined), ...(c.tasks ? { "io.modelcontextprotocol/tasks": {} } : {}) };
  return Object.keys(all).length ? { ...caps, extensions: all } : caps;
}

/** The MCP Apps extension as a client offers it: the UI mime type it can render. */
export const APPS_EXTENSION = "io.modelcontextprotocol/ui";
export const APP_MIME_TYPE = "text/html;profile=mcp-app";

/** The JSON object sent as `capabilities` in initialize for a set of offered capabilities. */
export function clientCapabilitiesObject(c: OfferedCapabilities): Record<string, unknown> {
  const caps: Record<string, unknown> = {};
  if (c.sampling) caps.sampling = {};
  if (c.elicitationForm || c.elicitationUrl) {
    caps.elicitation = {
      ...(c.elicitationForm ? { form: {} } : {}),
      ...(c.elicitationUrl ? { url: {} } : {}),
    };
  }
  if (c.roots) caps.roots = { listChanged: true };
  if (c.tasks) {
    caps.tasks = {
      list: {},
      cancel: {},
      requests: {
        ...(c.sampling ? { sampling: { createMessage: {} } } : {}),
        ...(c.elicitationForm || c.elicitationUrl ? { elicitation: { create: {} } } : {}),
      },
    };
  }
  if (c.apps) caps.extensions = { [APPS_EXTENSION]: { mimeTypes: [APP_MIME_TYPE] } };
  return caps;
}
