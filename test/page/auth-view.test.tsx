// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AuthorizationView } from "../../features/authorization/authorization-view";
import { authRuns } from "../../features/authorization/auth-flow";
import { AUTH_STEPS, SPEC, type AuthEvent } from "../../lib/auth/steps";
import type { AuthEntry } from "../../lib/record/format";
import { createOAuthSession } from "../../server/auth";

afterEach(cleanup);

interface Fixture {
  url: string;
  close(): Promise<void>;
}
// A .mjs fixture (it runs as a process too), loaded by file URL (under jsdom import.meta.url is http:): its type is declared above.
const FIXTURE = pathToFileURL(path.resolve("test/fixtures/oauth-as.mjs")).href;
const startFixture = async (options: Record<string, unknown>): Promise<Fixture> =>
  ((await import(FIXTURE)) as { startOAuthFixture(o: Record<string, unknown>): Promise<Fixture> }).startOAuthFixture(options);

const INITIALIZE = JSON.stringify({
  jsonrpc: "2.0",
  id: 1,
  method: "initialize",
  params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "auth-view-test", version: "1" } },
});

/** The events the OAuth client reports for one initialize against the fixture, as the record's entries. */
async function flowAgainstFixture(options: Record<string, unknown>): Promise<AuthEntry[]> {
  const f = await startFixture(options);
  const events: AuthEvent[] = [];
  try {
    const s = createOAuthSession({
      serverUrl: f.url,
      redirectUri: "http://127.0.0.1:9/oauth/callback",
      nonInteractive: true,
      onEvent: (e) => events.push(e),
    });
    await s
      .wrapFetch(fetch)(f.url, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json, text/event-stream" },
        body: INITIALIZE,
      })
      .catch(() => undefined);
  } finally {
    await f.close();
  }
  return asEntries(events);
}

const asEntries = (events: AuthEvent[]): AuthEntry[] =>
  events.map((auth, i) => ({ seq: i + 1, t: 1_700_000_000_000 + i, kind: "auth", auth }));

const NOW = 1_700_000_000_000;
function show(entries: AuthEntry[], props: Partial<Parameters<typeof AuthorizationView>[0]> = {}) {
  const onForget = vi.fn();
  render(<AuthorizationView entries={entries} now={NOW} onForget={onForget} {...props} />);
  return { view: screen.getByTestId("auth-view"), onForget };
}

const stepsShown = () => screen.getAllByTestId("auth-step").map((s) => s.dataset.step);

