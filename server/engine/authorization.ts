import type { OAuthSession } from "../auth";
import { isAuthFlowError } from "../auth/errors";
import type { NewEntry } from "../../lib/record/format";
import type { ConnectSpec } from "../../lib/target/target";
import type { AuthorizationState, ConnectError } from "../../lib/session/state";

/** Where a flow without a person says it would come back to (nothing listens: the code is read from the redirect). */
const AUTO_REDIRECT = "http://127.0.0.1/oauth/callback";

/**
 * The engine's side of MCP authorization: one OAuth session per server and client settings,
 * kept across reconnects (a reconnect or a restart reuses the token), its steps recorded as
 * `auth` entries, its state (masked) in the session state. Tokens, the client secret and the
 * client's private key live here and nowhere else.
 */
export class Authorization {
  private current?: { key: string; session: OAuthSession };
  /** The inspector's own callback URL, for the page's logins (set by the backend once it listens). */
  callbackUrl?: string;

  constructor(private readonly hooks: { record(entry: NewEntry): void; changed(): void }) {}

  /**
   * The session for this connection, or undefined when it must not run a flow. The OAuth
   * machinery loads here, for the first connection that may run one (issue 49): never for stdio.
   */
  async sessionFor(spec: ConnectSpec): Promise<OAuthSession | undefined> {
    const t = spec.target;
    if (t.transport === "stdio") return undefined;
    const auth = spec.auth ?? { mode: "browser" as const };
    if (auth.mode === "off") return undefined;
    // The person's own Authorization header wins: the flow would only be overridden.
    if (Object.keys(t.headers).some((h) => h.toLowerCase() === "authorization")) return undefined;
    // Client credentials, cross-app access and workload identity: no person, no redirect.
    const m2m = auth.mode === "client-credentials" || auth.mode === "cross-app" || auth.mode === "workload";
    // Client credentials redirect nowhere; the session still wants a loopback URL it never uses.
    const redirectUri = m2m ? AUTO_REDIRECT : (auth.redirectUri ?? (auth.mode === "auto" ? AUTO_REDIRECT : this.callbackUrl));
    if (!redirectUri) return undefined;
    const key = JSON.stringify([
      t.url,
      auth.mode,
      auth.clientId,
      auth.clientSecret,
      auth.clientPrivateKey,
      auth.clientSigningAlg,
      auth.clientMetadataUrl,
      auth.scope,
      auth.registration,
      redirectUri,
      auth.accessToken,
      auth.idToken,
      auth.idpTokenEndpoint,
      auth.idpClientId,
      auth.idpClientSecret,
      auth.allowOrigins,
      auth.workloadTokenFile,
      auth.workloadToken,
      auth.dpop,
    ]);
    // Loaded before the key is compared: another connect may have made this session meanwhile.
    const { createOAuthSession } = await import("../auth/session");
    if (this.current?.key !== key) {
      this.current = {
        key,
        session: createOAuthSession({
          serverUrl: t.url,
          redirectUri,
          nonInteractive: auth.mode === "auto" || m2m,
          grant: auth.mode === "cross-app" || auth.mode === "workload" ? auth.mode : m2m ? "client_credentials" : "authorization_code",
          ...(auth.mode === "workload" ? { workload: { tokenFile: auth.workloadTokenFile, token: auth.workloadToken } } : {}),
          dpop: auth.dpop,
          ...(auth.mode === "cross-app" && auth.idToken && auth.idpTokenEndpoint
            ? {
                crossApp: {
                  idToken: auth.idToken,
                  idpTokenEndpoint: auth.idpTokenEndpoint,
                  idpClientId: auth.idpClientId,
                  idpClientSecret: auth.idpClientSecret,
                },
              }
            : {}),
          clientId: auth.clientId,
          clientSecret: auth.clientSecret,
          clientPrivateKey: auth.clientPrivateKey,
          clientSigningAlg: auth.clientSigningAlg,
          clientMetadataUrl: auth.clientMetadataUrl,
          registration: auth.registration,
          allowOrigins: auth.allowOrigins,
          scope: auth.scope,
          accessToken: auth.accessToken,
          clientName: "MCP inspector",
          onEvent: (auth) => {
            this.hooks.record({ kind: "auth", auth });
            this.hooks.changed();
          },
          onAuthorizationUrl: () => this.hooks.changed(),
        }),
      };
    }
    return this.current.session;
  }

  /** What the page and the CLI may know: masked. */
  state(): AuthorizationState | undefined {
    const s = this.current?.session.status();
    return (
      s && {
        authorized: s.authorized,
        token: s.token,
        scope: s.scope,
        expiresAt: s.expiresAt,
        clientId: s.clientId,
        hasRefreshToken: s.hasRefreshToken,
        pendingUrl: s.pendingUrl,
        tokenType: s.tokenType,
        dpopThumbprint: s.dpopThumbprint,
        issuer: s.issuer,
        issCheck: s.issCheck,
      }
    );
  }

  /** Headers that let a request below the SDK in (check's HTTP probes): the token held, if any. Never for the page. */
  probeHeaders(): Record<string, string> {
    const header = this.current?.session.authorizationHeader();
    return header ? { authorization: header } : {};
  }

  /** The redirect came back to the inspector's callback: finish the login it belongs to. */
  async finish(callbackUrl: string): Promise<void> {
    if (!this.current) throw new Error("no login is waiting for a callback");
    await this.current.session.finish(callbackUrl);
  }

  /** Drop the tokens (the registered client stays). */
  forget(): void {
    this.current?.session.forget();
    this.hooks.changed();
  }

  /** A failed connect explained as the authorization step that failed, or a login still waiting. */
  explain(err: unknown, session: OAuthSession | undefined, url: string): ConnectError | undefined {
    if (!session) return undefined;
    const failure = isAuthFlowError(err) ? err : session.lastFailure();
    if (failure)
      return {
        kind: "auth-required",
        httpStatus: 401,
        message: `HTTP 401 Unauthorized from ${url}: the server wants authorization; ${failure.message}`,
        stderrTail: [],
      };
    const pending = session.status().pendingUrl;
    if (pending)
      return {
        kind: "auth-required",
        message: `log in to the server first: open ${pending} (the connection is made when you are back)`,
        stderrTail: [],
      };
    return undefined;
  }
}
