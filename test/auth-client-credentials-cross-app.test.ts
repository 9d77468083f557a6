import { afterEach, describe, expect, it } from "vitest";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { AuthEventSchema, createOAuthSession, type AuthEvent } from "../server/auth";
import { startOAuthFixture, type OAuthFixture } from "./helpers/oauth-fixture";

// Cross-app access (SEP-990), the same design as client credentials one grant further: the
// enterprise IdP trades the person's ID token for an ID-JAG (RFC 8693), which the MCP server's
// authorization server takes as a jwt-bearer grant (RFC 7523 §2.1) from the authenticated client.

type Fixture = OAuthFixture;
const startFixture = startOAuthFixture;

const ID_TOKEN = "eyJhbGciOiJFUzI1NiJ9.the-persons-id-token.sig";
const SECRET = "xaa-secret-0123456789";
let f: Fixture | undefined;
afterEach(() => f?.close());

async function run(idToken: string) {
  f = await startFixture({
    m2m: true,
    crossApp: { idToken: ID_TOKEN },
    authMethods: ["client_secret_basic"],
    clients: [{ client_id: "robot", client_secret: SECRET, token_endpoint_auth_method: "client_secret_basic" }],
  });
  const events: AuthEvent[] = [];
  const s = createOAuthSession({
    serverUrl: f.url,
    redirectUri: "http://127.0.0.1:9/unused",
    grant: "cross-app",
    clientId: "robot",
    clientSecret: SECRET,
    crossApp: { idToken, idpTokenEndpoint: `${f.asOrigin}/idp/token`, idpClientId: "idp-client" },
    onEvent: (e) => events.push(e),
  });
  const client = new Client({ name: "xaa-test", version: "1.0.0" });
  try {
    await client.connect(new StreamableHTTPClientTransport(new URL(f.url), { fetch: s.wrapFetch(fetch) }));
    await client.listTools();
    await client.close();
    return { events };
  } catch (error) {
    return { events, error };
  } finally {
    for (const e of events) expect(AuthEventSchema.safeParse(e).success).toBe(true);
  }
}

describe("cross-app access against the fixture IdP and authorization server", () => {
  it("token exchange at the IdP, then the jwt-bearer grant with client_secret_basic; no login; the ID token and the ID-JAG masked", async () => {
    const r = await run(ID_TOKEN);
    expect(r.error).toBeUndefined();
    const as = f!.log.filter((l) => l.side === "as");
    expect(as.map((l) => l.path).filter((p) => p.endsWith("token"))).toEqual(["/idp/token", "/token"]);
    const exchange = new URLSearchParams(as.find((l) => l.path === "/idp/token")!.body);
    expect(Object.fromEntries(exchange)).toMatchObject({
      subject_token: ID_TOKEN,
      audience: f!.asOrigin,
      resource: f!.url,
      requested_token_type: "urn:ietf:params:oauth:token-type:id-jag",
      client_id: "idp-client",
    });
    const grant = as.find((l) => l.path === "/token")!;
    expect(new URLSearchParams(grant.body).get("grant_type")).toBe("urn:ietf:params:oauth:grant-type:jwt-bearer");
    expect(grant.headers.authorization).toMatch(/^Basic /);
    expect(as.some((l) => l.path === "/authorize" || l.path === "/register")).toBe(false);
    const shown = JSON.stringify(r.events);
    for (const secret of [ID_TOKEN, SECRET, ...f!.issued]) expect(shown).not.toContain(secret);
    expect(r.events.at(-1)).toMatchObject({ type: "outcome", step: "token", outcome: "authorized" });
  });

  it("an ID token the IdP did not issue: the exchange's refusal in its words, at the authorization step", async () => {
    const r = await run("some-other-id-token");
    expect(String(r.error)).toMatch(
      /OAuth, authorization: http:\/\/127\.0\.0\.1:\d+\/idp\/token refused the token exchange: invalid_grant: not the ID token this IdP issued \(HTTP 400\)/,
    );
    expect(f!.log.some((l) => l.path === "/token")).toBe(false);
  });
});
