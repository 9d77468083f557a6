import { authorizationUrl, checkAuthorizationEndpoint, followAuthorization, parseCallback } from "./authorization";
import { challengeOf, type Challenge } from "./challenge";
import type { ClientCredentials } from "./client-auth";
import { clientCredentialsToken, m2mClient } from "./client-credentials";
import { jwtBearerToken, requestIdJag } from "./cross-app";
import { AuthFlowError, StateMismatchError } from "./errors";
import { chooseScope, discover, type Discovered } from "./flow";
import { AllowedOrigins, isLoopbackUrl } from "./hosts";
import type { FlowContext } from "./http";
import { KnownSecrets } from "./known-secrets";
import { maskSecret } from "./mask";
import { createPkce, randomState } from "./pkce";
import type { OAuthSessionOptions, OAuthStatus } from "./options";
import { obtainClient } from "./registration";
import { M2M_SPEC } from "./m2m-spec";
import { SPEC, type AuthEvent } from "../../lib/auth/steps";
import { requestToken, type TokenSet } from "./token";

interface Pending {
  url: string;
  state: string;
  verifier: string;
  resolve(): void;
  reject(e: unknown): void;
}

/** Events kept for a late reader; older ones are counted, never dropped silently. */
const MAX_KEPT = 500;

/**
 * The client side of MCP authorization for one session: holds the client and tokens in memory
 * (never written anywhere), wraps the transport's fetch to add the token and answer 401 and
 * 403 insufficient_scope, and reports every step.
 */
export class OAuthSession {
  private readonly serverUrl: URL;
  private readonly ctx: FlowContext;
  private tokens?: TokenSet;
  private client?: ClientCredentials;
  private discovered?: Discovered;
  private pending?: Pending;
  private inflight?: Promise<void>;
  private refreshing?: Promise<void>;
  private stepUps = 0;
  private failure?: AuthFlowError;
  private readonly kept: AuthEvent[] = [];
  private droppedEvents = 0;
  /** Every secret this session has held, masked out of each event and error it lets out. */
  private readonly known = new KnownSecrets();

  constructor(private readonly opts: OAuthSessionOptions) {
    this.serverUrl = new URL(opts.serverUrl);
    if (!isLoopbackUrl(opts.redirectUri))
      throw new AuthFlowError(
        "authorization",
        `the callback URL ${opts.redirectUri} is not on this machine (loopback only)`,
        SPEC.redirect,
      );
    this.ctx = {
      fetch: opts.fetch ?? fetch,
      report: (e) => this.report(e),
      origins: new AllowedOrigins(this.serverUrl),
      timeoutMs: opts.timeoutMs ?? 15_000,
      protocolVersion: opts.protocolVersion ?? "2025-11-25",
    };
    if (opts.accessToken) this.tokens = { accessToken: opts.accessToken };
    this.known.add(opts.clientSecret, opts.accessToken, opts.clientPrivateKey, opts.crossApp?.idToken, opts.crossApp?.idpClientSecret);
  }

  /** The events so far (the last MAX_KEPT) and how many older ones were let go. */
  get steps(): { events: readonly AuthEvent[]; dropped: number } {
    return { events: this.kept, dropped: this.droppedEvents };
  }

  /**
   * The last failure of the flow, as thrown. The SSE transport's EventSource turns an error from
   * its fetch into a generic SSE error; the engine asks here to say which step failed (exit 3).
   */
  lastFailure(): AuthFlowError | undefined {
    return this.failure;
  }

  /**
   * The Authorization header for requests made below the SDK's transport (`check`'s raw HTTP
   * probes), while a token is held: they would otherwise be judged by their 401s.
   */
  authorizationHeader(): string | undefined {
    return this.tokens && `Bearer ${this.tokens.accessToken}`;
  }

  status(): OAuthStatus {
    const t = this.tokens;
    return {
      authorized: !!t,
      token: t && maskSecret(t.accessToken),
      scope: t?.scope,
      expiresAt: t?.expiresAt,
      clientId: this.client?.clientId,
      hasRefreshToken: !!t?.refreshToken,
      pendingUrl: this.pending?.url,
    };
  }

