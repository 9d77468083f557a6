import * as z from "zod";

/**
 * The verdict on a tool result against the tool's outputSchema: here, beside the validator
 * (output-verdict.ts) that makes it, so lib/protocol needs nothing of the wire; lib/wire's
 * call-tool reply carries it.
 */
export const OutputVerdictSchema = z.object({
  valid: z.boolean(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })),
});
export type OutputVerdict = z.infer<typeof OutputVerdictSchema>;
