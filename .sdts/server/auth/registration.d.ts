import { type ClientCredentials } from "./client-auth";
import { type FlowContext } from "./http";
import { type AuthServerMetadata } from "./metadata";
export type RegistrationMethod = "pre-registered" | "client-id-metadata-document" | "dynamic";
export interface RegistrationOptions {
    clientId?: string;
    clientSecret?: string;
    clientMetadataUrl?: string;
    /** The caller's pick; otherwise the spec's order: pre-registered, CIMD, dynamic. */
    registration?: RegistrationMethod;
    clientName: string;
    redirectUri: string;
}
/** Which way to get a client id here, and why: the caller's pick, else the first that can work. */
export declare function chooseRegistration(opts: RegistrationOptions, meta: AuthServerMetadata): {
    method: RegistrationMethod;
    why: string;
};
/** A client for this authorization server, by the chosen method (only dynamic sends anything). */
export declare function obtainClient(ctx: FlowContext, opts: RegistrationOptions, meta: AuthServerMetadata, scope: string | undefined): Promise<ClientCredentials>;
