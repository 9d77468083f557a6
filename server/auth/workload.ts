import { readFileSync } from "node:fs";
import type { ClientCredentials } from "./client-auth";
import type { DpopKey } from "./dpop";
import { AuthFlowError } from "./errors";
import { GRANT_TYPE, type Discovered } from "./flow";
import type { FlowContext } from "./http";
import { M2M_SPEC } from "./m2m-spec";
import { requestToken, type TokenSet } from "./token";
import { SPEC } from "../../lib/auth/steps";

/**
 * Workload identity (SEP-1933): the JWT the platform gives this workload (a Kubernetes projected
 * service account token, a CI job's OIDC token, a cloud instance's identity) as an RFC 7523
 * jwt-bearer grant. From a file or the environment only: never argv, where any process could read it.
 */
export interface WorkloadOptions {
  /** A file the platform keeps the JWT in; read again at each token request, as platforms rotate it in place. */
  tokenFile?: string;
  /** The JWT itself (from the environment). */
  token?: string;
}

/** Platforms' token files are a few kilobytes; a bound keeps a wrong path (a log, a disk image) out of memory. */
const MAX_TOKEN_FILE = 64 * 1024;

/** The workload's JWT now: the file's current content (trimmed), else the one given. */
export function workloadAssertion(opts: WorkloadOptions): string {
  if (opts.tokenFile) {
    let text: string;
    try {
      text = readFileSync(opts.tokenFile, "utf8");
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new AuthFlowError("token", `the workload token file ${opts.tokenFile} could not be read (${code ?? String(e)})`, SPEC.workload);
    }
    if (text.length > MAX_TOKEN_FILE)
      throw new AuthFlowError(
        "token",
        `the workload token file ${opts.tokenFile} is ${text.length} bytes: not a JWT (at most ${MAX_TOKEN_FILE})`,
        SPEC.workload,
      );
    return checkJwt(text.trim(), `the workload token file ${opts.tokenFile}`);
  }
  if (opts.token) return checkJwt(opts.token.trim(), "MCP_WORKLOAD_TOKEN");
  throw new AuthFlowError(
    "token",
    "workload identity needs the platform's JWT: --workload-token-file FILE or MCP_WORKLOAD_TOKEN",
    SPEC.workload,
  );
}

/** A JWT is three base64url parts; anything else is a wrong file, said before the server is asked (its content never shown). */
function checkJwt(token: string, where: string): string {
  if (!/^[\w-]+\.[\w-]+\.[\w-]*$/.test(token))
    throw new AuthFlowError(
      "token",
      `${where} does not hold a JWT (three base64url parts separated by dots; ${token.length} characters, not shown)`,
      SPEC.workload,
    );
  return token;
}

/**
 * RFC 7523 §2.1 at the MCP server's authorization server: the workload's JWT as the grant. The
 * client id, when given, goes as client_id (§3.1: client authentication is optional with this
 * grant); a failure is the end (SEP-1933: no retry, no other grant), the server's error said.
 */
export async function workloadToken(
  ctx: FlowContext,
  d: Discovered,
  opts: WorkloadOptions & { clientId?: string; clientSecret?: string },
  scope: string | undefined,
  dpop?: DpopKey,
): Promise<TokenSet> {
  const assertion = workloadAssertion(opts);
  const client: ClientCredentials = { clientId: opts.clientId ?? "", clientSecret: opts.clientSecret };
  ctx.report({
    type: "decision",
    step: "token",
    chose: `jwt-bearer grant with the workload's JWT${opts.tokenFile ? ` from ${opts.tokenFile}` : " from MCP_WORKLOAD_TOKEN"}`,
    why: `workload identity: the platform vouches for this workload, no person and no registration${opts.clientId ? `; as client ${opts.clientId}` : "; no client id (RFC 7523 §3.1: not required)"}`,
    spec: SPEC.workload,
  });
  return requestToken(
    ctx,
    "token",
    d.meta,
    client,
    { grant_type: GRANT_TYPE.workload, assertion, ...(scope ? { scope } : {}) },
    d.resource,
    dpop,
  ).catch((e: unknown) => {
    if (e instanceof AuthFlowError)
      throw new AuthFlowError(
        e.step,
        `${e.detail} (the workload's JWT was refused: not retried, no other grant tried)`,
        e.spec ?? M2M_SPEC.jwtBearerGrant,
      );
    throw e;
  });
}