describe("the OAuth debugger view", () => {
  it("a completed flow against the fixture authorization server: every step in AUTH_STEPS order, 200s, choices, the masked token", async () => {
    const entries = await flowAgainstFixture({});
    show(entries);
    const steps = stepsShown();
    expect(steps).toEqual(
      expect.arrayContaining(["challenge", "resource-metadata", "authorization-server-metadata", "registration", "authorization", "token"]),
    );
    expect(steps).toEqual([...steps].sort((a, b) => AUTH_STEPS.indexOf(a as never) - AUTH_STEPS.indexOf(b as never)));
    const exchanges = screen.getAllByTestId("auth-exchange");
    const statusOf = (step: string) => exchanges.filter((x) => x.dataset.step === step).map((x) => x.dataset.status);
    for (const step of ["resource-metadata", "authorization-server-metadata", "token"]) expect(statusOf(step)).toContain("200");
    expect(statusOf("registration")).toContain("201"); // RFC 7591 §3.2.1: 201 Created
    // An exchange opens to its request and response, as text.
    const token = exchanges.find((x) => x.dataset.step === "token")!;
    expect(within(token).getByLabelText("Request line and headers").textContent).toMatch(/^POST http:\/\/127\.0\.0\.1:\d+\/token/);
    expect(within(token).getByLabelText("Request body").textContent).toContain("grant_type=authorization_code");
    // The token is masked in the response as the engine recorded it.
    expect(within(token).getByLabelText("Response body").textContent).toMatch(/"access_token":"••••/);
    expect(screen.getAllByTestId("auth-decision")[0].textContent).toMatch(/^chose .+ because .+/);
    const outcome = screen.getByTestId("auth-outcome");
    expect(outcome.dataset.outcome).toBe("authorized");
    expect(outcome.textContent).toMatch(/••••/);
    expect(screen.getByTestId("auth-run").dataset.outcome).toBe("authorized");
  });

  it("a failed flow (metadata that is HTML): that step in red, the failure's words, the HTML by type and length only, never markup", async () => {
    const entries = await flowAgainstFixture({ htmlMetadata: true });
    const { view } = show(entries);
    const step = screen.getAllByTestId("auth-step").find((s) => s.dataset.step === "authorization-server-metadata")!;
    expect(step.className).toContain("auth-step-error");
    const outcome = within(step).getByTestId("auth-outcome");
    expect(outcome.dataset.outcome).toBe("failed");
    expect(outcome.textContent).toMatch(/OAuth, authorization server metadata: .* is not JSON \(text\/html/);
    expect(within(step).getByTestId("auth-exchange").dataset.status).toBe("200");
    // An answer that is not JSON is never echoed (it may be any page on the network): its type and length only.
    expect(view.textContent).toContain("[text/html, 48 characters, not shown: not JSON]");
    expect(view.textContent).not.toContain("Sign in");
    expect(view.querySelector("html, body")).toBeNull();
    expect(screen.getByTestId("auth-run").dataset.outcome).toBe("failed");
  });

  it("a problem (PKCE without S256) in red with a link to its spec section: http(s), a new tab, no opener, no referrer", async () => {
    show(await flowAgainstFixture({ pkceMethods: ["plain"] }));
    const problem = screen.getAllByTestId("auth-problem").find((p) => p.dataset.severity === "error")!;
    expect(problem.className).toContain("auth-problem-error");
    expect(problem.textContent).toMatch(/offers PKCE methods plain but not S256/);
    const link = within(problem).getByRole("link");
    expect(link.getAttribute("href")).toBe(SPEC.pkce);
    expect(link.textContent).toContain("MCP 2025-11-25 #authorization-code-protection");
    expect(link.getAttribute("target")).toBe("_blank");
    expect(link.getAttribute("rel")).toBe("noopener noreferrer");
  });

  it("every event type: a warning in amber, an exchange with no response, a spec URL that is not http(s) is text, long bodies behind Show all", () => {
    const long = "x".repeat(5000);
    const events: AuthEvent[] = [
      {
        type: "exchange",
        step: "resource-metadata",
        request: { method: "GET", url: "https://rs.example/.well-known/oauth-protected-resource", headers: {} },
        error: "connect ECONNREFUSED",
        ms: 3,
      },
      {
        type: "decision",
        step: "resource-metadata",
        chose: "the MCP server's origin as authorization server",
        why: "no resource metadata",
        spec: SPEC.backCompat,
      },
      {
        type: "problem",
        step: "authorization-server-metadata",
        severity: "warning",
        message: "no code_challenge_methods_supported",
        spec: SPEC.pkce,
      },
      {
        type: "problem",
        step: "authorization-server-metadata",
        severity: "warning",
        message: "a hostile spec link",
        spec: "javascript:alert(1)",
      },
      {
        type: "exchange",
        step: "token",
        request: {
          method: "POST",
          url: "https://as.example/token",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: "grant_type=authorization_code",
        },
        response: { status: 400, headers: {}, body: long, truncated: true },
        ms: 12,
      },
      { type: "outcome", step: "token", outcome: "failed", message: "OAuth, token: HTTP 400", spec: SPEC.pkce },
    ];
    show(asEntries(events));
    expect(stepsShown()).toEqual(["resource-metadata", "authorization-server-metadata", "token"]);
    const [noResponse, tokenX] = screen.getAllByTestId("auth-exchange");
    expect(noResponse.dataset.status).toBe("none");
    expect(noResponse.textContent).toContain("connect ECONNREFUSED");
    expect(screen.getByTestId("auth-decision").textContent).toContain(
      "chose the MCP server's origin as authorization server because no resource metadata",
    );
    const [warning, hostile] = screen.getAllByTestId("auth-problem");
    expect(warning.className).toContain("auth-problem-warning");
    expect(within(warning).getByRole("link").getAttribute("href")).toBe(SPEC.pkce);
    expect(within(hostile).queryByRole("link")).toBeNull();
    expect(hostile.textContent).toContain("javascript:alert(1)");
    const body = within(tokenX).getByLabelText("Response body");
    expect(body.textContent!.length).toBeLessThan(2000);
    fireEvent.click(within(tokenX).getByRole("button", { name: /Show all \(5,000 characters\)/ }));
    expect(within(tokenX).getByLabelText("Response body").textContent).toBe(long);
    expect(tokenX.textContent).toContain("cut by the inspector");
    expect(screen.getByTestId("auth-outcome").textContent).toContain("OAuth, token: HTTP 400");
    expect(within(screen.getByTestId("auth-outcome")).getByRole("link").getAttribute("href")).toBe(SPEC.pkce);
  });

  it("nothing yet: the empty state; the summary says not authorized and Forget tokens waits for something to forget", () => {
    show([]);
    expect(screen.getByText("No authorization yet: HTTP targets that answer 401 run the flow here")).toBeTruthy();
    expect(screen.getByTestId("auth-summary").textContent).toContain("not authorized");
    expect((screen.getByRole("button", { name: "Forget tokens" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("the summary: authorized, the masked token, scope, expiry, client id, refresh token; Forget tokens calls back", () => {
    const { onForget } = show([], {
      authorization: {
        authorized: true,
        token: "••••wxyz (36 chars)",
        scope: "mcp:tools",
        expiresAt: NOW + 59 * 60_000,
        clientId: "client-1",
        hasRefreshToken: false,
      },
    });
    const summary = screen.getByTestId("auth-summary");
    for (const text of ["authorized", "••••wxyz (36 chars)", "mcp:tools", "in 59 min", "client-1", "no"])
      expect(summary.textContent).toContain(text);
    fireEvent.click(screen.getByRole("button", { name: "Forget tokens" }));
    expect(onForget).toHaveBeenCalledOnce();
  });

  it("runs end at their outcome: a second login and a forget are runs of their own, the last one open", () => {
    const ok: AuthEvent = { type: "outcome", step: "token", outcome: "authorized", token: "••••abcd (36 chars)" };
    const x: AuthEvent = {
      type: "exchange",
      step: "token",
      request: { method: "POST", url: "https://as.example/token", headers: {} },
      response: { status: 200, headers: {}, body: "{}" },
      ms: 1,
    };
    const entries = asEntries([x, ok, { type: "outcome", step: "token", outcome: "forgotten" }, x, ok]);
    expect(authRuns(entries).map((r) => r.outcome?.outcome)).toEqual(["authorized", "forgotten", "authorized"]);
    show(entries);
    const runs = screen.getAllByTestId("auth-run");
    expect(runs.map((r) => (r as HTMLDetailsElement).open)).toEqual([false, true]);
    expect(screen.getAllByTestId("auth-outcome").map((o) => o.dataset.outcome)).toEqual(["authorized", "forgotten", "authorized"]);
  });
});