  private report(event: AuthEvent): void {
    const e = this.known.maskEvent(event);
    this.kept.push(e);
    if (this.kept.length > MAX_KEPT) {
      this.kept.shift();
      this.droppedEvents++;
    }
    this.opts.onEvent?.(e);
  }

  /**
   * Run the flow up to a token (one at a time: callers during a flow share it). Interactive, it
   * waits until finish() brings the code; without a person, it follows the redirects itself.
   */
  authorize(challenge?: Challenge): Promise<void> {
    this.inflight ??= this.run(challenge).finally(() => (this.inflight = undefined));
    return this.inflight;
  }

  private async run(challenge: Challenge | undefined): Promise<void> {
    try {
      if (this.opts.accessToken)
        throw new AuthFlowError(
          "challenge",
          `the server refused the token given (HTTP ${challenge?.status ?? 401}${challenge?.error ? `, ${challenge.error}` : ""}) and no flow runs with a given token`,
          SPEC.wwwAuthenticate,
        );
      const grant = this.opts.grant ?? "authorization_code";
      const d = (this.discovered ??= await discover(
        this.ctx,
        this.serverUrl,
        challenge,
        grant,
        this.opts.nonInteractive ? (this.opts.allowOrigins ?? []) : undefined,
      ));
      const scope = chooseScope(this.ctx, challenge, d.prm, this.opts.scope, grant);
      if (grant !== "authorization_code") return await this.withoutPerson(d, scope);
      checkAuthorizationEndpoint(this.ctx, d.meta);
      this.client ??= await obtainClient(this.ctx, { ...this.opts, clientName: this.opts.clientName ?? "MCP inspector" }, d.meta, scope);
      this.known.add(this.client.clientSecret);
      const pkce = createPkce();
      this.known.add(pkce.verifier);
      const state = randomState();
      const url = authorizationUrl(d.meta, {
        clientId: this.client.clientId,
        redirectUri: this.opts.redirectUri,
        state,
        challenge: pkce.challenge,
        scope,
        resource: d.resource,
      });
      this.report({
        type: "decision",
        step: "authorization",
        chose: url,
        why: this.opts.nonInteractive
          ? "following its redirects without a person"
          : "waiting for the person to log in and for the callback",
        spec: SPEC.pkce,
      });
      await new Promise<void>((resolve, reject) => {
        this.pending = { url, state, verifier: pkce.verifier, resolve, reject };
        // Without a person a wrong state will not be followed by a right one: any error ends the flow.
        // Without a person, redirects stay within the MCP server's and the authorization server's origins.
        if (this.opts.nonInteractive)
          followAuthorization(this.ctx, url, this.opts.redirectUri, [this.serverUrl.href, d.issuer, ...(this.opts.allowOrigins ?? [])])
            .then((callback) => this.finish(callback))
            .catch(reject);
        else this.opts.onAuthorizationUrl?.(url);
      });
    } catch (thrown) {
      const e = this.known.maskError(thrown);
      if (e instanceof AuthFlowError) this.failure = e;
      this.report({
        type: "outcome",
        step: e instanceof AuthFlowError ? e.step : "authorization",
        outcome: "failed",
        message: e instanceof Error ? e.message : String(e),
        ...(e instanceof AuthFlowError && e.spec ? { spec: e.spec } : {}),
      });
      throw e;
    } finally {
      this.pending = undefined;
    }
  }

  /**
   * The grants without a redirect: client credentials (the client's own credentials for a
   * token) and cross-app access (the IdP's ID-JAG as the grant, the client authenticated alike).
   */
  private async withoutPerson(d: Discovered, scope: string | undefined): Promise<void> {
    this.client ??= m2mClient(this.ctx, this.opts, d);
    const crossApp = this.opts.crossApp;
    if (this.opts.grant === "cross-app") {
      if (!crossApp)
        throw new AuthFlowError("authorization", "cross-app access needs the IdP's ID token and token endpoint", M2M_SPEC.sep990);
      const idJag = await requestIdJag(this.ctx, d, crossApp, scope);
      this.known.add(idJag);
      this.tokens = await jwtBearerToken(this.ctx, d, this.client, idJag, scope);
    } else this.tokens = await clientCredentialsToken(this.ctx, d, this.client, scope);
    this.known.add(this.tokens.accessToken, this.tokens.refreshToken);
    this.report({ type: "outcome", step: "token", outcome: "authorized", ...this.tokenFacts() });
  }

