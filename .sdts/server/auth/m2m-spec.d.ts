/**
 * Sections the grants without a person cite (lib/auth/steps' SPEC holds the authorization code
 * flow's). Machine to machine is an MCP extension (SEP-1046); cross-app access is SEP-990.
 */
export declare const M2M_SPEC: {
    readonly clientCredentials: "https://datatracker.ietf.org/doc/html/rfc6749#section-4.4";
    readonly sep1046: "https://github.com/modelcontextprotocol/ext-auth/blob/main/specification/draft/oauth-client-credentials.mdx";
    readonly jwtClientAuth: "https://datatracker.ietf.org/doc/html/rfc7523#section-3";
    readonly signingAlgs: "https://datatracker.ietf.org/doc/html/rfc7518#section-3.1";
    readonly tokenExchange: "https://datatracker.ietf.org/doc/html/rfc8693#section-2.1";
    readonly jwtBearerGrant: "https://datatracker.ietf.org/doc/html/rfc7523#section-2.1";
    readonly sep990: "https://github.com/modelcontextprotocol/ext-auth/blob/main/specification/draft/enterprise-oauth.mdx";
};
