import { createPublicKey, generateKeyPairSync, verify, constants, type KeyObject } from "node:crypto";
import { describe, expect, it } from "vitest";
import { algFits, chooseSigningAlg, clientAssertion, readPrivateKey, type SigningAlg } from "../server/auth/jwt-assertion";
import { clientKeyProblem } from "../server/auth/jwt-assertion";

// private_key_jwt's keys and signatures (RFC 7523, RFC 7518 §3), with node:crypto only: each
// algorithm's signature verifies as a JWS verifier would check it, and a key that cannot make the
// algorithm asked for is refused in words.

const pemOf = (k: KeyObject) => k.export({ type: "pkcs8", format: "pem" }) as string;
const keys = {
  rsa: generateKeyPairSync("rsa", { modulusLength: 2048 }),
  p256: generateKeyPairSync("ec", { namedCurve: "P-256" }),
  p384: generateKeyPairSync("ec", { namedCurve: "P-384" }),
  p521: generateKeyPairSync("ec", { namedCurve: "P-521" }),
  ed: generateKeyPairSync("ed25519"),
};

function verifies(jwt: string, pub: KeyObject): boolean {
  const [h, p, s] = jwt.split(".");
  const alg = (JSON.parse(Buffer.from(h, "base64url").toString()) as { alg: string }).alg;
  const hash = alg === "EdDSA" ? null : `sha${alg.slice(2)}`;
  const key = alg.startsWith("ES")
    ? { key: pub, dsaEncoding: "ieee-p1363" as const }
    : alg.startsWith("PS")
      ? { key: pub, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST }
      : pub;
  return verify(hash, Buffer.from(`${h}.${p}`), key, Buffer.from(s, "base64url"));
}

describe("client assertions", () => {
  const cases: Array<[SigningAlg, keyof typeof keys]> = [
    ["RS256", "rsa"],
    ["RS512", "rsa"],
    ["PS256", "rsa"],
    ["ES256", "p256"],
    ["ES384", "p384"],
    ["ES512", "p521"],
    ["EdDSA", "ed"],
  ];
  it.each(cases)("%s signs a JWT the public key verifies, with the claims RFC 7523 §3 asks for", (alg, which) => {
    const { privateKey, publicKey } = keys[which];
    const key = readPrivateKey(pemOf(privateKey));
    const jwt = clientAssertion({ clientId: "robot", audience: "https://as.example", key, alg, now: 1_700_000_000_000 });
    expect(verifies(jwt, createPublicKey(publicKey.export({ type: "spki", format: "pem" })))).toBe(true);
    const claims = JSON.parse(Buffer.from(jwt.split(".")[1], "base64url").toString()) as Record<string, unknown>;
    expect(claims).toEqual({
      iss: "robot",
      sub: "robot",
      aud: "https://as.example",
      jti: expect.stringMatching(/^[0-9a-f-]{36}$/),
      iat: 1_700_000_000,
      exp: 1_700_000_060,
    });
  });

  it("each assertion has its own jti", () => {
    const key = readPrivateKey(pemOf(keys.p256.privateKey));
    const jti = (jwt: string) => (JSON.parse(Buffer.from(jwt.split(".")[1], "base64url").toString()) as { jti: string }).jti;
    const one = clientAssertion({ clientId: "c", audience: "a", key, alg: "ES256" });
    const two = clientAssertion({ clientId: "c", audience: "a", key, alg: "ES256" });
    expect(jti(one)).not.toBe(jti(two));
  });
});

describe("choosing and checking the algorithm", () => {
  const rsa = readPrivateKey(pemOf(keys.rsa.privateKey));
  const p384 = readPrivateKey(pemOf(keys.p384.privateKey));

  it("an ES algorithm is its curve's only: ES256 does not fit a P-384 key", () => {
    expect(algFits("ES384", p384)).toBe(true);
    expect(algFits("ES256", p384)).toBe(false);
    expect(algFits("RS256", p384)).toBe(false);
    expect(algFits("PS384", rsa)).toBe(true);
  });

  it("without an algorithm: the first the server lists that fits the key, else the key's own", () => {
    expect(chooseSigningAlg(rsa, undefined, ["ES256", "PS256", "RS256"]).alg).toBe("PS256");
    expect(chooseSigningAlg(p384, undefined, undefined)).toMatchObject({ alg: "ES384", why: "an EC key on P-384 signs with ES384" });
    expect(chooseSigningAlg(p384, undefined, ["RS256"]).why).toMatch(/the server lists RS256, none of which fits the key/);
  });

  it("a wrong, unknown or HMAC algorithm is refused in words", () => {
    expect(() => chooseSigningAlg(p384, "ES256", undefined)).toThrow(
      "the signing algorithm ES256 does not fit the private key, which is an EC key on P-384: use ES384",
    );
    expect(() => chooseSigningAlg(rsa, "RS999", undefined)).toThrow(/unknown signing algorithm RS999: use one of RS256, /);
    expect(() => chooseSigningAlg(rsa, "HS256", undefined)).toThrow(/HS256 is an HMAC algorithm \(client_secret_jwt\)/);
  });

  it("an RSA key under 2048 bits is refused (RFC 7518 §3.3)", () => {
    const small = readPrivateKey(pemOf(generateKeyPairSync("rsa", { modulusLength: 1024 }).privateKey));
    expect(() => chooseSigningAlg(small, "RS256", undefined)).toThrow(
      /an RSA key \(1024 bits\): RS and PS algorithms need 2048 bits or more/,
    );
  });

  it("a key that cannot be read says why, never echoing its text", () => {
    const encrypted = keys.p256.privateKey.export({ type: "pkcs8", format: "pem", cipher: "aes-256-cbc", passphrase: "pw" }) as string;
    expect(clientKeyProblem(encrypted, undefined)).toMatch(/it is encrypted, and a passphrase is not supported/);
    const pub = keys.p256.publicKey.export({ type: "spki", format: "pem" }) as string;
    const problem = clientKeyProblem(pub, undefined);
    expect(problem).toMatch(/it is not a PEM private key .*a public key or a certificate will not do/);
    expect(problem).not.toContain(pub.split("\n")[1]);
    expect(clientKeyProblem(pemOf(keys.ed.privateKey), "EdDSA")).toBeUndefined();
    // PKCS#1 and SEC1 PEM are read as well as PKCS#8.
    expect(clientKeyProblem(keys.rsa.privateKey.export({ type: "pkcs1", format: "pem" }) as string, "RS256")).toBeUndefined();
    expect(clientKeyProblem(keys.p256.privateKey.export({ type: "sec1", format: "pem" }) as string, "ES256")).toBeUndefined();
  });
});
