import { describe, expect, it } from "vitest";
import { parseBearerChallenge } from "../server/auth/challenge";
import { authServerMetadataUrls, resourceCovers, resourceMetadataUrls } from "../server/auth/discovery";
import { maskBody, maskHeaders, maskUrl } from "../server/auth/mask";
import { AllowedOrigins, isLoopbackUrl } from "../server/auth/hosts";
import { followAuthorization, parseCallback } from "../server/auth/authorization";
import { chooseTokenAuth } from "../server/auth/client-auth";
import type { FlowContext } from "../server/auth/http";
import type { AuthEvent } from "../lib/auth/steps";

describe("WWW-Authenticate", () => {
  it("reads the Bearer challenge's parameters, quoted or not, beside other schemes", () => {
    expect(
      parseBearerChallenge(
        'Basic realm="x", Bearer error="insufficient_scope", scope="a b", resource_metadata="https://h/.well-known/oauth-protected-resource"',
      ),
    ).toEqual({
      error: "insufficient_scope",
      scope: "a b",
      resource_metadata: "https://h/.well-known/oauth-protected-resource",
    });
    expect(parseBearerChallenge('Bearer realm="a, \\"b\\"", error=invalid_token')).toEqual({ realm: 'a, "b"', error: "invalid_token" });
    expect(parseBearerChallenge("Bearer")).toEqual({});
    expect(parseBearerChallenge('Basic realm="x"')).toBeUndefined();
    expect(parseBearerChallenge(null)).toBeUndefined();
  });
});

describe("discovery URLs", () => {
  it("protected resource metadata: path-aware, then root", () => {
    expect(resourceMetadataUrls(new URL("https://h/public/mcp"))).toEqual([
      "https://h/.well-known/oauth-protected-resource/public/mcp",
      "https://h/.well-known/oauth-protected-resource",
    ]);
    expect(resourceMetadataUrls(new URL("https://h/"))).toEqual(["https://h/.well-known/oauth-protected-resource"]);
  });
  it("authorization server metadata: RFC 8414 then OpenID, path-aware first", () => {
    expect(authServerMetadataUrls(new URL("https://as/tenant1"))).toEqual([
      "https://as/.well-known/oauth-authorization-server/tenant1",
      "https://as/.well-known/openid-configuration/tenant1",
      "https://as/tenant1/.well-known/openid-configuration",
    ]);
    expect(authServerMetadataUrls(new URL("https://as"))).toEqual([
      "https://as/.well-known/oauth-authorization-server",
      "https://as/.well-known/openid-configuration",
    ]);
  });
  it("a resource covers its own URL and the paths below it, on its origin only", () => {
    expect(resourceCovers("https://h/mcp", new URL("https://h/mcp"))).toBe(true);
    expect(resourceCovers("https://h", new URL("https://h/mcp"))).toBe(true);
    expect(resourceCovers("https://h/other", new URL("https://h/mcp"))).toBe(false);
    expect(resourceCovers("https://evil/mcp", new URL("https://h/mcp"))).toBe(false);
  });
});

describe("masking", () => {
  it("tokens, secrets and codes are shown by length and last four characters only", () => {
    const token = "abcdefghijklmnopqrstuvwxyz";
    expect(maskBody(JSON.stringify({ access_token: token, token_type: "Bearer" }), "application/json")).toBe(
      '{"access_token":"••••wxyz (26 chars)","token_type":"Bearer"}',
    );
    expect(maskBody(`grant_type=authorization_code&code=${token}&client_secret=short`, "application/x-www-form-urlencoded")).not.toMatch(
      /abcdef|short/,
    );
    expect(maskHeaders(new Headers({ authorization: `Bearer ${token}`, accept: "x" }))).toEqual({
      authorization: "Bearer ••••wxyz (26 chars)",
      accept: "x",
    });
    expect(maskUrl(`http://127.0.0.1/cb?code=${token}&state=s`)).not.toContain(token);
  });
});

describe("hosts", () => {
  it("only origins named by the server or its metadata are allowed", () => {
    const o = new AllowedOrigins(new URL("https://mcp.example/mcp"));
    o.allow("https://as.example/oauth", "metadata");
    expect(() => o.check("https://as.example/token", "token")).not.toThrow();
    expect(() => o.check("https://evil.example/x", "authorization")).toThrow(
      /OAuth, authorization: refused to send to https:\/\/evil\.example/,
    );
  });
  it("callbacks are loopback only", () => {
    expect(isLoopbackUrl("http://127.0.0.1:6274/oauth/callback")).toBe(true);
    expect(isLoopbackUrl("http://localhost/cb")).toBe(true);
    expect(isLoopbackUrl("http://[::1]:80/cb")).toBe(true);
    expect(isLoopbackUrl("https://example.com/cb")).toBe(false);
  });
});

