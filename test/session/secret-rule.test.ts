import { describe, expect, it } from "vitest";
import { OAUTH_SECRET_PARAMS, secretNamed, structuralName } from "../../lib/session/secret-names";

/** Issue 64 point 2: one rule for what counts as a secret, and structural names that only look like one. */
describe("the one secret-name rule", () => {
  it.each([
    "PWD",
    "pwd",
    "OLDPWD",
    "max_tokens",
    "maxTokens",
    "tokens",
    "token_count",
    "tokenCount",
    "input_tokens",
    "output_tokens",
    "total_tokens",
    "token_type",
    "token_endpoint",
    "authorization_endpoint",
    "keyword",
    "api_key_name",
    "keyPath",
    "KeyError",
    "token_errors",
  ])("%s holds structure, not a secret", (name) => {
    expect(structuralName(name)).toBe(true);
    expect(secretNamed(name)).toBe(false);
  });

  it.each([
    "DB_PWD",
    "access_token",
    "token",
    "apiKey",
    "OPENAI_API_KEY",
    "session_id",
    "sessionId",
    "password",
    "code_verifier",
    "client_secret",
    "authorization",
    "cookie",
    "access_token_count",
    "refreshToken",
    "GITHUB_TOKEN",
    "webhook_secret",
    "private_key",
    "x-api-key",
    "passphrase",
  ])("%s names a secret", (name) => {
    expect(secretNamed(name)).toBe(true);
  });

  it("every OAuth parameter the flow masks is secret by the same rule", () => {
    for (const k of OAUTH_SECRET_PARAMS) expect(secretNamed(k, "param"), k).toBe(true);
    // `code` is source code as a field, an authorization code in a URL.
    expect(secretNamed("code")).toBe(false);
  });
});