  /**
   * What the redirect brought (the callback URL, or its query). A wrong state is refused and the
   * flow keeps waiting for the right one; a right one exchanges the code for tokens.
   */
  async finish(callbackUrl: string): Promise<void> {
    const p = this.pending;
    if (!p) throw new AuthFlowError("callback", "no authorization is waiting for a callback");
    let code: string;
    try {
      code = parseCallback(callbackUrl, p.state, this.opts.redirectUri);
      this.known.add(code);
    } catch (thrown) {
      const e = this.known.maskError(thrown);
      if (e instanceof AuthFlowError)
        this.report({ type: "problem", step: "callback", severity: "error", message: e.detail, spec: e.spec ?? SPEC.state });
      // A refusal (access_denied) ends the flow; a wrong state does not: the real callback may follow.
      if (!(e instanceof StateMismatchError)) p.reject(e);
      throw e;
    }
    this.pending = undefined;
    this.report({
      type: "decision",
      step: "callback",
      chose: "the authorization code it carries",
      why: "its state is the one this flow sent",
      spec: SPEC.state,
    });
    try {
      const d = this.discovered!;
      this.tokens = await requestToken(
        this.ctx,
        "token",
        d.meta,
        this.client!,
        { grant_type: "authorization_code", code, code_verifier: p.verifier, redirect_uri: this.opts.redirectUri },
        d.resource,
      );
      this.known.add(this.tokens.accessToken, this.tokens.refreshToken);
      this.report({ type: "outcome", step: "token", outcome: "authorized", ...this.tokenFacts() });
      p.resolve();
    } catch (thrown) {
      const e = this.known.maskError(thrown);
      p.reject(e);
      throw e;
    }
  }

