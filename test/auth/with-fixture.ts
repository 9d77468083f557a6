// One OAuth session against one fixture server (test/fixtures/oauth-as.mjs), without a person,
// and an SDK client connected through the session's fetch: the shape every test here needs.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { expect } from "vitest";
import { AuthEventSchema, createOAuthSession, type AuthEvent, type OAuthSession, type OAuthSessionOptions } from "../../server/auth";
import { startOAuthFixture, type OAuthFixture, type OAuthFixtureOptions } from "../helpers/oauth-fixture";

export const REDIRECT = "http://127.0.0.1:9/oauth/callback";

/** What the fixture exposes beyond the typed helper: the 2026 rules' observations. */
export type Fixture2026 = OAuthFixture & {
  as2Origin: string;
  proofs: Array<{ at: "token" | "resource"; claims: Record<string, unknown> }>;
  workloadGrants: Array<{ claims: Record<string, unknown>; clientId: string | null; resource: string | null }>;
  mintWorkloadJwt(claims?: Record<string, unknown>): string;
};

export async function withFixture(
  options: OAuthFixtureOptions,
  extra: Partial<OAuthSessionOptions>,
  body: (f: Fixture2026, s: OAuthSession, events: AuthEvent[]) => Promise<void>,
): Promise<void> {
  const f = (await startOAuthFixture(options)) as Fixture2026;
  const events: AuthEvent[] = [];
  try {
    const s = createOAuthSession({
      serverUrl: f.url,
      redirectUri: REDIRECT,
      nonInteractive: true,
      onEvent: (e) => events.push(e),
      ...extra,
    });
    await body(f, s, events);
    for (const e of events) expect(AuthEventSchema.safeParse(e).success).toBe(true);
  } finally {
    await f.close();
  }
}

/** An SDK client over the session's fetch; closed by the caller. */
export async function connect(url: string, fetchFn: typeof fetch): Promise<Client> {
  const client = new Client({ name: "auth-test", version: "1.0.0" });
  await client.connect(new StreamableHTTPClientTransport(new URL(url), { fetch: fetchFn }));
  return client;
}
