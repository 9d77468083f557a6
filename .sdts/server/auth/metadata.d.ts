import * as z from "zod";
/** RFC 9728 §2: what the flow reads of Protected Resource Metadata (the rest is kept, unread). */
export declare const ResourceMetadataSchema: z.ZodObject<{
    resource: z.ZodString;
    authorization_servers: z.ZodOptional<z.ZodArray<z.ZodString>>;
    scopes_supported: z.ZodOptional<z.ZodArray<z.ZodString>>;
    dpop_bound_access_tokens_required: z.ZodOptional<z.ZodBoolean>;
}, z.core.$loose>;
export type ResourceMetadata = z.infer<typeof ResourceMetadataSchema>;
/** RFC 8414 §2 / OpenID Discovery: what the flow reads of authorization server metadata. */
export declare const AuthServerMetadataSchema: z.ZodObject<{
    issuer: z.ZodOptional<z.ZodString>;
    authorization_endpoint: z.ZodOptional<z.ZodString>;
    token_endpoint_auth_signing_alg_values_supported: z.ZodOptional<z.ZodArray<z.ZodString>>;
    token_endpoint: z.ZodString;
    registration_endpoint: z.ZodOptional<z.ZodString>;
    scopes_supported: z.ZodOptional<z.ZodArray<z.ZodString>>;
    response_types_supported: z.ZodOptional<z.ZodArray<z.ZodString>>;
    grant_types_supported: z.ZodOptional<z.ZodArray<z.ZodString>>;
    token_endpoint_auth_methods_supported: z.ZodOptional<z.ZodArray<z.ZodString>>;
    code_challenge_methods_supported: z.ZodOptional<z.ZodArray<z.ZodString>>;
    client_id_metadata_document_supported: z.ZodOptional<z.ZodBoolean>;
    authorization_response_iss_parameter_supported: z.ZodOptional<z.ZodBoolean>;
    dpop_signing_alg_values_supported: z.ZodOptional<z.ZodArray<z.ZodString>>;
}, z.core.$loose>;
export type AuthServerMetadata = z.infer<typeof AuthServerMetadataSchema>;
/** RFC 7591 §3.2.1: the registered client. */
export declare const RegisteredClientSchema: z.ZodObject<{
    client_id: z.ZodString;
    client_secret: z.ZodOptional<z.ZodString>;
    client_secret_expires_at: z.ZodOptional<z.ZodNumber>;
    token_endpoint_auth_method: z.ZodOptional<z.ZodString>;
}, z.core.$loose>;
/** RFC 6749 §5.1: a token response. */
export declare const TokenResponseSchema: z.ZodObject<{
    access_token: z.ZodString;
    token_type: z.ZodString;
    expires_in: z.ZodOptional<z.ZodNumber>;
    refresh_token: z.ZodOptional<z.ZodString>;
    scope: z.ZodOptional<z.ZodString>;
}, z.core.$loose>;
export type TokenResponse = z.infer<typeof TokenResponseSchema>;
/** The first zod issue as words: "token_type: expected string, received undefined". */
export declare function firstIssue(error: z.ZodError): string;
