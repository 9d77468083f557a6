import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { runCommandLine } from "../server/commands/main";
import { startOAuthFixture, type OAuthFixture } from "./helpers/oauth-fixture";

// `inspector --cli --auth client-credentials` as a CI job runs it: the flags, MCP_CLIENT_SECRET,
// a key file, against the fixture authorization server in its machine-to-machine mode.

type Fixture = OAuthFixture;
const opened: Fixture[] = [];
afterEach(async () => void (await Promise.all(opened.splice(0).map((f) => f.close()))));
async function fixture(options: Record<string, unknown>): Promise<Fixture> {
  const f = await startOAuthFixture({ m2m: true, ...options });
  opened.push(f);
  return f;
}

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let out = "";
  let err = "";
  const code = await runCommandLine(["--cli", ...argv], env, { out: (s) => void (out += s + "\n"), err: (s) => void (err += s + "\n") });
  return { code, out, err };
}

const SECRET = "m2m-secret-0123456789abcdef";

describe("--auth client-credentials from the command line", () => {
  test("a secret from MCP_CLIENT_SECRET (never argv): tools/list succeeds; a wrong one exits 3 saying what to check", async () => {
    const f = await fixture({
      authMethods: ["client_secret_basic"],
      clients: [{ client_id: "robot", client_secret: SECRET, token_endpoint_auth_method: "client_secret_basic" }],
    });
    const ok = await cli(["--server-url", f.url, "--auth", "client-credentials", "--client-id", "robot", "--method", "tools/list"], {
      MCP_CLIENT_SECRET: SECRET,
    });
    expect(ok.code, ok.err).toBe(0);
    expect(JSON.parse(ok.out).tools.length).toBeGreaterThan(0);
    const wrong = await cli(["--server-url", f.url, "--auth", "client-credentials", "--client-id", "robot", "--method", "tools/list"], {
      MCP_CLIENT_SECRET: "not-the-secret",
    });
    expect(wrong.code).toBe(3);
    expect(wrong.err).toMatch(/invalid_client.*check --client-id and its secret/);
    expect(wrong.err).not.toContain("not-the-secret");
  });

  test("private_key_jwt from a key file with its algorithm; a key that cannot sign with the algorithm is refused before anything connects", async () => {
    const ec = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const f = await fixture({
      authMethods: ["private_key_jwt"],
      clients: [
        {
          client_id: "robot",
          token_endpoint_auth_method: "private_key_jwt",
          public_key: ec.publicKey.export({ type: "spki", format: "pem" }),
        },
      ],
    });
    const keyFile = path.join(mkdtempSync(path.join(tmpdir(), "cc-key-")), "robot.pem");
    writeFileSync(keyFile, ec.privateKey.export({ type: "pkcs8", format: "pem" }) as string, { mode: 0o600 });
    const ok = await cli([
      "--server-url",
      f.url,
      "--auth",
      "client-credentials",
      "--client-id",
      "robot",
      "--client-private-key",
      keyFile,
      "--client-signing-alg",
      "ES256",
      "--method",
      "tools/list",
    ]);
    expect(ok.code, ok.err).toBe(0);
    const misfit = await cli([
      "--server-url",
      f.url,
      "--auth",
      "client-credentials",
      "--client-id",
      "robot",
      "--client-private-key",
      keyFile,
      "--client-signing-alg",
      "RS256",
      "--method",
      "tools/list",
    ]);
    expect(misfit.code).toBe(1);
    expect(misfit.err).toMatch(/--client-private-key: .*robot\.pem: .*RS256/);
    const notAKey = await cli([
      "--server-url",
      f.url,
      "--auth",
      "client-credentials",
      "--client-id",
      "robot",
      "--client-private-key",
      "/nonexistent.pem",
      "--method",
      "tools/list",
    ]);
    expect(notAKey.err).toMatch(/--client-private-key: cannot read \/nonexistent\.pem: no such file/);
  });
});

describe("--auth cross-app (SEP-990) from the command line", () => {
  const ID_TOKEN = "eyJhbGciOiJFUzI1NiJ9.the-persons-id-token.sig";
  test("the ID token from MCP_IDP_ID_TOKEN is exchanged at --idp-token-endpoint, then the jwt-bearer grant: tools/list with no person; without the variable, a usage error naming it", async () => {
    const f = await fixture({
      crossApp: { idToken: ID_TOKEN },
      authMethods: ["client_secret_basic"],
      clients: [{ client_id: "robot", client_secret: SECRET, token_endpoint_auth_method: "client_secret_basic" }],
    });
    const argv = [
      "--server-url",
      f.url,
      "--auth",
      "cross-app",
      "--client-id",
      "robot",
      "--idp-token-endpoint",
      `${f.asOrigin}/idp/token`,
      "--idp-client-id",
      "idp-client",
      "--method",
      "tools/list",
    ];
    const ok = await cli(argv, { MCP_CLIENT_SECRET: SECRET, MCP_IDP_ID_TOKEN: ID_TOKEN });
    expect(ok.code, ok.err).toBe(0);
    expect(f.log.filter((l) => l.side === "as" && l.path.endsWith("token")).map((l) => l.path)).toEqual(["/idp/token", "/token"]);
    const missing = await cli(argv, { MCP_CLIENT_SECRET: SECRET });
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/--auth cross-app needs the ID token from your IdP in MCP_IDP_ID_TOKEN/);
  });
});
