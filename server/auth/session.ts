import { authorizationUrl, checkAuthorizationEndpoint, followAuthorization, parseCallback, type ExpectedIssuer } from "./authorization";
import { challengeOf, type Challenge } from "./challenge";
import { DpopKey } from "./dpop";
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
import { workloadToken } from "./workload";

interface Pending {
  url: string;
  state: string;
  verifier: string;
  /** The issuer the callback's `iss` must name (SEP-2468). */
  issuer: ExpectedIssuer;
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
  /** The authorization server the client belongs to (SEP-2352: not sent to another). */
  private clientIssuer?: string;
  private discovered?: Discovered;
  /** This session's DPoP key, made when a token is first asked for with DPoP (RFC 9449). */
  private dpopKey?: DpopKey;
  /** What the last callback's `iss` check found, for the page. */
  private issCheck?: string;
  /** The scope the last authorization asked for: a step-up adds to it (SEP-2350). */
  private askedScope?: string;
  /** The challenge that started the login waiting for its callback (its scheme says whether DPoP was asked for). */
  private pendingChallenge?: Challenge;
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
    if (opts.accessToken) this.tokens = { accessToken: opts.accessToken, tokenType: "Bearer" };
    this.known.add(
      opts.clientSecret,
      opts.accessToken,
      opts.clientPrivateKey,
      opts.crossApp?.idToken,
      opts.crossApp?.idpClientSecret,
      opts.workload?.token,
    );
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
    // A DPoP-bound token needs a proof for each request's method and URL: no header fits them all.
    return this.tokens?.tokenType === "Bearer" ? `Bearer ${this.tokens.accessToken}` : undefined;
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
      tokenType: t?.tokenType,
      dpopThumbprint: t?.tokenType === "DPoP" ? this.dpopKey?.thumbprint : undefined,
      issuer: this.discovered ? (this.discovered.meta.issuer ?? this.discovered.issuer) : undefined,
      issCheck: this.issCheck,
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
      this.leaveOtherIssuersClient(d);
      const scope = chooseScope(this.ctx, challenge, d.prm, this.opts.scope, grant, this.askedScope);
      this.askedScope = scope;
      if (grant !== "authorization_code") return await this.withoutPerson(d, scope, challenge);
      checkAuthorizationEndpoint(this.ctx, d.meta);
      this.client ??= await obtainClient(this.ctx, { ...this.opts, clientName: this.opts.clientName ?? "MCP inspector" }, d.meta, scope);
      this.clientIssuer = d.issuer;
      this.known.add(this.client.clientSecret);
      this.pendingChallenge = challenge;
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
        const issuer = { issuer: d.meta.issuer, required: d.meta.authorization_response_iss_parameter_supported === true };
        this.pending = { url, state, verifier: pkce.verifier, issuer, resolve, reject };
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
  private async withoutPerson(d: Discovered, scope: string | undefined, challenge: Challenge | undefined): Promise<void> {
    const dpop = this.dpopFor(d, challenge);
    if (this.opts.grant === "workload") {
      this.tokens = await workloadToken(
        this.ctx,
        d,
        { ...this.opts.workload, clientId: this.opts.clientId, clientSecret: this.opts.clientSecret },
        scope,
        dpop,
      );
      this.known.add(this.tokens.accessToken, this.tokens.refreshToken);
      this.report({ type: "outcome", step: "token", outcome: "authorized", ...this.tokenFacts() });
      return;
    }
    this.client ??= m2mClient(this.ctx, this.opts, d);
    this.clientIssuer = d.issuer;
    const crossApp = this.opts.crossApp;
    if (this.opts.grant === "cross-app") {
      if (!crossApp)
        throw new AuthFlowError("authorization", "cross-app access needs the IdP's ID token and token endpoint", M2M_SPEC.sep990);
      const idJag = await requestIdJag(this.ctx, d, crossApp, scope);
      this.known.add(idJag);
      this.tokens = await jwtBearerToken(this.ctx, d, this.client, idJag, scope, dpop);
    } else this.tokens = await clientCredentialsToken(this.ctx, d, this.client, scope, dpop);
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
      code = parseCallback(callbackUrl, p.state, this.opts.redirectUri, p.issuer);
      this.known.add(code);
      this.issCheck = issOutcome(callbackUrl, this.opts.redirectUri, p.issuer);
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
        this.dpopFor(d, this.pendingChallenge),
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
      // RFC 9449 §5: a refresh token issued with a proof is bound to the same key.
      t.tokenType === "DPoP" ? this.dpopKey : undefined,
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

  /** The request with the token: Bearer, or DPoP with a fresh proof for this method and URL (RFC 9449 §7.1). */
  private withToken(input: FetchInput, init: RequestInit | undefined): RequestInit | undefined {
    const t = this.tokens;
    if (!t) return init;
    const headers = new Headers(init?.headers);
    if (t.tokenType === "DPoP" && this.dpopKey) {
      headers.set("authorization", `DPoP ${t.accessToken}`);
      headers.set("dpop", this.dpopKey.proof(methodOf(input, init), urlOf(input), t.accessToken));
    } else headers.set("authorization", `Bearer ${t.accessToken}`);
    return { ...init, headers };
  }

  /**
   * Whether this token request goes with a DPoP proof: --dpop on always, off never; auto when the
   * resource asks for bound tokens (its challenge's DPoP scheme, dpop_bound_access_tokens_required)
   * or the authorization server offers ES256 proofs. The key is made once per session.
   */
  private dpopFor(d: Discovered, challenge: Challenge | undefined): DpopKey | undefined {
    const mode = this.opts.dpop ?? "auto";
    if (mode === "off") return undefined;
    const algs = d.meta.dpop_signing_alg_values_supported;
    const asked =
      challenge?.scheme === "DPoP"
        ? "the MCP server challenged with the DPoP scheme"
        : d.prm?.dpop_bound_access_tokens_required
          ? "the resource metadata says dpop_bound_access_tokens_required"
          : undefined;
    const offered = algs?.includes("ES256")
      ? `the authorization server lists dpop_signing_alg_values_supported ${algs.join(", ")}`
      : undefined;
    if (mode === "auto" && !asked && !offered) return undefined;
    if (algs && !algs.includes("ES256"))
      this.report({
        type: "problem",
        step: "token",
        severity: "warning",
        message: `the authorization server lists DPoP algorithms ${algs.join(", ") || "(none)"} without ES256, the one this client signs with; sending ES256 proofs anyway`,
        spec: SPEC.dpopToken,
      });
    this.dpopKey ??= new DpopKey();
    this.report({
      type: "decision",
      step: "token",
      chose: `DPoP: proofs signed ES256 by a key made for this session (thumbprint ${this.dpopKey.thumbprint})`,
      why: mode === "on" ? "asked for (--dpop on)" : [asked, offered].filter(Boolean).join("; "),
      spec: SPEC.dpopToken,
    });
    return this.dpopKey;
  }

  /**
   * SEP-2352: when the resource now names another authorization server, a client registered at
   * the old one is not presented to the new one: registered again. A client given by the person
   * (--client-id, a metadata document URL) is theirs to give, so kept, with a warning for an id.
   */
  private leaveOtherIssuersClient(d: Discovered): void {
    const before = this.clientIssuer;
    if (!this.client || before === undefined || before === d.issuer) return;
    const id = this.client.clientId;
    if (id === this.opts.clientMetadataUrl) return;
    if (id === this.opts.clientId) {
      this.report({
        type: "problem",
        step: "registration",
        severity: "warning",
        message: `the resource now names the authorization server ${d.issuer} (it named ${before}); the client id given (${id}) is sent there as given, though it was likely registered at the other`,
        spec: SPEC.asMigration,
      });
      return;
    }
    this.report({
      type: "decision",
      step: "registration",
      chose: `register again at ${d.issuer}`,
      why: `the resource now names this authorization server instead of ${before}; the client ${id} registered there is not presented to another`,
      spec: SPEC.asMigration,
    });
    this.client = undefined;
    this.clientIssuer = undefined;
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
    // SEP-2352: the resource may now name another authorization server: its metadata is read again.
    this.discovered = undefined;
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
   * For a client that makes its own HTTP requests (the tap's stdio to Streamable HTTP, which
   * streams bodies through node:http, not fetch): the Authorization header to send now, the
   * token refreshed first when it is about to expire. Bearer only (a DPoP proof is per request).
   */
  async headerForRequest(): Promise<string | undefined> {
    await this.freshen();
    return this.authorizationHeader();
  }

  /**
   * The same client, given a 401 or a 403 insufficient_scope for a request that carried
   * `sentHeader`: refresh or authorize again (or step up), as wrapFetch does; the caller sends
   * the request again once this resolves. Throws an AuthFlowError when that cannot be done.
   */
  async answerChallenge(challenge: Challenge, sentHeader: string | undefined): Promise<void> {
    if (challenge.status === 403) return this.stepUp(challenge);
    return this.recover(challenge, sentHeader?.replace(/^Bearer /, ""));
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
      let res = await base(input, this.withToken(input, init));
      let recovered = false;
      let nonceRetried = false;
      for (;;) {
        const freshNonce = this.dpopKey?.takeNonce(urlOf(input), res.headers) ?? false;
        const challenge = challengeOf(res.status, res.headers);
        if (!challenge || (challenge.status === 403 && challenge.error !== "insufficient_scope")) {
          if (!challenge) this.stepUps = 0;
          return res;
        }
        await res.body?.cancel().catch(() => undefined);
        // RFC 9449 §9: the resource wants its nonce in the proof; the same token, one more try.
        if (challenge.error === "use_dpop_nonce" && freshNonce && !nonceRetried && this.tokens?.tokenType === "DPoP") {
          nonceRetried = true;
          this.report({
            type: "decision",
            step: "challenge",
            chose: "send the request again with the MCP server's DPoP nonce",
            why: "the MCP server answered 401 use_dpop_nonce with a DPoP-Nonce header",
            spec: SPEC.dpopRsNonce,
          });
          res = await base(input, this.withToken(input, init));
          continue;
        }
        if (challenge.status === 401) {
          if (recovered)
            throw (this.failure = new AuthFlowError("challenge", "the server refused the new token too (401 again)", SPEC.wwwAuthenticate));
          recovered = true;
          await untilAborted(this.recover(challenge, sent), init?.signal);
        } else await untilAborted(this.stepUp(challenge), init?.signal);
        sent = this.tokens?.accessToken;
        res = await base(input, this.withToken(input, init));
      }
    };
  }
}

/** What a fetch takes as its first argument. */
type FetchInput = Parameters<typeof fetch>[0];

const urlOf = (input: FetchInput): string => (typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
const methodOf = (input: FetchInput, init: RequestInit | undefined): string =>
  init?.method ?? (typeof input === "object" && "method" in input ? input.method : "GET");

/** What the `iss` check found, in words for the page (the check itself is parseCallback's). */
function issOutcome(callbackUrl: string, redirectUri: string, expected: ExpectedIssuer): string {
  const iss = new URL(callbackUrl, redirectUri).searchParams.get("iss");
  if (iss !== null) return expected.issuer === undefined ? `iss ${iss} (no issuer recorded to compare)` : `iss matched ${iss}`;
  return "no iss (the server does not advertise it)";
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
