import { describe, expect, it } from "vitest";
import { authSettingsFrom, DEFAULT_AUTH_DRAFT } from "../../features/connection/auth-draft";
import { draftFrom, specFrom } from "../../features/connection/connection-draft";
import { ConnectSpecSchema } from "../../lib/target/target";

describe("the connect form's authorization options", () => {
  it("the default (log in in the browser, nothing set) sends no auth; anything else sends it, trimmed", () => {
    expect(authSettingsFrom(DEFAULT_AUTH_DRAFT)).toEqual({ ok: true });
    expect(authSettingsFrom({ ...DEFAULT_AUTH_DRAFT, mode: "auto" })).toEqual({ ok: true, auth: { mode: "auto" } });
    expect(authSettingsFrom({ ...DEFAULT_AUTH_DRAFT, clientId: " c1 ", clientSecret: "s e", scope: " mcp:tools " })).toEqual({ ok: true, auth: { mode: "browser", clientId: "c1", clientSecret: "s e", scope: "mcp:tools" } });
  });

  it("refuses in words a metadata URL that is not http(s) and a secret without its client id", () => {
    expect(authSettingsFrom({ ...DEFAULT_AUTH_DRAFT, clientMetadataUrl: "javascript:alert(1)" })).toEqual({ ok: false, message: "the client metadata URL must be an http(s) URL" });
    expect(authSettingsFrom({ ...DEFAULT_AUTH_DRAFT, clientSecret: "s" })).toEqual({ ok: false, message: "a client secret needs its client id" });
  });

  it("goes with an HTTP or SSE target's connect, a spec the backend accepts; a stdio target never sends it", () => {
    const auth = { ...DEFAULT_AUTH_DRAFT, mode: "auto" as const, clientMetadataUrl: "https://client.example/meta.json" };
    const http = specFrom({ ...draftFrom(), transport: "http", url: "http://localhost:3000/mcp", auth });
    expect(http).toMatchObject({ ok: true, spec: { auth: { mode: "auto", clientMetadataUrl: "https://client.example/meta.json" } } });
    expect(http.ok && ConnectSpecSchema.safeParse(http.spec).success).toBe(true);
    const stdio = specFrom({ ...draftFrom(), command: "node", auth });
    expect(stdio.ok && "auth" in stdio.spec).toBe(false);
  });
});
