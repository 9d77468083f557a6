import type { KeyObject } from "node:crypto";
import { type SigningAlg } from "./jwt-assertion";
import type { AuthServerMetadata } from "./metadata";
export type TokenAuthMethod = "none" | "client_secret_basic" | "client_secret_post" | "private_key_jwt";
/** The client the flow authenticates as; held in memory only. */
export interface ClientCredentials {
    clientId: string;
    clientSecret?: string;
    /** What the client was registered with (RFC 7591 answer), when known. */
    registeredMethod?: string;
    /** private_key_jwt (RFC 7523): the key and the algorithm it signs its assertions with. */
    signing?: {
        key: KeyObject;
        alg: SigningAlg;
    };
}
/**
 * How to authenticate at the token endpoint: with a private key, private_key_jwt; else what
 * registration said, if the server lists it; else with a secret basic then post (RFC 8414 §2: an
 * absent list means client_secret_basic); else none. The reason comes with the choice.
 */
export declare function chooseTokenAuth(client: ClientCredentials, meta: AuthServerMetadata): {
    method: TokenAuthMethod;
    why: string;
};
/** The method asked for at dynamic registration: public if the server allows, else basic, else post. */
export declare function methodToRegister(meta: AuthServerMetadata): TokenAuthMethod;
/**
 * Put the client's credentials on a token request the way `method` says. `audience`: who a
 * private_key_jwt assertion is for (the authorization server's issuer, else its token endpoint).
 */
export declare function applyClientAuth(method: TokenAuthMethod, client: ClientCredentials, headers: Record<string, string>, params: URLSearchParams, audience: string): void;
