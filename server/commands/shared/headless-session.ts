import { readFileSync } from "node:fs";
import type { AuthSettings, Target } from "../../../lib/target/target";
import { capabilitiesFor, type HeadlessSession } from "../../harness/headless";
import { UsageError, cannotRead } from "../usage-error";
import { clientKeyProblem } from "../../auth";
import { answersFromFlags } from "./answers";
import type { Env } from "./env-flags";
import type { AnswerArgs, AuthArgs, TargetArgs } from "./target-flags";

const NO_LIMIT = 2_147_483_647;

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
    ...(a.callbackUrl ? { redirectUri: a.callbackUrl } : {}),
    ...(a.scope ? { scope: a.scope } : {}),
    ...(env.MCP_ACCESS_TOKEN ? { accessToken: env.MCP_ACCESS_TOKEN } : {}),
  };
}

/** The key's text, checked before anything connects: a key that cannot sign with the algorithm is a usage error, not a failed login. */
function crossAppFromEnv(a: AuthArgs, env: Env): Partial<AuthSettings> {
  if (!env.MCP_IDP_ID_TOKEN) throw new UsageError("--auth cross-app needs the ID token from your IdP in MCP_IDP_ID_TOKEN (an environment variable: it stays out of the process list)");
  return {
    idToken: env.MCP_IDP_ID_TOKEN,
    idpTokenEndpoint: a.idpTokenEndpoint,
    ...(a.idpClientId ? { idpClientId: a.idpClientId } : {}),
    ...(env.MCP_IDP_CLIENT_SECRET ? { idpClientSecret: env.MCP_IDP_CLIENT_SECRET } : {}),
  };
}

function readPrivateKey(file: string, alg: string | undefined): string {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(cannotRead("--client-private-key", file, e));
  }
  if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text)) throw new UsageError(`--client-private-key: ${file} is not a PEM private key (no "-----BEGIN … PRIVATE KEY-----" line)`);
  const problem = clientKeyProblem(text, alg);
  if (problem) throw new UsageError(`--client-private-key: ${file}: ${problem}`);
  return text;
}

export interface HeadlessExtras {
  /** tools/call as a task: offer tasks (the everything server lists its task tools only to a client that does). */
  task?: boolean;
  /** Offer the MCP Apps extension (--advertise-apps). */
  advertiseApps?: boolean;
  onLogin?: (url: string) => void;
  /** A person is at a terminal to log in (the default browser login needs one). */
  interactive?: boolean;
}

/** Everything a headless run connects with, from the flags. Official default connect timeout: 15 s. */
export function headlessSession(a: TargetArgs & AuthArgs & AnswerArgs, target: Target, env: Env, extras: HeadlessExtras = {}): HeadlessSession {
  const answers = answersFromFlags(a);
  return {
    target,
    answers,
    auth: authFromFlags(a, env, extras.interactive ?? false),
    onLogin: extras.onLogin,
    capabilities: { ...capabilitiesFor(answers), tasks: extras.task === true, apps: extras.advertiseApps === true },
    protocolEra: a.protocolEra ?? "auto",
    // 0 means no limit, as in the official CLI.
    timeouts: { initializeMs: a.connectTimeoutMs === 0 ? NO_LIMIT : (a.connectTimeoutMs ?? 15_000), ...(a.requestTimeoutMs !== undefined ? { requestMs: a.requestTimeoutMs || NO_LIMIT } : {}) },
  };
}
