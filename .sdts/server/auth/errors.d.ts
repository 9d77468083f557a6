import type { AuthStep } from "../../lib/auth/steps";
/**
 * Authorization could not be done, at a named step. `code` is "auth-required" so a shell can
 * tell it from other connection failures (the CLI exits 3 on it).
 */
export declare class AuthFlowError extends Error {
    readonly step: AuthStep;
    readonly detail: string;
    readonly spec?: string | undefined;
    readonly code = "auth-required";
    constructor(step: AuthStep, detail: string, spec?: string | undefined);
}
/** A callback whose state is not this flow's: refused, while the flow keeps waiting for the right one. */
export declare class StateMismatchError extends AuthFlowError {
}
export declare const isAuthFlowError: (e: unknown) => e is AuthFlowError;
/** A fetch failure in words a person can act on ("connect ECONNREFUSED 127.0.0.1:9"), not "fetch failed". */
export declare function networkReason(e: unknown): string;
