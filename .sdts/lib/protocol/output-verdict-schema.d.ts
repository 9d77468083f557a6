import * as z from "zod";
/**
 * The verdict on a tool result against the tool's outputSchema: here, beside the validator
 * (output-verdict.ts) that makes it, so lib/protocol needs nothing of the wire; lib/wire's
 * call-tool reply carries it.
 */
export declare const OutputVerdictSchema: z.ZodObject<{
    valid: z.ZodBoolean;
    errors: z.ZodArray<z.ZodObject<{
        path: z.ZodString;
        message: z.ZodString;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type OutputVerdict = z.infer<typeof OutputVerdictSchema>;
