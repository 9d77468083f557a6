import { generateKeyPairSync } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { AuthEventSchema, createOAuthSession, isAuthFlowError, type AuthEvent, type OAuthSessionOptions } from "../server/auth";
import { engineFactory } from "./helpers/engine";
import { startOAuthFixture, type OAuthFixture } from "./helpers/oauth-fixture";

// Machine to machine (SEP-1046): the client_credentials grant against the fixture authorization
// server, with each way a client proves who it is, through server/auth and through the engine.

type Fixture = OAuthFixture;
const startFixture = startOAuthFixture;

const SECRET = "m2m-secret-0123456789abcdef";
const secretClient = (method: string) => ({ client_id: "robot", client_secret: SECRET, token_endpoint_auth_method: method });
const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 });
const ec = generateKeyPairSync("ec", { namedCurve: "P-256" });
const pem = (k: typeof rsa) => ({
  priv: k.privateKey.export({ type: "pkcs8", format: "pem" }) as string,
  pub: k.publicKey.export({ type: "spki", format: "pem" }) as string,
});
const keyClient = (k: typeof rsa) => ({ client_id: "robot", token_endpoint_auth_method: "private_key_jwt", public_key: pem(k).pub });

let opened: Fixture[] = [];
afterEach(async () => {
  await Promise.all(opened.map((f) => f.close()));
  opened = [];
});
async function fixture(options: Record<string, unknown>): Promise<Fixture> {
  const f = await startFixture({ m2m: true, ...options });
  opened.push(f);
  return f;
}

async function connectM2M(f: Fixture, extra: Partial<OAuthSessionOptions>) {
  const events: AuthEvent[] = [];
  const s = createOAuthSession({
    serverUrl: f.url,
    redirectUri: "http://127.0.0.1:9/unused",
    grant: "client_credentials",
    clientId: "robot",
    onEvent: (e) => events.push(e),
    ...extra,
  });
  const client = new Client({ name: "m2m-test", version: "1.0.0" });
  try {
    await client.connect(new StreamableHTTPClientTransport(new URL(f.url), { fetch: s.wrapFetch(fetch) }));
    const tools = await client.listTools();
    await client.close();
    return { s, events, tools: tools.tools.map((t) => t.name) };
  } catch (error) {
    return { s, events, error };
  } finally {
    for (const e of events) expect(AuthEventSchema.safeParse(e).success).toBe(true);
  }
}

const tokenRequest = (f: Fixture) => {
  const line = f.log.find((l) => l.side === "as" && l.path === "/token")!;
  return { headers: line.headers, params: new URLSearchParams(line.body) };
};
const noPersonSteps = (f: Fixture) => f.log.filter((l) => l.side === "as" && (l.path === "/authorize" || l.path === "/register"));

