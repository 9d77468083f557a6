import type { ClientCredentials } from "./client-auth";
import type { DpopKey } from "./dpop";
import type { Discovered } from "./flow";
import type { FlowContext } from "./http";
import { type TokenSet } from "./token";
/** The client of a machine-to-machine session, as given (nothing registers it: SEP-1046 says pre-registered). */
export interface M2MClientOptions {
    clientId?: string;
    clientSecret?: string;
    /** PEM text of the private key for private_key_jwt. */
    clientPrivateKey?: string;
    clientSigningAlg?: string;
}
/**
 * The registration step without a person: the client id and its secret or private key as given.
 * A key is read and its algorithm chosen here, before anything is sent with it, so a key that
 * does not fit the algorithm is a clear error at this step rather than the server's 401.
 */
export declare function m2mClient(ctx: FlowContext, opts: M2MClientOptions, d: Discovered): ClientCredentials;
/** RFC 6749 §4.4: the client's own credentials for a token, no person, no redirect; the resource goes with it (RFC 8707). */
export declare function clientCredentialsToken(ctx: FlowContext, d: Discovered, client: ClientCredentials, scope: string | undefined, dpop?: DpopKey): Promise<TokenSet>;
