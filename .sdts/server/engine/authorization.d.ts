import type { OAuthSession } from "../auth";
import type { NewEntry } from "../../lib/record/format";
import type { ConnectSpec } from "../../lib/target/target";
import type { AuthorizationState, ConnectError } from "../../lib/session/state";
/**
 * The engine's side of MCP authorization: one OAuth session per server and client settings,
 * kept across reconnects (a reconnect or a restart reuses the token), its steps recorded as
 * `auth` entries, its state (masked) in the session state. Tokens, the client secret and the
 * client's private key live here and nowhere else.
 */
export declare class Authorization {
    private readonly hooks;
    private current?;
    /** The inspector's own callback URL, for the page's logins (set by the backend once it listens). */
    callbackUrl?: string;
    constructor(hooks: {
        record(entry: NewEntry): void;
        changed(): void;
    });
    /**
     * The session for this connection, or undefined when it must not run a flow. The OAuth
     * machinery loads here, for the first connection that may run one (issue 49): never for stdio.
     */
    sessionFor(spec: ConnectSpec): Promise<OAuthSession | undefined>;
    /** What the page and the CLI may know: masked. */
    state(): AuthorizationState | undefined;
    /** Headers that let a request below the SDK in (check's HTTP probes): the token held, if any. Never for the page. */
    probeHeaders(): Record<string, string>;
    /** The redirect came back to the inspector's callback: finish the login it belongs to. */
    finish(callbackUrl: string): Promise<void>;
    /** Drop the tokens (the registered client stays). */
    forget(): void;
    /** A failed connect explained as the authorization step that failed, or a login still waiting. */
    explain(err: unknown, session: OAuthSession | undefined, url: string): ConnectError | undefined;
}
