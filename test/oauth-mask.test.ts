import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { createOAuthSession, AuthEventSchema, type AuthEvent, type OAuthSessionOptions } from "../server/auth";
import { followAuthorization } from "../server/auth/authorization";
import { AllowedOrigins } from "../server/auth/hosts";
import { maskBody, maskHeaders, maskText } from "../server/auth/mask";

// Issue 22 item 9: what the OAuth flow records and throws must not carry a token, a code or the
// client secret, whatever the content type; and without a person the flow must not fetch (and
// record) a page on a host the metadata chain did not establish.

interface Fixture {
  url: string;
  asOrigin: string;
  log: { side: string; path: string; body: string }[];
  issued: string[];
  close(): Promise<void>;
}
const FIXTURE = new URL("./fixtures/oauth-as.mjs", import.meta.url).href;
const startFixture = async (options: Record<string, unknown>): Promise<Fixture> =>
  ((await import(FIXTURE)) as { startOAuthFixture(o: Record<string, unknown>): Promise<Fixture> }).startOAuthFixture(options);

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function attempt(options: Record<string, unknown>, extra: Partial<OAuthSessionOptions> = {}) {
  const f = await startFixture(options);
  cleanups.push(() => f.close());
  const events: AuthEvent[] = [];
  const s = createOAuthSession({
    serverUrl: f.url,
    redirectUri: "http://127.0.0.1:9/oauth/callback",
    nonInteractive: true,
    onEvent: (e) => events.push(e),
    ...extra,
  });
  const client = new Client({ name: "mask-test", version: "1.0.0" });
  let error: Error | undefined;
  try {
    await client.connect(new StreamableHTTPClientTransport(new URL(f.url), { fetch: s.wrapFetch(fetch) }));
    await client.close();
  } catch (e) {
    error = e as Error;
  }
  for (const e of events) expect(AuthEventSchema.safeParse(e).success).toBe(true);
  // What the engine records and what the CLI prints: the events, the error, the failure kept.
  const shown = JSON.stringify(events) + (error?.message ?? "") + (s.lastFailure()?.message ?? "");
  return { f, s, events, error, shown };
}

const codesSent = (f: Fixture) => f.log.filter((l) => l.path === "/token").map((l) => new URLSearchParams(l.body).get("code")!);

describe("OAuth masking whatever the content type", () => {
  it("a text/plain token response: the tokens are neither recorded nor in the error", async () => {
    const { f, error, shown } = await attempt({ plainTokens: true, refresh: true });
    expect(error?.message).toMatch(/OAuth, the token request: the token response .*is not JSON \(text\/plain/);
    expect(f.issued.length).toBe(2);
    for (const t of f.issued) expect(shown).not.toContain(t);
    for (const c of codesSent(f)) expect(shown).not.toContain(c);
  });

  it("an error that echoes the client secret shows it masked, in the record and in the error", async () => {
    const secret = "cs-9f8e7d6c5b4a39281706";
    const clients = [{ client_id: "pre", client_secret: secret, token_endpoint_auth_method: "client_secret_post" }];
    const { error, shown, events } = await attempt({ echoSecret: true, clients }, { clientId: "pre", clientSecret: secret });
    expect(error?.message).toMatch(/invalid_client: the secret ••••1706 \(23 chars\) is not the one registered/);
    expect(shown).not.toContain(secret);
    // The exchange is still there to read, the echo masked in its body.
    const tokenExchange = events.find((e) => e.type === "exchange" && e.step === "token");
    expect(JSON.stringify(tokenExchange)).toContain("••••1706 (23 chars)");
  });

  it("--auth auto: the authorization code in the recorded Location header is masked; tokens too", async () => {
    const { f, error, shown, events } = await attempt({ refresh: true });
    expect(error).toBeUndefined();
    const codes = codesSent(f);
    expect(codes.length).toBe(1);
    for (const secret of [...codes, ...f.issued]) expect(shown).not.toContain(secret);
    const authorize = events.find((e) => e.type === "exchange" && e.step === "authorization" && e.response?.status === 302);
    expect(authorize?.type === "exchange" && authorize.response?.headers.location).toMatch(
      /^http:\/\/127\.0\.0\.1:9\/oauth\/callback\?code=/,
    );
  });
});

async function internalServer(): Promise<{ url: string; hits: string[] }> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(req.url ?? "");
    res.writeHead(200, { "content-type": "text/plain" });
    res.end("INTERNAL-ONLY instance credentials: AKIA-not-for-you");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  cleanups.push(() => new Promise((r) => server.close(r)));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits };
}

