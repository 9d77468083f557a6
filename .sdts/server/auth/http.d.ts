import type { AllowedOrigins } from "./hosts";
import type { AuthEvent, AuthStep } from "../../lib/auth/steps";
/** What one step of the flow needs to talk HTTP: a fetch, a place to report, the allowed origins. */
export interface FlowContext {
    fetch: typeof fetch;
    report(event: AuthEvent): void;
    origins: AllowedOrigins;
    timeoutMs: number;
    /** Sent on discovery requests, as the SDK does (servers may vary metadata by version). */
    protocolVersion: string;
}
/** A response read whole (the flow's answers are small documents). */
export interface Answer {
    status: number;
    headers: Headers;
    text: string;
    url: string;
}
/**
 * One HTTP exchange of the flow, reported (secrets masked) whether it succeeds or not. Redirects
 * are never followed here: a step that allows them follows them itself, checking each host.
 */
export declare function exchange(ctx: FlowContext, step: AuthStep, url: string, init?: {
    method?: string;
    headers?: Record<string, string>;
    body?: string;
}): Promise<Answer>;
/**
 * What a non-JSON answer shows of itself, in the record and in errors: its type and length only.
 * The flow reads JSON (and forms); a page it was pointed at (an internal admin page, a cloud
 * metadata endpoint) must not reach the person's terminal or the record through it (issue 38 item 4).
 */
export declare function notShown(text: string, contentType: string | null): string;
/** The answer as a JSON object, or a clear error naming the step (HTML where JSON belongs, say). */
export declare function jsonObject(answer: Answer, step: AuthStep, what: string, spec?: string): Record<string, unknown>;
/** An OAuth error body ("invalid_grant: code expired") when there is one, else the status. */
export declare function oauthError(answer: Answer): string;
/** The `error` code of an OAuth error body (use_dpop_nonce, invalid_grant...), when there is one. */
export declare function oauthErrorCode(answer: Answer): string | undefined;
