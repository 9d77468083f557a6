import { describe, expect, it } from "vitest";
import { authSettingsFrom, DEFAULT_AUTH_DRAFT } from "../../features/connection/auth-draft";
import { draftFrom, specFrom } from "../../features/connection/connection-draft";
import { ConnectSpecSchema } from "../../lib/target/target";

describe("the connect form's authorization options", () => {
  it("the default (log in in the browser, nothing set) sends no auth; anything else sends it, trimmed", () => {
    expect(authSettingsFrom(DEFAULT_AUTH_DRAFT)).toEqual({ ok: true });
    expect(authSettingsFrom({ ...DEFAULT_AUTH_DRAFT, mode: "auto" })).toEqual({ ok: true, auth: { mode: "auto" } });
    expect(authSettingsFrom({ ...DEFAULT_AUTH_DRAFT, clientId: " c1 ", clientSecret: "s e", scope: " mcp:tools " })).toEqual({
      ok: true,
      auth: { mode: "browser", clientId: "c1", clientSecret: "s e", scope: "mcp:tools" },
    });
  });

  it("refuses in words a metadata URL that is not http(s) and a secret without its client id", () => {
    expect(authSettingsFrom({ ...DEFAULT_AUTH_DRAFT, clientMetadataUrl: "javascript:alert(1)" })).toEqual({
      ok: false,
      message: "the client metadata URL must be an http(s) URL",
    });
    expect(authSettingsFrom({ ...DEFAULT_AUTH_DRAFT, clientSecret: "s" })).toEqual({
      ok: false,
      message: "a client secret needs its client id",
    });
  });

  it("goes with an HTTP or SSE target's connect, a spec the backend accepts; a stdio target never sends it", () => {
    const auth = { ...DEFAULT_AUTH_DRAFT, mode: "auto" as const, clientMetadataUrl: "https://client.example/meta.json" };
    const http = specFrom({ ...draftFrom(), transport: "http", url: "http://localhost:3000/mcp", auth });
    expect(http).toMatchObject({ ok: true, spec: { auth: { mode: "auto", clientMetadataUrl: "https://client.example/meta.json" } } });
    expect(http.ok && ConnectSpecSchema.safeParse(http.spec).success).toBe(true);
    const stdio = specFrom({ ...draftFrom(), command: "node", auth });
    expect(stdio.ok && "auth" in stdio.spec).toBe(false);
  });

  const PEM = "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n-----END PRIVATE KEY-----\n";
  const m2m = { ...DEFAULT_AUTH_DRAFT, mode: "client-credentials" as const, clientId: " robot " };

  it("client credentials with a secret: the id trimmed, the secret as typed; a key typed before switching is not sent", () => {
    expect(authSettingsFrom({ ...m2m, clientSecret: "s3cret ", clientPrivateKey: PEM, scope: " mcp:read " })).toEqual({
      ok: true,
      auth: { mode: "client-credentials", clientId: "robot", clientSecret: "s3cret ", scope: "mcp:read" },
    });
  });

  it("client credentials with a private key: the PEM and the algorithm, not the secret; Automatic leaves the algorithm to the backend", () => {
    expect(
      authSettingsFrom({
        ...m2m,
        proof: "private-key",
        clientSecret: "left-over",
        clientPrivateKey: `  ${PEM}`,
        clientSigningAlg: "ES256",
      }),
    ).toEqual({
      ok: true,
      auth: { mode: "client-credentials", clientId: "robot", clientPrivateKey: PEM.trim(), clientSigningAlg: "ES256" },
    });
    expect(authSettingsFrom({ ...m2m, proof: "private-key", clientPrivateKey: PEM })).toEqual({
      ok: true,
      auth: { mode: "client-credentials", clientId: "robot", clientPrivateKey: PEM.trim() },
    });
  });

  it("client credentials refuse in words: no id, no secret, no key, a key that is not PEM", () => {
    expect(authSettingsFrom({ ...m2m, clientId: " ", clientSecret: "s" })).toEqual({
      ok: false,
      message: "client credentials need a client id",
    });
    expect(authSettingsFrom(m2m)).toEqual({ ok: false, message: "client credentials need the client secret (or a private key)" });
    expect(authSettingsFrom({ ...m2m, proof: "private-key" })).toEqual({
      ok: false,
      message: "paste the client's private key (PEM) or choose its file",
    });
    expect(authSettingsFrom({ ...m2m, proof: "private-key", clientPrivateKey: "ssh-ed25519 AAAA" })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^the private key must be PEM text/),
    });
  });

  it("client credentials go with an HTTP target's connect as a spec the backend accepts", () => {
    const http = specFrom({
      ...draftFrom(),
      transport: "http",
      url: "http://localhost:3000/mcp",
      auth: { ...m2m, proof: "private-key", clientPrivateKey: PEM, clientSigningAlg: "ES256" },
    });
    expect(http).toMatchObject({ ok: true, spec: { auth: { mode: "client-credentials", clientId: "robot", clientSigningAlg: "ES256" } } });
    expect(http.ok && ConnectSpecSchema.safeParse(http.spec).success).toBe(true);
  });
});