describe("--auth auto follows redirects only within the hosts the metadata chain established", () => {
  it("an authorization_endpoint on another host is refused with a problem event; nothing is fetched or recorded from it", async () => {
    const internal = await internalServer();
    const { error, shown, events } = await attempt({ authorizationEndpoint: `${internal.url}/latest/meta-data/` });
    expect(error?.message).toMatch(/OAuth, authorization: .*refused/);
    expect(internal.hits).toEqual([]);
    expect(shown).not.toContain("INTERNAL-ONLY");
    const problem = events.find((e) => e.type === "problem" && e.step === "authorization");
    expect(problem).toMatchObject({ severity: "error", message: expect.stringContaining(new URL(internal.url).origin) });
  });

  it("a redirect to an origin the metadata named for another endpoint (not the authorization server's or the MCP server's) is refused", async () => {
    const sent: string[] = [];
    const events: AuthEvent[] = [];
    const fake = (async (url: string) => {
      sent.push(url);
      return new Response(null, { status: 302, headers: { location: "https://tokens.example/internal" } });
    }) as unknown as typeof fetch;
    const origins = new AllowedOrigins(new URL("https://mcp.example/mcp"));
    origins.allow("https://as.example/", "resource metadata");
    origins.allow("https://tokens.example/token", "metadata");
    const ctx = { fetch: fake, report: (e: AuthEvent) => events.push(e), origins, timeoutMs: 1000, protocolVersion: "2025-11-25" };
    await expect(
      followAuthorization(ctx, "https://as.example/authorize", "http://127.0.0.1:9/cb", ["https://mcp.example/mcp", "https://as.example/"]),
    ).rejects.toThrow(/https:\/\/tokens\.example/);
    expect(sent).toEqual(["https://as.example/authorize"]);
    expect(events.at(-1)).toMatchObject({ type: "problem", step: "authorization", severity: "error" });
  });
});

describe("mask by pattern", () => {
  const token = "gho_16C7e42F292c6912E7710c838347Ae178B4a";
  it("text of any type: key=value and JSON-ish pairs, even cut short", () => {
    expect(maskText(`access_token=${token}&token_type=bearer`)).not.toContain(token);
    expect(maskText(`{"refresh_token": "${token}`)).not.toContain(token);
    expect(maskText(`see ?code=${token}&state=x`)).not.toContain(token);
    expect(maskText(`id_token=${token} client_secret=${token}`)).not.toContain(token);
    // Not secrets: error_code, code_challenge.
    expect(maskText("error_code=42&code_challenge=abc")).toBe("error_code=42&code_challenge=abc");
    expect(maskBody(`access_token=${token}`, "text/plain")).not.toContain(token);
  });
  it("a Location header is masked like a URL", () => {
    expect(maskHeaders(new Headers({ location: `http://127.0.0.1:9/cb?code=${token}&state=s` })).location).not.toContain(token);
  });
});

// Issue 38 item 4: metadata naming a registration_endpoint or token_endpoint on another origin
// (an internal admin page) got a POST there, and stderr showed its answer.
describe("without a person, the token and registration endpoints stay on the authorization server's origin", () => {
  it.each([
    ["registration_endpoint", "registrationEndpoint", "/internal-admin/create-user?role=admin"],
    ["token_endpoint", "tokenEndpoint", "/internal-admin/token"],
  ])("a %s on another origin is refused before anything is sent there", async (name, option, path) => {
    const internal = await internalServer();
    const { error, shown, events } = await attempt({ [option]: `${internal.url}${path}` });
    expect(error?.message).toMatch(new RegExp(`OAuth, authorization server metadata: .*refused the ${name}`));
    expect(internal.hits).toEqual([]);
    expect(shown).not.toContain("INTERNAL-ONLY");
    expect(events.find((e) => e.type === "problem")).toMatchObject({
      severity: "error",
      message: expect.stringContaining(`--auth-allow-origin ${new URL(internal.url).origin}`),
    });
  });

  it("an origin the person allowed is sent to, and its non-JSON answer is shown by type and length only, in the error and the record", async () => {
    const internal = await internalServer();
    const { error, shown, events } = await attempt(
      { registrationEndpoint: `${internal.url}/internal-admin/create-user` },
      { allowOrigins: [internal.url] },
    );
    expect(internal.hits).toEqual(["/internal-admin/create-user"]);
    expect(error?.message).toMatch(/the registration answer at .* is not JSON \(text\/plain, 52 characters, not shown: not JSON\)/);
    expect(shown).not.toContain("INTERNAL-ONLY");
    expect(shown).not.toContain("AKIA");
    const reg = events.find((e) => e.type === "exchange" && e.step === "registration");
    expect(reg?.type === "exchange" && reg.response?.body).toBe("[text/plain, 52 characters, not shown: not JSON]");
  });

  it("a refusal's non-JSON body (an error page) is not echoed either", async () => {
    const fake = (async () =>
      new Response("db_password=hunter2 internal admin", {
        status: 500,
        headers: { "content-type": "text/html" },
      })) as unknown as typeof fetch;
    const { oauthError, exchange } = await import("../server/auth/http");
    const origins = new AllowedOrigins(new URL("https://as.example/"));
    const ctx = { fetch: fake, report: () => undefined, origins, timeoutMs: 1000, protocolVersion: "2025-11-25" };
    const answer = await exchange(ctx, "token", "https://as.example/token", { method: "POST", body: "x=1" });
    expect(oauthError(answer)).toBe("HTTP 500 (text/html, 34 characters, not shown: not JSON)");
  });
});
