import type { IncomingMessage } from "node:http";
import type { Writable } from "node:stream";
import { startCallbackServer, type CallbackServer } from "../auth/callback-server";
import { challengeOf, type Challenge } from "../auth/challenge";
import { OAuthSession } from "../auth/session";
import type { OAuthSessionOptions } from "../auth/options";
import { visible } from "../../lib/text/visible";

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
export class TapAuthorization {
  private session?: OAuthSession;
  private callback?: CallbackServer;
  private starting?: Promise<OAuthSession>;
  /** A flow in progress: new requests wait for its token rather than fetch a 401 of their own. */
  private flow?: Promise<void>;

  constructor(
    private readonly serverUrl: string,
    private readonly opts: TapOAuth,
    private readonly log: Writable,
  ) {}

  /** A 401, or a 403 insufficient_scope, that names its scheme in WWW-Authenticate: a challenge the flow can answer. */
  challengeOf(res: IncomingMessage): Challenge | undefined {
    if (!res.headers["www-authenticate"]) return undefined;
    const c = challengeOf(res.statusCode ?? 0, new Headers({ "www-authenticate": String(res.headers["www-authenticate"]) }));
    if (!c || (c.status === 403 && c.error !== "insufficient_scope")) return undefined;
    return c;
  }

  /** The Authorization header for the next request (after any flow in progress; refreshed when about to expire). */
  async header(): Promise<string | undefined> {
    await this.flow?.catch(() => undefined);
    return this.session?.headerForRequest();
  }

  /** Answer a challenge: refresh, authorize or step up. Resolves once a token is held; requests made meanwhile wait. */
  answer(challenge: Challenge, sentHeader: string | undefined): Promise<void> {
    const run = (async () => (await this.start()).answerChallenge(challenge, sentHeader))();
    const flow = run.finally(() => {
      if (this.flow === flow) this.flow = undefined;
    });
    this.flow = flow;
    return flow;
  }

  close(): void {
    this.callback?.close();
  }

  private start(): Promise<OAuthSession> {
    this.starting ??= (async () => {
      // The listener comes first (its URL is the session's redirect URI); a callback finds the session made by then.
      this.callback = await startCallbackServer(this.opts.callbackUrl, async (query) => {
        if (!this.session) throw new Error("no login is waiting");
        return this.session.finish(query);
      });
      const session = new OAuthSession({
        clientName: "mcp-inspector-harness tap",
        // A DPoP proof is made per request by fetch (wrapFetch); the tap's requests carry a Bearer header.
        dpop: "off",
        ...this.opts.session,
        serverUrl: this.serverUrl,
        redirectUri: this.callback.url,
        onAuthorizationUrl: (url) => {
          this.log.write(`mcp-inspector-harness tap: ${this.serverUrl} wants you to log in: ${visible(url)}\n`);
          this.opts.onAuthorizationUrl?.(url);
        },
      });
      return (this.session = session);
    })();
    return this.starting;
  }
}
