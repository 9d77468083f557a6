import { accessSync, constants, readFileSync } from "node:fs";
import type { AuthSettings, Timeouts } from "../../../lib/target/target";
import { UsageError, cannotRead } from "../usage-error";
import { clientKeyProblem } from "../../auth/jwt-assertion";
import type { Env } from "./env-flags";
import type { AuthArgs, TargetArgs } from "./target-flags";

/** How a connection is made, from the flags: authorization and time limits (every command that connects; the page too). */
export const NO_LIMIT = 2_147_483_647;

/** OAuth settings from the flags and the environment (MCP_ACCESS_TOKEN, MCP_CLIENT_SECRET); reads --client-private-key. */
export function authFromFlags(a: AuthArgs, env: Env, interactive = true): AuthSettings {
  const secret = a.clientSecret ?? (a.clientPrivateKey ? undefined : env.MCP_CLIENT_SECRET);
  return {
    // A browser login needs a person; without a terminal the default is to fail fast (exit 3), as the official CLI.
    mode: a.auth ?? (interactive ? "browser" : "off"),
    ...(a.clientId ? { clientId: a.clientId } : {}),
    ...(secret ? { clientSecret: secret } : {}),
    ...(a.clientPrivateKey ? { clientPrivateKey: readPrivateKey(a.clientPrivateKey, a.clientSigningAlg) } : {}),
    ...(a.clientSigningAlg ? { clientSigningAlg: a.clientSigningAlg } : {}),
    ...(a.clientMetadataUrl ? { clientMetadataUrl: a.clientMetadataUrl } : {}),
    // The ID token and the IdP's client secret are secrets: from the environment only, never argv.
    ...(a.auth === "cross-app" ? crossAppFromEnv(a, env) : {}),
    ...(a.auth === "workload" ? workloadFrom(a, env) : {}),
    ...(a.dpop ? { dpop: a.dpop } : {}),
    ...(a.callbackUrl ? { redirectUri: a.callbackUrl } : {}),
    ...(a.scope ? { scope: a.scope } : {}),
    ...(a.allowOrigins?.length ? { allowOrigins: a.allowOrigins } : {}),
    ...(env.MCP_ACCESS_TOKEN ? { accessToken: env.MCP_ACCESS_TOKEN } : {}),
  };
}

/** The key's text, checked before anything connects: a key that cannot sign with the algorithm is a usage error, not a failed login. */
function crossAppFromEnv(a: AuthArgs, env: Env): Partial<AuthSettings> {
  if (!env.MCP_IDP_ID_TOKEN)
    throw new UsageError(
      "--auth cross-app needs the ID token from your IdP in MCP_IDP_ID_TOKEN (an environment variable: it stays out of the process list)",
    );
  return {
    idToken: env.MCP_IDP_ID_TOKEN,
    idpTokenEndpoint: a.idpTokenEndpoint,
    ...(a.idpClientId ? { idpClientId: a.idpClientId } : {}),
    ...(env.MCP_IDP_CLIENT_SECRET ? { idpClientSecret: env.MCP_IDP_CLIENT_SECRET } : {}),
  };
}

/** Workload identity: the platform's JWT from a file (read by the flow at each token request) or MCP_WORKLOAD_TOKEN, never argv. */
function workloadFrom(a: AuthArgs, env: Env): Partial<AuthSettings> {
  if (a.workloadTokenFile) {
    try {
      accessSync(a.workloadTokenFile, constants.R_OK);
    } catch (e) {
      throw new UsageError(cannotRead("--workload-token-file", a.workloadTokenFile, e));
    }
    return { workloadTokenFile: a.workloadTokenFile };
  }
  if (env.MCP_WORKLOAD_TOKEN) return { workloadToken: env.MCP_WORKLOAD_TOKEN };
  throw new UsageError(
    "--auth workload needs the workload's JWT: --workload-token-file FILE (where the platform keeps it) or MCP_WORKLOAD_TOKEN (an environment variable: it stays out of the process list)",
  );
}

function readPrivateKey(file: string, alg: string | undefined): string {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(cannotRead("--client-private-key", file, e));
  }
  if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text))
    throw new UsageError(`--client-private-key: ${file} is not a PEM private key (no "-----BEGIN … PRIVATE KEY-----" line)`);
  const problem = clientKeyProblem(text, alg);
  if (problem) throw new UsageError(`--client-private-key: ${file}: ${problem}`);
  return text;
}

/** Time limits from the flags. Official default connect timeout: 15 s; 0 means no limit, as in the official CLI. */
export function timeoutsFromFlags(a: Pick<TargetArgs, "connectTimeoutMs" | "requestTimeoutMs">): Partial<Timeouts> {
  return {
    initializeMs: a.connectTimeoutMs === 0 ? NO_LIMIT : (a.connectTimeoutMs ?? 15_000),
    ...(a.requestTimeoutMs !== undefined ? { requestMs: a.requestTimeoutMs || NO_LIMIT } : {}),
  };
}
