import { type AuthEvent, type AuthStep } from "../../lib/auth/steps";
/**
 * The origins the flow may send to, and who named each: the MCP server's own, then the
 * authorization servers its metadata lists, then the endpoints their metadata names. Anything
 * else is refused before a byte leaves (nothing goes to a host the person did not see).
 */
export declare class AllowedOrigins {
    private readonly named;
    constructor(serverUrl: URL);
    allow(url: string, by: string): void;
    has(url: string): boolean;
    /** Throw, naming the step, unless the URL's origin was named by someone the flow trusts. */
    check(url: string, step: AuthStep): void;
}
/**
 * Without a person, the endpoints the flow POSTs to (token, registration) must be on one of
 * `within`'s origins (the MCP server's, the authorization server's, and the ones the person
 * allowed): metadata naming `http://127.0.0.1:7599/internal-admin/create-user` would otherwise get
 * a POST there and its answer shown (SSRF, issue 38 item 4). Throws with a problem event.
 */
export declare function confineEndpoints(ctx: {
    report(event: AuthEvent): void;
}, meta: {
    token_endpoint?: string;
    registration_endpoint?: string;
}, within: readonly string[]): void;
/** True for http(s) URLs on the local machine (a callback the inspector itself can answer). */
export declare function isLoopbackUrl(url: string): boolean;
