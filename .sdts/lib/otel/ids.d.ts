/**
 * W3C Trace Context ids and the `traceparent` text (https://www.w3.org/TR/trace-context/), with
 * Web Crypto's random numbers, so the backend and the page make them the same way.
 */
export declare const newTraceId: () => string;
export declare const newSpanId: () => string;
/**
 * The ids a `traceparent` carries and its sampled flag (the low bit of its flags), or undefined
 * for one that is malformed or all zeros.
 */
export declare function parseTraceparent(v: unknown): {
    traceId: string;
    spanId: string;
    sampled: boolean;
} | undefined;
/** A `traceparent` for these ids, sampled unless told otherwise (a caller's 00 is passed on as 00). */
export declare const formatTraceparent: (ids: {
    traceId: string;
    spanId: string;
}, sampled?: boolean) => string;
