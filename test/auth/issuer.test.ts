import { describe, expect, it } from "vitest";
import { connect, withFixture } from "./with-fixture";

const tokenRequests = (f: { log: Array<{ side: string; path: string }> }) => f.log.filter((l) => l.side === "as" && l.path === "/token");

describe("the authorization server's identity (SEP-2468, RFC 9207) and registration (SEP-837)", () => {
  it("a callback whose iss is the issuer: the code is exchanged; registration said application_type native", async () => {
    await withFixture({ iss: "correct", issAdvertised: true }, {}, async (f, s) => {
      await (await connect(f.url, s.wrapFetch(fetch))).close();
      expect(s.status()).toMatchObject({ authorized: true, issuer: f.asOrigin, issCheck: `iss matched ${f.asOrigin}` });
      const registration = JSON.parse(f.log.find((l) => l.path === "/register")!.body);
      expect(registration.application_type).toBe("native");
    });
  });

  it("no iss from a server that does not advertise it: accepted, and said so", async () => {
    await withFixture({}, {}, async (f, s) => {
      await (await connect(f.url, s.wrapFetch(fetch))).close();
      expect(s.status().issCheck).toBe("no iss (the server does not advertise it)");
    });
  });

  const refused: Array<[string, Record<string, unknown>, RegExp]> = [
    [
      "another issuer's iss",
      { iss: "wrong", issAdvertised: true },
      /the callback's iss "https:\/\/evil\.example" is not the issuer http:\/\/127\.0\.0\.1:\d+ this login was sent to/,
    ],
    [
      "an iss that matches only once normalized (a trailing slash)",
      { iss: "slash" },
      /the callback's iss "http:\/\/127\.0\.0\.1:\d+\/" is not the issuer/,
    ],
    ["a wrong iss although not advertised", { iss: "wrong" }, /is not the issuer/],
    [
      "no iss although advertised",
      { issAdvertised: true },
      /carries no iss although the authorization server's metadata says it always sends one/,
    ],
  ];
  for (const [what, options, message] of refused) {
    it(`${what}: refused at the callback, the code never reaches the token endpoint`, async () => {
      await withFixture(options, {}, async (f, s, events) => {
        await expect(connect(f.url, s.wrapFetch(fetch))).rejects.toThrow(message);
        expect(tokenRequests(f)).toHaveLength(0);
        expect(events.at(-1)).toMatchObject({
          type: "outcome",
          outcome: "failed",
          step: "callback",
          spec: expect.stringContaining("rfc9207"),
        });
      });
    });
  }

  it("metadata whose issuer is another server's: refused before its endpoints are used", async () => {
    await withFixture({ metadataIssuer: "https://attacker.example" }, {}, async (f, s) => {
      await expect(connect(f.url, s.wrapFetch(fetch))).rejects.toThrow(
        /issuer "https:\/\/attacker\.example" is not the authorization server http:\/\/127\.0\.0\.1:\d+ whose well-known URL served it/,
      );
      expect(f.log.some((l) => ["/register", "/authorize", "/token"].includes(l.path))).toBe(false);
    });
  });

  it("metadata whose issuer differs by a trailing slash only: a warning, and the flow goes on", async () => {
    await withFixture({ metadataIssuerSlash: true }, {}, async (f, s, events) => {
      await (await connect(f.url, s.wrapFetch(fetch))).close();
      expect(s.status().authorized).toBe(true);
      expect(events).toContainEqual(
        expect.objectContaining({ type: "problem", severity: "warning", message: expect.stringContaining("by a trailing slash") }),
      );
    });
  });

  it("2025-03-26, no resource metadata: the origin is no issuer anyone named, so a different issuer is a warning and the flow goes on", async () => {
    await withFixture({ legacy: "metadata", metadataIssuer: "https://as.example/oauth" }, {}, async (f, s, events) => {
      await (await connect(f.url, s.wrapFetch(fetch))).close();
      expect(s.status().authorized).toBe(true);
      expect(events).toContainEqual(
        expect.objectContaining({ type: "problem", severity: "warning", message: expect.stringContaining("(2025-03-26)") }),
      );
    });
  });
});
