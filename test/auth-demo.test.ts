import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { createOAuthSession, AuthEventSchema, type AuthEvent, type OAuthSessionOptions } from "../server/auth";
import { startOAuthDemo, type OAuthDemo } from "./helpers/oauth-demo";

const REDIRECT = "http://127.0.0.1:9/oauth/callback";

let demo: OAuthDemo;
let serverUrl: string;

beforeAll(async () => {
  demo = await startOAuthDemo();
  serverUrl = demo.url;
});
afterAll(() => demo?.stop());

function session(extra: Partial<OAuthSessionOptions> = {}) {
  const events: AuthEvent[] = [];
  const oauth = createOAuthSession({ serverUrl, redirectUri: REDIRECT, onEvent: (e) => events.push(e), ...extra });
  return { oauth, events };
}

async function listTools(fetchFn: typeof fetch) {
  const client = new Client({ name: "auth-test", version: "1.0.0" });
  await client.connect(new StreamableHTTPClientTransport(new URL(serverUrl), { fetch: fetchFn }));
  try {
    return (await client.listTools()).tools.map((t) => t.name);
  } finally {
    await client.close();
  }
}

describe("OAuth against the SDK's example server (--oauth-strict)", () => {
  it("without a person: discovery, dynamic registration, PKCE, code, token, then tools/list with the token", async () => {
    const { oauth, events } = session({ nonInteractive: true });
    const tools = await listTools(oauth.wrapFetch(fetch));
    expect(tools).toContain("greet");
    expect(oauth.status()).toMatchObject({ authorized: true, scope: "mcp:tools" });

    for (const e of events) expect(AuthEventSchema.safeParse(e).success).toBe(true);
    const exchanges = events.filter((e) => e.type === "exchange");
    expect(exchanges.map((e) => `${e.step} ${e.response?.status}`)).toEqual([
      "resource-metadata 200",
      "authorization-server-metadata 200",
      "registration 201",
      "authorization 302",
      "token 200",
    ]);
    expect(exchanges[0].request.url).toBe(`${new URL(serverUrl).origin}/.well-known/oauth-protected-resource/mcp`);
    const decisions = events.filter((e) => e.type === "decision").map((e) => e.chose);
    expect(decisions).toContain("dynamic");
    expect(decisions).toContain("scope=mcp:tools");
    expect(decisions).toContain(`resource=${serverUrl}`);
    expect(decisions).toContain("token endpoint auth: none");
    const auth = new URL(exchanges[3].request.url);
    expect(auth.searchParams.get("code_challenge_method")).toBe("S256");
    expect(auth.searchParams.get("resource")).toBe(serverUrl);
    // Secrets never reach the events: the token response shows the token masked.
    expect(exchanges[4].response!.body).toMatch(/"access_token":"••••/);
    expect(exchanges[4].request.body).toMatch(/code=%E2%80%A2/);
    expect(events.some((e) => e.type === "outcome" && e.outcome === "authorized")).toBe(true);
  });

  it("with a person: the URL is handed out, a wrong state is refused, the right callback finishes the login", async () => {
    let url = "";
    const { oauth, events } = session({ onAuthorizationUrl: (u) => (url = u) });
    const login = oauth.authorize();
    await expect.poll(() => url).not.toBe("");
    expect(oauth.status().pendingUrl).toBe(url);
    // What the person's browser would do: the demo redirects straight back with code and state.
    const redirected = await fetch(url, { redirect: "manual" });
    const callback = new URL(redirected.headers.get("location")!);
    const forged = new URL(callback);
    forged.searchParams.set("state", "not-the-state");
    await expect(oauth.finish(forged.href)).rejects.toThrow(/callback: the state in the callback is not the one this flow sent/);
    expect(events.some((e) => e.type === "problem" && e.step === "callback")).toBe(true);
    expect(events.some((e) => e.type === "decision" && e.step === "callback")).toBe(false);
    await oauth.finish(callback.href);
    await login;
    expect(events.find((e) => e.type === "decision" && e.step === "callback")).toMatchObject({
      why: expect.stringContaining("state"),
      spec: expect.stringMatching(/^https:/),
    });
    expect(await listTools(oauth.wrapFetch(fetch))).toContain("greet");
    oauth.forget();
    expect(oauth.status()).toMatchObject({ authorized: false });
    await expect(oauth.finish(callback.href)).rejects.toThrow(/no authorization is waiting/);
  });
});
