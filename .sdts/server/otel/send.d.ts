/**
 * One OTLP/HTTP request and what became of it, in words a person can act on (issue 72: a refused
 * connection was reported as "no answer within 2 s", a refusal as "failed: Bad Request"). No
 * retries here: the caller decides (live.ts splits a batch the collector refused).
 */
export type Sent = {
    ok: true;
} | {
    ok: false;
    how: "refused" | "unreachable" | "timeout";
    detail: string;
} | {
    ok: false;
    how: "rejected";
    status: number;
    detail: string;
};
/** How a body is sent: its headers, the wait for an answer, gzip or not. */
export interface PostOptions {
    headers: Record<string, string>;
    timeoutMs: number;
    gzip: boolean;
}
export declare function postOtlp(url: string, raw: Uint8Array, contentType: string, o: PostOptions): Promise<Sent>;
