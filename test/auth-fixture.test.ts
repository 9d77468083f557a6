import { describe, expect, it } from "vitest";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { isAuthFlowError } from "../server/auth";
import { freePort } from "./helpers/targets";
import type { OAuthFixture } from "./helpers/oauth-fixture";
import { REDIRECT, connect, withFixture } from "./auth/with-fixture";

type Fixture = OAuthFixture;

const tokenRequests = (f: Fixture) => f.log.filter((l) => l.side === "as" && l.path === "/token");

describe("OAuth against a fixture authorization server", () => {
  it("refresh: on request, and by itself before an expired token is sent; the resource goes with it", async () => {
    await withFixture({ refresh: true, expiresIn: 1 }, {}, async (f, s, events) => {
      const client = await connect(f.url, s.wrapFetch(fetch));
      const first = s.status().token;
      expect(s.status().hasRefreshToken).toBe(true);
      // expires_in 1 s is within the 5 s margin: the next request refreshes first.
      await client.listTools();
      expect(events.filter((e) => e.type === "outcome" && e.outcome === "refreshed").length).toBeGreaterThan(0);
      await s.refresh();
      expect(s.status().token).not.toBe(first);
      expect((await client.listTools()).tools[0].name).toBe("echo");
      const refresh = new URLSearchParams(tokenRequests(f).at(-1)!.body);
      expect(refresh.get("grant_type")).toBe("refresh_token");
      expect(refresh.get("resource")).toBe(f.url);
      await client.close();
    });
  });

  it("an authorization server that offers PKCE without S256 is refused, with the reason, before anything is registered", async () => {
    await withFixture({ pkceMethods: ["plain"] }, {}, async (f, s, events) => {
      await expect(connect(f.url, s.wrapFetch(fetch))).rejects.toThrow(
        /OAuth, authorization server metadata: the authorization server offers PKCE methods plain but not S256/,
      );
      const problem = events.find((e) => e.type === "problem");
      expect(problem).toMatchObject({
        step: "authorization-server-metadata",
        severity: "error",
        spec: expect.stringContaining("authorization-code-protection"),
      });
      expect(f.log.some((l) => l.path === "/register" || l.path === "/authorize")).toBe(false);
    });
  });

  it("HTML where metadata belongs: a clear error at that step", async () => {
    await withFixture({ htmlMetadata: true }, {}, async (f, s, events) => {
      await expect(connect(f.url, s.wrapFetch(fetch))).rejects.toThrow(
        /OAuth, authorization server metadata: authorization server metadata at http:\/\/127\.0\.0\.1:\d+\/\.well-known\/oauth-authorization-server is not JSON \(text\/html, 48 characters, not shown: not JSON\)/,
      );
      expect(events.at(-1)).toMatchObject({ type: "outcome", outcome: "failed", step: "authorization-server-metadata" });
    });
  });

  it("403 insufficient_scope: authorize again with the scope asked for, and the call goes through", async () => {
    await withFixture({ scopes: { "tools/call": "write" } }, {}, async (f, s, events) => {
      const client = await connect(f.url, s.wrapFetch(fetch));
      expect(s.status().scope ?? "").toBe("");
      const result = await client.callTool({ name: "echo", arguments: {} });
      expect(result.content).toEqual([{ type: "text", text: "scope: write" }]);
      expect(events.find((e) => e.type === "decision" && e.step === "step-up")).toMatchObject({
        chose: "authorize again with scope write",
      });
      await client.close();
    });
  });

  it("403 insufficient_scope again and again: at most two step-ups, then a clear error", async () => {
    await withFixture({ alwaysInsufficient: true }, {}, async (f, s) => {
      await expect(connect(f.url, s.wrapFetch(fetch))).rejects.toThrow(
        /OAuth, scope step-up: the server still answers 403 insufficient_scope \(scope admin\) after 2 step-ups: giving up/,
      );
      expect(f.log.filter((l) => l.path === "/authorize")).toHaveLength(3);
    });
  });

  for (const method of ["none", "client_secret_basic", "client_secret_post"]) {
    it(`token endpoint auth ${method}: registered and used as the server lists it`, async () => {
      await withFixture({ authMethods: [method] }, {}, async (f, s, events) => {
        await (await connect(f.url, s.wrapFetch(fetch))).close();
        const register = JSON.parse(f.log.find((l) => l.path === "/register")!.body);
        expect(register.token_endpoint_auth_method).toBe(method);
        const token = tokenRequests(f)[0];
        expect(token.headers.authorization?.startsWith("Basic ") ?? false).toBe(method === "client_secret_basic");
        expect(new URLSearchParams(token.body).has("client_secret")).toBe(method === "client_secret_post");
        expect(events).toContainEqual(expect.objectContaining({ type: "decision", chose: `token endpoint auth: ${method}` }));
        // The secret shows masked in the events, never in the clear.
        const secret = [...(f as unknown as { clients: Map<string, { client_secret?: string }> }).clients.values()][0].client_secret;
        if (secret) expect(JSON.stringify(events)).not.toContain(secret);
      });
    });
  }

  it("a pre-registered client with a secret: no registration, client_secret_post as the server lists", async () => {
    const clients = [
      {
        client_id: "pre",
        client_secret: "s3cret-s3cret-s3cret",
        token_endpoint_auth_method: "client_secret_post",
        redirect_uris: [REDIRECT],
      },
    ];
    await withFixture(
      { clients, authMethods: ["client_secret_post"], noRegistration: true },
      { clientId: "pre", clientSecret: "s3cret-s3cret-s3cret" },
      async (f, s, events) => {
        await (await connect(f.url, s.wrapFetch(fetch))).close();
        expect(events).toContainEqual(expect.objectContaining({ type: "decision", step: "registration", chose: "pre-registered" }));
        expect(new URLSearchParams(tokenRequests(f)[0].body).get("client_secret")).toBe("s3cret-s3cret-s3cret");
        expect(JSON.stringify(events)).not.toContain("s3cret-s3cret-s3cret");
      },
    );
  });

  it("a token issued for another resource is refused at the token step", async () => {
    await withFixture({ audience: "https://other.example/mcp" }, {}, async (f, s) => {
      const error = await connect(f.url, s.wrapFetch(fetch)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(
        /OAuth, the token request: the token was issued for https:\/\/other\.example\/mcp, not for this server/,
      );
      // The SDK passes the flow's error through as thrown: a shell can tell it (exit 3) by its class or code.
      expect(isAuthFlowError(error)).toBe(true);
      expect(error).toMatchObject({ code: "auth-required", step: "token" });
      expect(f.log.filter((l) => l.side === "mcp" && l.headers.authorization)).toHaveLength(0);
    });
  });

  it("without a person, a redirect back with another state ends the flow at the callback, and no code is exchanged", async () => {
    await withFixture({ wrongState: true }, {}, async (f, s) => {
      await expect(connect(f.url, s.wrapFetch(fetch))).rejects.toThrow(
        /OAuth, the authorization callback: the state in the callback is not the one this flow sent/,
      );
      expect(tokenRequests(f)).toHaveLength(0);
    });
  });

  it("a redirect loop at the authorization endpoint is bounded", async () => {
    await withFixture({ redirectLoop: true }, {}, async (f, s) => {
      await expect(connect(f.url, s.wrapFetch(fetch))).rejects.toThrow(/OAuth, authorization: more than 10 redirects without reaching/);
      expect(f.log.filter((l) => l.path === "/authorize")).toHaveLength(11);
    });
  });

  it("an authorization server that is down: the step and the reason", async () => {
    const closed = await freePort();
    await withFixture({ asUrl: `http://127.0.0.1:${closed}` }, {}, async (f, s) => {
      await expect(connect(f.url, s.wrapFetch(fetch))).rejects.toThrow(
        /OAuth, authorization server metadata: GET http:\/\/127\.0\.0\.1:\d+\/\.well-known\/oauth-authorization-server failed: connect ECONNREFUSED/,
      );
    });
  });

  it("a token from the environment the server refuses: a clear error, and no flow", async () => {
    await withFixture({}, { accessToken: "from-the-environment" }, async (f, s, events) => {
      await expect(connect(f.url, s.wrapFetch(fetch))).rejects.toThrow(
        /OAuth, the server's challenge: the server refused the token given \(HTTP 401, invalid_token\)/,
      );
      expect(events.filter((e) => e.type === "exchange")).toEqual([]);
      // The failure names the spec section it breaks, so the page can link it.
      expect(events.find((e) => e.type === "outcome")).toMatchObject({
        outcome: "failed",
        step: "challenge",
        spec: expect.stringMatching(/^https:/),
      });
      expect(f.log.filter((l) => l.side === "as")).toEqual([]);
    });
  });
});

describe("OAuth: registration by metadata document, and the 2025-03-26 paths", () => {
  it("a Client ID Metadata Document URL when the server supports them: the URL is the client id, nothing registered", async () => {
    const cimd = "https://client.example/inspector.json";
    await withFixture({ cimd: true }, { clientMetadataUrl: cimd }, async (f, s, events) => {
      await (await connect(f.url, s.wrapFetch(fetch))).close();
      expect(events).toContainEqual(
        expect.objectContaining({ type: "decision", step: "registration", chose: "client-id-metadata-document" }),
      );
      expect(f.log.some((l) => l.path === "/register")).toBe(false);
      expect(new URLSearchParams(tokenRequests(f)[0].body).get("client_id")).toBe(cimd);
      // The metadata document is the authorization server's to fetch, not ours.
      expect(events.filter((e) => e.type === "exchange").some((e) => e.request.url.startsWith("https://client.example"))).toBe(false);
    });
  });

  it("a metadata URL the server does not support: dynamic registration, and why", async () => {
    await withFixture({}, { clientMetadataUrl: "https://client.example/inspector.json" }, async (f, s, events) => {
      await (await connect(f.url, s.wrapFetch(fetch))).close();
      expect(events).toContainEqual(
        expect.objectContaining({
          type: "decision",
          step: "registration",
          chose: "dynamic",
          why: expect.stringContaining("does not support Client ID Metadata Documents"),
        }),
      );
    });
  });

  it("no resource metadata: the MCP server's origin is the authorization server, its metadata is used", async () => {
    await withFixture({ legacy: "metadata" }, {}, async (f, s, events) => {
      await (await connect(f.url, s.wrapFetch(fetch))).close();
      const origin = new URL(f.url).origin;
      expect(events).toContainEqual(expect.objectContaining({ type: "decision", step: "resource-metadata", chose: `${origin}/` }));
      const urls = events
        .filter((e) => e.type === "exchange")
        .map((e) => `${e.step} ${new URL(e.request.url).pathname} ${e.response?.status}`);
      expect(urls.slice(0, 3)).toEqual([
        "resource-metadata /.well-known/oauth-protected-resource/mcp 404",
        "resource-metadata /.well-known/oauth-protected-resource 404",
        "authorization-server-metadata /.well-known/oauth-authorization-server 200",
      ]);
    });
  });

  it("no metadata at all: the default /authorize, /token and /register endpoints", async () => {
    await withFixture({ legacy: "endpoints" }, {}, async (f, s, events) => {
      await (await connect(f.url, s.wrapFetch(fetch))).close();
      const origin = new URL(f.url).origin;
      expect(events).toContainEqual(
        expect.objectContaining({
          type: "decision",
          step: "authorization-server-metadata",
          chose: `${origin}/authorize, ${origin}/token, ${origin}/register`,
        }),
      );
      expect(s.status().authorized).toBe(true);
    });
  });
});

describe("OAuth with a person", () => {
  it("a request waiting for the login ends on its own abort; the login goes on and the next request carries the token", async () => {
    let url = "";
    await withFixture({}, { nonInteractive: false, onAuthorizationUrl: (u) => (url = u) }, async (f, s) => {
      const wrapped = s.wrapFetch(fetch);
      const ac = new AbortController();
      const init = {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json, text/event-stream" },
        body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list" }),
      };
      const waiting = wrapped(f.url, { ...init, signal: ac.signal });
      await expect.poll(() => url).not.toBe("");
      ac.abort(new Error("the caller gave up"));
      await expect(waiting).rejects.toThrow(/the caller gave up/);
      const back = (await fetch(url, { redirect: "manual" })).headers.get("location")!;
      await s.finish(back);
      const res = await wrapped(f.url, init);
      expect(((await res.json()) as { result: { tools: unknown[] } }).result.tools).toHaveLength(1);
    });
  });
});

describe("OAuth under parallel requests", () => {
  const post = (id: number) => ({
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json, text/event-stream" },
    body: JSON.stringify({ jsonrpc: "2.0", id, method: "tools/list" }),
  });

  it("requests that meet the same 401 share one login; those that meet an expiring token share one refresh", async () => {
    await withFixture({ refresh: true, expiresIn: 1 }, {}, async (f, s) => {
      const wrapped = s.wrapFetch(fetch);
      const first = await Promise.all([1, 2, 3].map((id) => wrapped(f.url, post(id))));
      expect(first.map((r) => r.status)).toEqual([200, 200, 200]);
      expect(f.log.filter((l) => l.path === "/register")).toHaveLength(1);
      expect(f.log.filter((l) => l.path === "/authorize")).toHaveLength(1);
      const again = await Promise.all([4, 5, 6].map((id) => wrapped(f.url, post(id))));
      expect(again.map((r) => r.status)).toEqual([200, 200, 200]);
      const grants = tokenRequests(f).map((l) => new URLSearchParams(l.body).get("grant_type"));
      expect(grants).toEqual(["authorization_code", "refresh_token"]);
    });
  });
});

describe("OAuth over the HTTP+SSE transport", () => {
  it("the same wrapped fetch for the SSE stream's GET and the POSTs: login, then tools/list", async () => {
    const { SSEClientTransport } = await import("@modelcontextprotocol/sdk/client/sse.js");
    await withFixture({ sse: true }, {}, async (f, s) => {
      const wrapped = s.wrapFetch(fetch);
      const client = new Client({ name: "auth-test", version: "1.0.0" });
      await client.connect(new SSEClientTransport(new URL(f.url), { fetch: wrapped, eventSourceInit: { fetch: wrapped } }));
      expect((await client.listTools()).tools[0].name).toBe("echo");
      await client.close();
      const mcp = f.log.filter((l) => l.side === "mcp" && (l.path === "/sse" || l.path === "/messages"));
      expect(mcp[0]).toMatchObject({ path: "/sse", headers: expect.not.objectContaining({ authorization: expect.anything() }) });
      expect(mcp.slice(1).every((l) => l.headers.authorization?.startsWith("Bearer "))).toBe(true);
    });
  });

  it("a flow that fails under the SSE stream's GET: the SDK's error is generic, lastFailure() names the step", async () => {
    const { SSEClientTransport } = await import("@modelcontextprotocol/sdk/client/sse.js");
    await withFixture({ sse: true, pkceMethods: ["plain"] }, {}, async (f, s) => {
      const wrapped = s.wrapFetch(fetch);
      const client = new Client({ name: "auth-test", version: "1.0.0" });
      await expect(
        client.connect(new SSEClientTransport(new URL(f.url), { fetch: wrapped, eventSourceInit: { fetch: wrapped } })),
      ).rejects.toThrow();
      expect(s.lastFailure()).toMatchObject({
        code: "auth-required",
        step: "authorization-server-metadata",
        message: expect.stringContaining("not S256"),
      });
    });
  });
});
