import * as z from "zod";
/**
 * What a request to the target ends with, as the backend replies it to the page: one
 * definition for the backend (which builds them), the page and the tests (which read them).
 */
export declare const JsonRpcErrorSchema: z.ZodObject<{
    code: z.ZodNumber;
    message: z.ZodString;
    data: z.ZodOptional<z.ZodUnknown>;
}, z.core.$strip>;
export type JsonRpcError = z.infer<typeof JsonRpcErrorSchema>;
/** The reply to a `request` command: the result exactly as the target sent it (a JSON-RPC error is a failed reply instead). */
export declare const RequestOutcomeSchema: z.ZodObject<{
    requestSeq: z.ZodOptional<z.ZodNumber>;
    responseSeq: z.ZodOptional<z.ZodNumber>;
    resultInRecord: z.ZodOptional<z.ZodLiteral<true>>;
    result: z.ZodOptional<z.ZodUnknown>;
    durationMs: z.ZodNumber;
}, z.core.$strip>;
export type RequestOutcome = z.infer<typeof RequestOutcomeSchema>;
export { OutputVerdictSchema, type OutputVerdict } from "../protocol/output-verdict-schema";
/** The reply to a `call-tool` command: a result or the target's JSON-RPC error, with the outputSchema verdict. */
export declare const ToolCallOutcomeSchema: z.ZodObject<{
    preview: z.ZodOptional<z.ZodUnknown>;
    requestSeq: z.ZodOptional<z.ZodNumber>;
    responseSeq: z.ZodOptional<z.ZodNumber>;
    resultInRecord: z.ZodOptional<z.ZodLiteral<true>>;
    result: z.ZodOptional<z.ZodUnknown>;
    error: z.ZodOptional<z.ZodObject<{
        code: z.ZodNumber;
        message: z.ZodString;
        data: z.ZodOptional<z.ZodUnknown>;
    }, z.core.$strip>>;
    verdict: z.ZodNullable<z.ZodObject<{
        valid: z.ZodBoolean;
        errors: z.ZodArray<z.ZodObject<{
            path: z.ZodString;
            message: z.ZodString;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    durationMs: z.ZodNumber;
}, z.core.$strip>;
export type ToolCallOutcome = z.infer<typeof ToolCallOutcomeSchema>;
