import type { DpopKey } from "./dpop";
import { type Discovered } from "./flow";
import type { FlowContext } from "./http";
import { type TokenSet } from "./token";
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
/** The workload's JWT now: the file's current content (trimmed), else the one given. */
export declare function workloadAssertion(opts: WorkloadOptions): string;
/**
 * RFC 7523 §2.1 at the MCP server's authorization server: the workload's JWT as the grant. The
 * client id, when given, goes as client_id (§3.1: client authentication is optional with this
 * grant); a failure is the end (SEP-1933: no retry, no other grant), the server's error said.
 */
export declare function workloadToken(ctx: FlowContext, d: Discovered, opts: WorkloadOptions & {
    clientId?: string;
    clientSecret?: string;
}, scope: string | undefined, dpop?: DpopKey): Promise<TokenSet>;
