import type { IncomingMessage } from "node:http";
import type { Writable } from "node:stream";
import { type Challenge } from "../auth/challenge";
import type { OAuthSessionOptions } from "../auth/options";
/** How the tap's stdio-to-HTTP side authorizes (`tap --server-url URL` without --listen or --bearer-env). */
export interface TapOAuth {
    /** The redirect listener's URL on loopback (its port is the one to register); default any free port. */
    callbackUrl?: string;
    /**
     * The authorization URL, for the person. The line on the host's log is always written; this
     * is what else happens (the command opens the browser, as the launcher does; a test follows it).
     */
    onAuthorizationUrl?(url: string): void;
    /** The flow's settings besides those (a fixed client id, a scope, the flow's own fetch). */
    session?: Partial<Omit<OAuthSessionOptions, "serverUrl" | "redirectUri" | "onAuthorizationUrl">>;
}
/**
 * The inspector's OAuth client (server/auth/session.ts) for one tap: made at the server's first
 * challenge, with its redirect listener on loopback; the tokens live in this object only, never
 * written anywhere, and never on the host's log (the flow's events are masked; only the
 * authorization URL is said).
 */
export declare class TapAuthorization {
    private readonly serverUrl;
    private readonly opts;
    private readonly log;
    private session?;
    private callback?;
    private starting?;
    /** A flow in progress: new requests wait for its token rather than fetch a 401 of their own. */
    private flow?;
    constructor(serverUrl: string, opts: TapOAuth, log: Writable);
    /** A 401, or a 403 insufficient_scope, that names its scheme in WWW-Authenticate: a challenge the flow can answer. */
    challengeOf(res: IncomingMessage): Challenge | undefined;
    /** The Authorization header for the next request (after any flow in progress; refreshed when about to expire). */
    header(): Promise<string | undefined>;
    /** Answer a challenge: refresh, authorize or step up. Resolves once a token is held; requests made meanwhile wait. */
    answer(challenge: Challenge, sentHeader: string | undefined): Promise<void>;
    close(): void;
    private start;
}
