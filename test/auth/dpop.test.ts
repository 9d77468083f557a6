import { createHash, createPublicKey, verify } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DpopKey, htu } from "../../server/auth/dpop";
import { connect, withFixture } from "./with-fixture";

const decode = (part: string) => JSON.parse(Buffer.from(part, "base64url").toString()) as Record<string, unknown>;

describe("DPoP (RFC 9449)", () => {
  it("a proof: dpop+jwt, ES256 over the public jwk (no private part), htu without query, ath the token's hash, the key's RFC 7638 thumbprint", () => {
    const key = new DpopKey();
    const proof = key.proof("post", "https://mcp.example/mcp?x=1#f", "the-token");
    const [h, p, sig] = proof.split(".");
    const header = decode(h);
    expect(header).toMatchObject({ typ: "dpop+jwt", alg: "ES256", jwk: { kty: "EC", crv: "P-256" } });
    expect(header.jwk).not.toHaveProperty("d");
    const publicKey = createPublicKey({ key: header.jwk as never, format: "jwk" });
    expect(verify("sha256", Buffer.from(`${h}.${p}`), { key: publicKey, dsaEncoding: "ieee-p1363" }, Buffer.from(sig, "base64url"))).toBe(
      true,
    );
    const claims = decode(p);
    expect(claims).toMatchObject({
      htm: "POST",
      htu: "https://mcp.example/mcp",
      ath: createHash("sha256").update("the-token").digest("base64url"),
    });
    expect(key.proof("POST", "https://mcp.example/mcp")).not.toContain(String(claims.jti));
    // RFC 7638 §3.2: the SHA-256 of the required members, in order, of the jwk the proofs carry.
    const { crv, kty, x, y } = header.jwk as Record<string, string>;
    expect(key.thumbprint).toBe(createHash("sha256").update(`{"crv":"${crv}","kty":"${kty}","x":"${x}","y":"${y}"}`).digest("base64url"));
    expect(htu("https://a.example:8443/p/?q#h")).toBe("https://a.example:8443/p/");
  });

  it("a server that offers DPoP: the token is bound to the session's key and every request carries a fresh proof with the DPoP scheme", async () => {
    await withFixture({ dpop: {} }, {}, async (f, s, events) => {
      const client = await connect(f.url, s.wrapFetch(fetch));
      await client.listTools();
      await client.close();
      const status = s.status();
      expect(status).toMatchObject({ authorized: true, tokenType: "DPoP", dpopThumbprint: expect.any(String) });
      const mcp = f.log.filter((l) => l.side === "mcp" && l.method === "POST" && l.headers.authorization);
      expect(mcp.length).toBeGreaterThan(1);
      for (const l of mcp) expect(l.headers.authorization).toMatch(/^DPoP /);
      // The fixture refuses a replayed jti, a wrong ath or key: each request above passed its checks.
      expect(f.proofs.filter((p) => p.at === "resource").length).toBe(mcp.filter((l) => l.headers.dpop).length);
      expect(f.proofs.filter((p) => p.at === "token")).toHaveLength(1);
      expect(events).toContainEqual(
        expect.objectContaining({ type: "decision", step: "token", chose: expect.stringMatching(/^DPoP: proofs signed ES256/) }),
      );
    });
  });

  it("nonces: the token endpoint's and the MCP server's use_dpop_nonce are each answered by one retry with the nonce", async () => {
    await withFixture({ dpop: { nonce: true } }, {}, async (f, s, events) => {
      const client = await connect(f.url, s.wrapFetch(fetch));
      await client.listTools();
      await client.close();
      const tokenProofs = f.proofs.filter((p) => p.at === "token").map((p) => p.claims.nonce);
      expect(tokenProofs).toEqual([undefined, "as-nonce-1"]);
      expect(f.proofs.filter((p) => p.at === "resource").at(-1)!.claims.nonce).toBe("rs-nonce-1");
      const retries = events.filter((e) => e.type === "decision" && /DPoP nonce/.test(e.chose));
      expect(retries.map((e) => e.step)).toEqual(["token", "challenge"]);
    });
  });

  it("--dpop off: Bearer tokens from the same server", async () => {
    await withFixture({ dpop: {} }, { dpop: "off" }, async (f, s) => {
      // The fixture's MCP side then refuses the Bearer token: what off means against a DPoP-only resource.
      await expect(connect(f.url, s.wrapFetch(fetch))).rejects.toThrow(/401 again/);
      expect(f.proofs).toHaveLength(0);
      expect(f.log.find((l) => l.path === "/token")!.headers.dpop).toBeUndefined();
    });
  });
});
