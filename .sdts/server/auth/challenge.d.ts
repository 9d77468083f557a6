/** What a 401 or 403 from the MCP server asks for (RFC 6750 §3, RFC 9728 §5.1). */
export interface Challenge {
    status: number;
    /** `error` of the Bearer challenge: invalid_token, insufficient_scope... */
    error?: string;
    errorDescription?: string;
    /** Space-separated scopes the server says it needs. */
    scope?: string;
    /** Where the server's Protected Resource Metadata is (RFC 9728 §5.1). */
    resourceMetadata?: string;
    /** The scheme whose parameters these are: DPoP when the server challenges with it (RFC 9449 §7.1). */
    scheme: "Bearer" | "DPoP";
}
/**
 * The parameters of each auth scheme in a WWW-Authenticate value, by lower-cased scheme name
 * (`Basic realm=..., Bearer ..., DPoP ...`); quoted values may hold commas and `\"`.
 */
export declare function parseChallenges(header: string | null): Map<string, Record<string, string>>;
/** The Bearer challenge's parameters from a WWW-Authenticate value; other schemes are skipped. */
export declare function parseBearerChallenge(header: string | null): Record<string, string> | undefined;
/** The challenge a response carries, when it is a 401 or 403: the DPoP one when there is one, else Bearer's. */
export declare function challengeOf(status: number, headers: Headers): Challenge | undefined;