  /** Exchange the refresh token for new tokens (RFC 6749 §6); callers meanwhile share the one exchange. */
  refresh(): Promise<void> {
    this.refreshing ??= this.refreshOnce()
      .catch((e: unknown) => {
        throw this.known.maskError(e);
      })
      .finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async refreshOnce(): Promise<void> {
    const t = this.tokens;
    const d = this.discovered;
    if (!t?.refreshToken || !d || !this.client) throw new AuthFlowError("refresh", "no refresh token is held", SPEC.refresh);
    this.tokens = await requestToken(
      this.ctx,
      "refresh",
      d.meta,
      this.client,
      { grant_type: "refresh_token", refresh_token: t.refreshToken },
      d.resource,
    );
    this.known.add(this.tokens.accessToken, this.tokens.refreshToken);
    this.report({ type: "outcome", step: "refresh", outcome: "refreshed", ...this.tokenFacts() });
  }

  /** Drop the tokens (and a login in progress); the registered client stays for the next login. */
  forget(): void {
    this.tokens = undefined;
    this.failure = undefined;
    this.pending?.reject(new AuthFlowError("callback", "the tokens were forgotten while the login was waiting"));
    this.pending = undefined;
    this.report({ type: "outcome", step: "token", outcome: "forgotten" });
  }

  private tokenFacts() {
    const t = this.tokens!;
    return { token: maskSecret(t.accessToken), scope: t.scope, expiresAt: t.expiresAt };
  }

  private withToken(init: RequestInit | undefined): RequestInit | undefined {
    if (!this.tokens) return init;
    const headers = new Headers(init?.headers);
    headers.set("authorization", `Bearer ${this.tokens.accessToken}`);
    return { ...init, headers };
  }

  /**
   * Ahead of an expired token: refresh when a refresh token is held; without a person (client
   * credentials, cross-app: rarely given one) ask for a new token. A failure is left to the 401.
   */
  private async freshen(): Promise<void> {
    const t = this.tokens;
    if (!t || this.opts.accessToken || t.expiresAt === undefined || t.expiresAt > Date.now() + 5_000) return;
    if (t.refreshToken) await this.refresh().catch(() => undefined);
    else if (this.opts.grant && this.opts.grant !== "authorization_code") await this.authorize().catch(() => undefined);
  }

  /** After a 401: refresh if possible, else (or if that fails) authorize again. */
  private async recover(challenge: Challenge, sent: string | undefined): Promise<void> {
    // Another request already replaced the token this one carried: just send it again.
    if (this.tokens && this.tokens.accessToken !== sent) return;
    this.report({
      type: "decision",
      step: "challenge",
      chose: this.tokens?.refreshToken ? "refresh the token" : "authorize",
      why: `the server answered 401${challenge.error ? ` (${challenge.error})` : ""}${challenge.resourceMetadata ? `, resource_metadata=${challenge.resourceMetadata}` : ""}${challenge.scope ? `, scope=${challenge.scope}` : ""}`,
      spec: SPEC.wwwAuthenticate,
    });
    if (this.tokens?.refreshToken) {
      try {
        return await this.refresh();
      } catch (e) {
        this.report({
          type: "problem",
          step: "refresh",
          severity: "warning",
          message: `${e instanceof Error ? e.message : String(e)}; authorizing again`,
          spec: SPEC.refresh,
        });
      }
    }
    if (!this.opts.accessToken) this.tokens = undefined;
    await this.authorize(challenge);
  }

  /** After a 403 insufficient_scope: authorize again with the scope asked for, at most maxStepUps in a row. */
  private async stepUp(challenge: Challenge): Promise<void> {
    const max = this.opts.maxStepUps ?? 2;
    if (this.stepUps >= max) {
      const message = `the server still answers 403 insufficient_scope${challenge.scope ? ` (scope ${challenge.scope})` : ""} after ${max} step-ups: giving up`;
      this.report({ type: "problem", step: "step-up", severity: "error", message, spec: SPEC.stepUp });
      throw (this.failure = new AuthFlowError("step-up", message, SPEC.stepUp));
    }
    this.stepUps++;
    this.report({
      type: "decision",
      step: "step-up",
      chose: `authorize again${challenge.scope ? ` with scope ${challenge.scope}` : ""}`,
      why: `the server answered 403 insufficient_scope (step-up ${this.stepUps} of at most ${max})`,
      spec: SPEC.stepUp,
    });
    await this.authorize(challenge);
  }

  /**
   * A fetch for the MCP transport: adds the bearer token, and on 401 or 403 insufficient_scope
   * runs the flow and sends the request again. `base` is the fetch it wraps (the HTTP tap), so
   * the record shows the MCP server's 401 and the retried request as they were.
   */
  wrapFetch(base: typeof fetch): typeof fetch {
    return async (input, init) => {
      await this.freshen();
      let sent = this.tokens?.accessToken;
      let res = await base(input, this.withToken(init));
      let recovered = false;
      for (;;) {
        const challenge = challengeOf(res.status, res.headers);
        if (!challenge || (challenge.status === 403 && challenge.error !== "insufficient_scope")) {
          if (!challenge) this.stepUps = 0;
          return res;
        }
        await res.body?.cancel().catch(() => undefined);
        if (challenge.status === 401) {
          if (recovered)
            throw (this.failure = new AuthFlowError("challenge", "the server refused the new token too (401 again)", SPEC.wwwAuthenticate));
          recovered = true;
          await untilAborted(this.recover(challenge, sent), init?.signal);
        } else await untilAborted(this.stepUp(challenge), init?.signal);
        sent = this.tokens?.accessToken;
        res = await base(input, this.withToken(init));
      }
    };
  }
}

/**
 * The request's own abort (the SDK's timeout, a cancel) ends its wait for a login; the login
 * itself goes on for the requests that come after.
 */
function untilAborted(work: Promise<void>, signal: AbortSignal | null | undefined): Promise<void> {
  if (!signal) return work;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** Front door: one authorization session for one MCP server. */
export function createOAuthSession(opts: OAuthSessionOptions): OAuthSession {
  return new OAuthSession(opts);
}
