import { type Challenge } from "./challenge";
import { AuthFlowError } from "./errors";
import type { OAuthSessionOptions, OAuthStatus } from "./options";
import { type AuthEvent } from "../../lib/auth/steps";
/**
 * The client side of MCP authorization for one session: holds the client and tokens in memory
 * (never written anywhere), wraps the transport's fetch to add the token and answer 401 and
 * 403 insufficient_scope, and reports every step.
 */
export declare class OAuthSession {
    private readonly opts;
    private readonly serverUrl;
    private readonly ctx;
    private tokens?;
    private client?;
    /** The authorization server the client belongs to (SEP-2352: not sent to another). */
    private clientIssuer?;
    private discovered?;
    /** This session's DPoP key, made when a token is first asked for with DPoP (RFC 9449). */
    private dpopKey?;
    /** What the last callback's `iss` check found, for the page. */
    private issCheck?;
    /** The scope the last authorization asked for: a step-up adds to it (SEP-2350). */
    private askedScope?;
    /** The challenge that started the login waiting for its callback (its scheme says whether DPoP was asked for). */
    private pendingChallenge?;
    private pending?;
    private inflight?;
    private refreshing?;
    private stepUps;
    private failure?;
    private readonly kept;
    private droppedEvents;
    /** Every secret this session has held, masked out of each event and error it lets out. */
    private readonly known;
    constructor(opts: OAuthSessionOptions);
    /** The events so far (the last MAX_KEPT) and how many older ones were let go. */
    get steps(): {
        events: readonly AuthEvent[];
        dropped: number;
    };
    /**
     * The last failure of the flow, as thrown. The SSE transport's EventSource turns an error from
     * its fetch into a generic SSE error; the engine asks here to say which step failed (exit 3).
     */
    lastFailure(): AuthFlowError | undefined;
    /**
     * The Authorization header for requests made below the SDK's transport (`check`'s raw HTTP
     * probes), while a token is held: they would otherwise be judged by their 401s.
     */
    authorizationHeader(): string | undefined;
    status(): OAuthStatus;
    private report;
    /**
     * Run the flow up to a token (one at a time: callers during a flow share it). Interactive, it
     * waits until finish() brings the code; without a person, it follows the redirects itself.
     */
    authorize(challenge?: Challenge): Promise<void>;
    private run;
    /**
     * The grants without a redirect: client credentials (the client's own credentials for a
     * token) and cross-app access (the IdP's ID-JAG as the grant, the client authenticated alike).
     */
    private withoutPerson;
    /**
     * What the redirect brought (the callback URL, or its query). A wrong state is refused and the
     * flow keeps waiting for the right one; a right one exchanges the code for tokens.
     */
    finish(callbackUrl: string): Promise<void>;
    /** Exchange the refresh token for new tokens (RFC 6749 §6); callers meanwhile share the one exchange. */
    refresh(): Promise<void>;
    private refreshOnce;
    /** Drop the tokens (and a login in progress); the registered client stays for the next login. */
    forget(): void;
    private tokenFacts;
    /** The request with the token: Bearer, or DPoP with a fresh proof for this method and URL (RFC 9449 §7.1). */
    private withToken;
    /**
     * Whether this token request goes with a DPoP proof: --dpop on always, off never; auto when the
     * resource asks for bound tokens (its challenge's DPoP scheme, dpop_bound_access_tokens_required)
     * or the authorization server offers ES256 proofs. The key is made once per session.
     */
    private dpopFor;
    /**
     * SEP-2352: when the resource now names another authorization server, a client registered at
     * the old one is not presented to the new one: registered again. A client given by the person
     * (--client-id, a metadata document URL) is theirs to give, so kept, with a warning for an id.
     */
    private leaveOtherIssuersClient;
    /**
     * Ahead of an expired token: refresh when a refresh token is held; without a person (client
     * credentials, cross-app: rarely given one) ask for a new token. A failure is left to the 401.
     */
    private freshen;
    /** After a 401: refresh if possible, else (or if that fails) authorize again. */
    private recover;
    /** After a 403 insufficient_scope: authorize again with the scope asked for, at most maxStepUps in a row. */
    private stepUp;
    /**
     * For a client that makes its own HTTP requests (the tap's stdio to Streamable HTTP, which
     * streams bodies through node:http, not fetch): the Authorization header to send now, the
     * token refreshed first when it is about to expire. Bearer only (a DPoP proof is per request).
     */
    headerForRequest(): Promise<string | undefined>;
    /**
     * The same client, given a 401 or a 403 insufficient_scope for a request that carried
     * `sentHeader`: refresh or authorize again (or step up), as wrapFetch does; the caller sends
     * the request again once this resolves. Throws an AuthFlowError when that cannot be done.
     */
    answerChallenge(challenge: Challenge, sentHeader: string | undefined): Promise<void>;
    /**
     * A fetch for the MCP transport: adds the bearer token, and on 401 or 403 insufficient_scope
     * runs the flow and sends the request again. `base` is the fetch it wraps (the HTTP tap), so
     * the record shows the MCP server's 401 and the retried request as they were.
     */
    wrapFetch(base: typeof fetch): typeof fetch;
}
/** Front door: one authorization session for one MCP server. */
export declare function createOAuthSession(opts: OAuthSessionOptions): OAuthSession;
