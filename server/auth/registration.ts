import { methodToRegister, type ClientCredentials } from "./client-auth";
import { AuthFlowError } from "./errors";
import { exchange, jsonObject, oauthError, type FlowContext } from "./http";
import { firstIssue, RegisteredClientSchema, type AuthServerMetadata } from "./metadata";
import { SPEC } from "../../lib/auth/steps";

export type RegistrationMethod = "pre-registered" | "client-id-metadata-document" | "dynamic";

export interface RegistrationOptions {
  clientId?: string;
  clientSecret?: string;
  clientMetadataUrl?: string;
  /** The caller's pick; otherwise the spec's order: pre-registered, CIMD, dynamic. */
  registration?: RegistrationMethod;
  clientName: string;
  redirectUri: string;
}

/** Which way to get a client id here, and why: the caller's pick, else the first that can work. */
export function chooseRegistration(opts: RegistrationOptions, meta: AuthServerMetadata): { method: RegistrationMethod; why: string } {
  if (opts.registration) return { method: opts.registration, why: "chosen by the person" };
  if (opts.clientId) return { method: "pre-registered", why: "a client id was given" };
  if (opts.clientMetadataUrl && meta.client_id_metadata_document_supported)
    return {
      method: "client-id-metadata-document",
      why: "a client metadata URL was given and the server supports them (client_id_metadata_document_supported)",
    };
  if (meta.registration_endpoint) {
    const why = opts.clientMetadataUrl
      ? "the server does not support Client ID Metadata Documents; it has a registration_endpoint"
      : "no client id or metadata URL was given; the server has a registration_endpoint";
    return { method: "dynamic", why };
  }
  const missing = opts.clientMetadataUrl
    ? "does not support Client ID Metadata Documents"
    : "supports neither Client ID Metadata Documents (none given) nor";
  throw new AuthFlowError(
    "registration",
    `the authorization server ${missing} dynamic registration (no registration_endpoint): give a client id (--client-id)`,
    SPEC.registration,
  );
}

/** A client for this authorization server, by the chosen method (only dynamic sends anything). */
export async function obtainClient(
  ctx: FlowContext,
  opts: RegistrationOptions,
  meta: AuthServerMetadata,
  scope: string | undefined,
): Promise<ClientCredentials> {
  const { method, why } = chooseRegistration(opts, meta);
  ctx.report({ type: "decision", step: "registration", chose: method, why, spec: SPEC.registration });
  if (method === "pre-registered") {
    if (!opts.clientId)
      throw new AuthFlowError("registration", "pre-registration was chosen but no client id was given", SPEC.registration);
    return { clientId: opts.clientId, clientSecret: opts.clientSecret };
  }
  if (method === "client-id-metadata-document") return cimdClient(ctx, opts, meta);
  return registerDynamically(ctx, opts, meta, scope);
}

function cimdClient(ctx: FlowContext, opts: RegistrationOptions, meta: AuthServerMetadata): ClientCredentials {
  const url = opts.clientMetadataUrl;
  if (!url)
    throw new AuthFlowError("registration", "Client ID Metadata Document was chosen but no client metadata URL was given", SPEC.cimd);
  const u = new URL(url);
  // The spec requires an https URL with a path: the authorization server fetches it.
  if (u.protocol !== "https:" || u.pathname === "/")
    throw new AuthFlowError("registration", `client metadata URL ${url} must be https with a path`, SPEC.cimd);
  if (!meta.client_id_metadata_document_supported)
    ctx.report({
      type: "problem",
      step: "registration",
      severity: "warning",
      message:
        "the server does not say it supports Client ID Metadata Documents (client_id_metadata_document_supported); using one as asked",
      spec: SPEC.cimd,
    });
  return { clientId: url, registeredMethod: "none" };
}

/** RFC 7591: POST the client's metadata to the registration endpoint. */
async function registerDynamically(
  ctx: FlowContext,
  opts: RegistrationOptions,
  meta: AuthServerMetadata,
  scope: string | undefined,
): Promise<ClientCredentials> {
  const endpoint = meta.registration_endpoint;
  if (!endpoint)
    throw new AuthFlowError("registration", "dynamic registration was chosen but the server has no registration_endpoint", SPEC.dcr);
  const method = methodToRegister(meta);
  const body = {
    client_name: opts.clientName,
    // SEP-837: an OpenID-flavoured server takes an omitted application_type as "web", which forbids
    // the loopback redirect this client always uses (RFC 8252 §7.3): so "native", said every time.
    application_type: "native",
    redirect_uris: [opts.redirectUri],
    grant_types: ["authorization_code", "refresh_token"],
    response_types: ["code"],
    token_endpoint_auth_method: method,
    ...(scope ? { scope } : {}),
  };
  const answer = await exchange(ctx, "registration", endpoint, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(body),
  });
  if (answer.status !== 200 && answer.status !== 201)
    throw new AuthFlowError("registration", `${endpoint} refused the registration: ${oauthError(answer)}`, SPEC.dcr);
  const parsed = RegisteredClientSchema.safeParse(jsonObject(answer, "registration", "the registration answer", SPEC.dcr));
  if (!parsed.success) throw new AuthFlowError("registration", `the registration answer: ${firstIssue(parsed.error)}`, SPEC.dcr);
  return {
    clientId: parsed.data.client_id,
    clientSecret: parsed.data.client_secret,
    registeredMethod: parsed.data.token_endpoint_auth_method ?? method,
  };
}