describe("client credentials against the fixture authorization server", () => {
  it("client_secret_basic: the server lists it; the grant, the resource, no login and no registration", async () => {
    const f = await fixture({ authMethods: ["client_secret_basic"], clients: [secretClient("client_secret_basic")] });
    const r = await connectM2M(f, { clientSecret: SECRET });
    expect(r.error).toBeUndefined();
    expect(r.tools).toEqual(["echo"]);
    const { headers, params } = tokenRequest(f);
    expect(headers.authorization).toBe(`Basic ${Buffer.from(`robot:${SECRET}`).toString("base64")}`);
    expect(Object.fromEntries(params)).toEqual({ grant_type: "client_credentials", resource: f.url });
    expect(noPersonSteps(f)).toEqual([]);
    expect(r.events).toContainEqual(
      expect.objectContaining({ type: "decision", step: "token", chose: "token endpoint auth: client_secret_basic" }),
    );
    expect(r.events.at(-1)).toMatchObject({ type: "outcome", step: "token", outcome: "authorized" });
    expect(JSON.stringify(r.events)).not.toContain(SECRET);
  });

  it("client_secret_post: chosen when it is all the server lists; the scope asked for goes with it", async () => {
    const f = await fixture({ authMethods: ["client_secret_post"], clients: [secretClient("client_secret_post")] });
    const r = await connectM2M(f, { clientSecret: SECRET, scope: "mcp:read" });
    expect(r.error).toBeUndefined();
    const { headers, params } = tokenRequest(f);
    expect(headers.authorization).toBeUndefined();
    expect(Object.fromEntries(params)).toEqual({
      grant_type: "client_credentials",
      scope: "mcp:read",
      resource: f.url,
      client_id: "robot",
      client_secret: SECRET,
    });
    expect(r.s.status()).toMatchObject({ authorized: true, scope: "mcp:read", clientId: "robot" });
    expect(JSON.stringify(r.events)).not.toContain(SECRET);
  });

  it("private_key_jwt with an RSA key: RS256, iss = sub = client id, aud = the issuer, a jti and a short exp; the assertion is masked in the events", async () => {
    const f = await fixture({ authMethods: ["private_key_jwt"], clients: [keyClient(rsa)] });
    const r = await connectM2M(f, { clientPrivateKey: pem(rsa).priv });
    expect(r.error).toBeUndefined();
    expect(f.assertions).toHaveLength(1);
    const { header, claims } = f.assertions[0];
    expect(header).toEqual({ alg: "RS256", typ: "JWT" });
    expect(claims).toMatchObject({ iss: "robot", sub: "robot", aud: f.asOrigin, jti: expect.any(String) });
    expect((claims.exp as number) - (claims.iat as number)).toBeLessThanOrEqual(60);
    const { params } = tokenRequest(f);
    expect(params.get("client_assertion_type")).toBe("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
    const events = JSON.stringify(r.events);
    expect(events).not.toContain(params.get("client_assertion"));
    expect(events).not.toContain("PRIVATE KEY");
  });

  it("private_key_jwt with a P-256 key: ES256, the algorithm the server lists that fits the key; a second token gets a new jti", async () => {
    const f = await fixture({ authMethods: ["private_key_jwt"], signingAlgs: ["RS256", "ES256"], clients: [keyClient(ec)], expiresIn: 1 });
    const r = await connectM2M(f, { clientPrivateKey: pem(ec).priv });
    expect(r.error).toBeUndefined();
    expect(f.assertions[0].header.alg).toBe("ES256");
    expect(r.events).toContainEqual(
      expect.objectContaining({
        type: "decision",
        step: "registration",
        chose: "pre-registered client robot, private_key_jwt signed ES256",
      }),
    );
    // expires_in 1 s is within the 5 s margin: each request asks for a new token first, with a new assertion.
    expect(f.assertions.length).toBeGreaterThan(1);
    expect(new Set(f.assertions.map((a) => a.claims.jti)).size).toBe(f.assertions.length);
  });

  it("a wrong secret: a clear error at the token step with the server's words, the secret masked", async () => {
    const f = await fixture({ authMethods: ["client_secret_basic"], clients: [secretClient("client_secret_basic")] });
    const wrong = "not-the-secret-at-all-42";
    const r = await connectM2M(f, { clientSecret: wrong });
    expect(isAuthFlowError(r.error)).toBe(true);
    expect(String(r.error)).toMatch(
      /OAuth, the token request: http:\/\/127\.0\.0\.1:\d+\/token refused: invalid_client: wrong secret \(HTTP 401\)/,
    );
    expect(r.events.at(-1)).toMatchObject({ type: "outcome", step: "token", outcome: "failed" });
    expect(JSON.stringify(r.events) + String(r.error)).not.toContain(wrong);
  });

  it("an algorithm that does not fit the key is refused before anything is signed or sent", async () => {
    const f = await fixture({ authMethods: ["private_key_jwt"], clients: [keyClient(rsa)] });
    const r = await connectM2M(f, { clientPrivateKey: pem(rsa).priv, clientSigningAlg: "ES256" });
    expect(String(r.error)).toMatch(
      /OAuth, client registration: the signing algorithm ES256 does not fit the private key, which is an RSA key \(2048 bits\): use RS256/,
    );
    expect(f.log.some((l) => l.path === "/token")).toBe(false);
  });

  it("an assertion signed by another key is refused by the server: its words, at the token step", async () => {
    const f = await fixture({ authMethods: ["private_key_jwt"], clients: [keyClient(rsa)] });
    const other = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const r = await connectM2M(f, { clientPrivateKey: pem(other).priv });
    expect(String(r.error)).toMatch(
      /refused: invalid_client: the signature does not verify with the client's public key \(alg RS256\) \(HTTP 401\)/,
    );
    expect(f.assertions).toEqual([]);
  });

  it("no client id: said at the registration step, nothing registered", async () => {
    const f = await fixture({ clients: [secretClient("client_secret_basic")] });
    const r = await connectM2M(f, { clientId: undefined, clientSecret: SECRET });
    expect(String(r.error)).toMatch(/client credentials need the client id .*\(--client-id\)/);
    expect(noPersonSteps(f)).toEqual([]);
  });
});

const { newEngine } = engineFactory();

describe("client credentials through the engine (the CLI's and the page's path)", () => {
  it("mode client-credentials connects with no person and no browser; no secret or key in the record or the state", async () => {
    const f = await fixture({ authMethods: ["private_key_jwt"], clients: [keyClient(ec)] });
    const { engine, rec } = newEngine();
    const key = pem(ec).priv;
    const state = await engine.connect({
      target: { transport: "http", url: f.url, headers: {} },
      auth: { mode: "client-credentials", clientId: "robot", clientPrivateKey: key, clientSigningAlg: "ES256" },
    });
    expect(state.status, JSON.stringify(state.error)).toBe("connected");
    expect(state.authorization).toMatchObject({ authorized: true, clientId: "robot", token: expect.stringMatching(/^••••/) });
    expect(state.authorization?.pendingUrl).toBeUndefined();
    const all = JSON.stringify(rec.since(0)) + JSON.stringify(state);
    expect(all).not.toContain("PRIVATE KEY");
    expect(all).not.toContain(key.split("\n")[1]);
  });

  it("a wrong secret fails the connection as auth-required (the CLI's exit 3), naming the token step", async () => {
    const f = await fixture({ authMethods: ["client_secret_post"], clients: [secretClient("client_secret_post")] });
    const { engine, rec } = newEngine();
    const state = await engine.connect({
      target: { transport: "http", url: f.url, headers: {} },
      auth: { mode: "client-credentials", clientId: "robot", clientSecret: "wrong-wrong-wrong" },
    });
    expect(state.status).toBe("failed");
    expect(state.error).toMatchObject({
      kind: "auth-required",
      message: expect.stringMatching(/OAuth, the token request: .* refused: invalid_client: wrong secret/),
    });
    expect(JSON.stringify(rec.since(0))).not.toContain("wrong-wrong-wrong");
  });
});
