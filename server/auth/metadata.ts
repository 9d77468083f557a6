import * as z from "zod";

/** RFC 9728 §2: what the flow reads of Protected Resource Metadata (the rest is kept, unread). */
export const ResourceMetadataSchema = z.looseObject({
  resource: z.string(),
  authorization_servers: z.array(z.string()).optional(),
  scopes_supported: z.array(z.string()).optional(),
  /** RFC 9449 §5.2 / RFC 9728 §2: the resource takes DPoP-bound tokens only. */
  dpop_bound_access_tokens_required: z.boolean().optional(),
});
export type ResourceMetadata = z.infer<typeof ResourceMetadataSchema>;

/** RFC 8414 §2 / OpenID Discovery: what the flow reads of authorization server metadata. */
export const AuthServerMetadataSchema = z.looseObject({
  issuer: z.string().optional(),
  /** RFC 8414 §2: required unless no grant the server offers uses it (a client-credentials-only server). */
  authorization_endpoint: z.string().optional(),
  token_endpoint_auth_signing_alg_values_supported: z.array(z.string()).optional(),
  token_endpoint: z.string(),
  registration_endpoint: z.string().optional(),
  scopes_supported: z.array(z.string()).optional(),
  response_types_supported: z.array(z.string()).optional(),
  grant_types_supported: z.array(z.string()).optional(),
  token_endpoint_auth_methods_supported: z.array(z.string()).optional(),
  code_challenge_methods_supported: z.array(z.string()).optional(),
  client_id_metadata_document_supported: z.boolean().optional(),
  /** RFC 9207 §3: the server puts `iss` in every authorization response. */
  authorization_response_iss_parameter_supported: z.boolean().optional(),
  /** RFC 9449 §5.1: the JWS algorithms the server accepts for DPoP proofs. */
  dpop_signing_alg_values_supported: z.array(z.string()).optional(),
});
export type AuthServerMetadata = z.infer<typeof AuthServerMetadataSchema>;

/** RFC 7591 §3.2.1: the registered client. */
export const RegisteredClientSchema = z.looseObject({
  client_id: z.string(),
  client_secret: z.string().optional(),
  client_secret_expires_at: z.number().optional(),
  token_endpoint_auth_method: z.string().optional(),
});

/** RFC 6749 §5.1: a token response. */
export const TokenResponseSchema = z.looseObject({
  access_token: z.string(),
  token_type: z.string(),
  expires_in: z.number().optional(),
  refresh_token: z.string().optional(),
  scope: z.string().optional(),
});
export type TokenResponse = z.infer<typeof TokenResponseSchema>;

/** The first zod issue as words: "token_type: expected string, received undefined". */
export function firstIssue(error: z.ZodError): string {
  const i = error.issues[0];
  return i ? `${i.path.join(".") || "body"}: ${i.message}` : "invalid";
}