describe("authorization redirects without a person", () => {
  const ctx = (fetchFn: typeof fetch, events: AuthEvent[] = []): FlowContext => {
    const origins = new AllowedOrigins(new URL("https://mcp.example/mcp"));
    origins.allow("https://as.example/authorize", "metadata");
    return { fetch: fetchFn, report: (e) => events.push(e), origins, timeoutMs: 1000, protocolVersion: "2025-11-25" };
  };
  it("a redirect to a host no one named is refused before anything is sent there", async () => {
    const sent: string[] = [];
    const fake = (async (url: string) => {
      sent.push(url);
      return new Response(null, { status: 302, headers: { location: "https://evil.example/login" } });
    }) as unknown as typeof fetch;
    await expect(followAuthorization(ctx(fake), "https://as.example/authorize?x=1", "http://127.0.0.1:9/cb")).rejects.toThrow(
      /refused to send to https:\/\/evil\.example/,
    );
    expect(sent).toEqual(["https://as.example/authorize?x=1"]);
  });
  it("a login page instead of a redirect: says a person is needed", async () => {
    const fake = (async () => new Response("<html>", { status: 200, headers: { "content-type": "text/html" } })) as unknown as typeof fetch;
    await expect(followAuthorization(ctx(fake), "https://as.example/authorize", "http://127.0.0.1:9/cb")).rejects.toThrow(
      /shows a page \(a person must log in or approve\)/,
    );
  });
});

describe("the callback", () => {
  it("a refusal by the server and a missing state are clear errors", () => {
    expect(() =>
      parseCallback("http://127.0.0.1:9/cb?error=access_denied&error_description=no&state=s", "s", "http://127.0.0.1:9/cb"),
    ).toThrow(/OAuth, the authorization callback: the authorization server refused: access_denied: no/);
    expect(() => parseCallback("http://127.0.0.1:9/cb?code=c", "s", "http://127.0.0.1:9/cb")).toThrow(/carries no state/);
    expect(parseCallback("?code=c&state=s", "s", "http://127.0.0.1:9/cb")).toBe("c");
  });
});

describe("token endpoint auth choice", () => {
  const meta = { authorization_endpoint: "https://as/a", token_endpoint: "https://as/t" };
  it("follows registration, then the server's list, then RFC 8414's default", () => {
    expect(chooseTokenAuth({ clientId: "c", clientSecret: "s", registeredMethod: "client_secret_post" }, meta).method).toBe(
      "client_secret_post",
    );
    expect(chooseTokenAuth({ clientId: "c", clientSecret: "s" }, meta).method).toBe("client_secret_basic");
    expect(
      chooseTokenAuth({ clientId: "c", clientSecret: "s" }, { ...meta, token_endpoint_auth_methods_supported: ["client_secret_post"] })
        .method,
    ).toBe("client_secret_post");
    expect(chooseTokenAuth({ clientId: "c" }, { ...meta, token_endpoint_auth_methods_supported: ["client_secret_basic"] }).method).toBe(
      "none",
    );
  });
});

describe("discovery's checks", () => {
  it("endpoints without TLS on another host are a warning with the section; loopback is fine", async () => {
    const { discover } = await import("../server/auth/flow");
    const meta = (base: string) => ({
      issuer: base,
      authorization_endpoint: `${base}/authorize`,
      token_endpoint: `${base}/token`,
      code_challenge_methods_supported: ["S256"],
    });
    const answers: Record<string, unknown> = {
      "https://mcp.example/.well-known/oauth-protected-resource/mcp": {
        resource: "https://mcp.example/mcp",
        authorization_servers: ["http://as.example"],
      },
      "http://as.example/.well-known/oauth-authorization-server": meta("http://as.example"),
    };
    const fake = (async (url: string) =>
      answers[url] ? Response.json(answers[url]) : new Response("", { status: 404 })) as unknown as typeof fetch;
    const events: AuthEvent[] = [];
    const origins = new AllowedOrigins(new URL("https://mcp.example/mcp"));
    const d = await discover(
      { fetch: fake, report: (e) => events.push(e), origins, timeoutMs: 1000, protocolVersion: "2025-11-25" },
      new URL("https://mcp.example/mcp"),
    );
    expect(d.meta.token_endpoint).toBe("http://as.example/token");
    const warnings = events.filter((e) => e.type === "problem").map((e) => (e.type === "problem" ? e.message : ""));
    expect(warnings).toEqual([
      expect.stringMatching(/^authorization_endpoint http:\/\/as\.example\/authorize is not HTTPS/),
      expect.stringMatching(/^token_endpoint http:\/\/as\.example\/token is not HTTPS/),
    ]);
  });
});
