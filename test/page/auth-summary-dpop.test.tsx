// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { AuthorizationSummary } from "../../features/authorization/authorization-summary";
import { AuthOptions } from "../../features/connection/auth-options";
import { authSettingsFrom, DEFAULT_AUTH_DRAFT, type AuthDraft } from "../../features/connection/auth-draft";
import { createOAuthSession } from "../../server/auth";

afterEach(cleanup);

// A .mjs fixture loaded by file URL (under jsdom import.meta.url is http:).
const FIXTURE = pathToFileURL(path.resolve("test/fixtures/oauth-as.mjs")).href;
type Fixture = { url: string; asOrigin: string; close(): Promise<void> };

describe("the Authorization fold: DPoP and the issuer check", () => {
  it("after a DPoP login whose redirect named its issuer: the summary says DPoP with the key's thumbprint, the server, and the iss check", async () => {
    const f = ((await import(FIXTURE)) as { startOAuthFixture(o: object): Promise<Fixture> }).startOAuthFixture;
    const fixture = await f({ dpop: {}, iss: "correct", issAdvertised: true });
    try {
      const s = createOAuthSession({ serverUrl: fixture.url, redirectUri: "http://127.0.0.1:9/oauth/callback", nonInteractive: true });
      await s.authorize();
      const status = s.status();
      render(
        <AuthorizationSummary
          authorization={{ ...status, authorized: status.authorized }}
          now={Date.now()}
          forgetting={false}
          onForget={() => undefined}
        />,
      );
      expect(screen.getByTestId("auth-token-type").textContent).toContain("DPoP: bound to this session's key");
      expect(screen.getByTestId("auth-token-type").textContent).toContain(status.dpopThumbprint!);
      expect(screen.getByTestId("auth-iss-check").textContent).toBe(`iss matched ${fixture.asOrigin}`);
      expect(screen.getByTestId("auth-summary").textContent).toContain(fixture.asOrigin);
    } finally {
      await fixture.close();
    }
  });

  it("the DPoP choice in the options: auto is sent as nothing, on and off as chosen", () => {
    let draft: AuthDraft = { ...DEFAULT_AUTH_DRAFT };
    render(<AuthOptions value={draft} onChange={(v) => (draft = v)} />);
    fireEvent.change(screen.getByLabelText("DPoP-bound tokens"), { target: { value: "on" } });
    expect(draft.dpop).toBe("on");
    expect(authSettingsFrom(DEFAULT_AUTH_DRAFT)).toEqual({ ok: true });
    expect(authSettingsFrom(draft)).toEqual({ ok: true, auth: { mode: "browser", dpop: "on" } });
    expect(authSettingsFrom({ ...draft, mode: "auto", dpop: "off" })).toEqual({ ok: true, auth: { mode: "auto", dpop: "off" } });
  });
});
