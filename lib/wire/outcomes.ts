import * as z from "zod";
import { OutputVerdictSchema } from "../protocol/output-verdict-schema";

/**
 * What a request to the target ends with, as the backend replies it to the page: one
 * definition for the backend (which builds them), the page and the tests (which read them).
 */
export const JsonRpcErrorSchema = z.object({
  code: z.number().int(),
  message: z.string(),
  data: z.unknown().optional(),
});
export type JsonRpcError = z.infer<typeof JsonRpcErrorSchema>;

/** The record entries a request and its response were written as, and whether the result is only there. */
const seqs = {
  requestSeq: z.number().int().optional(),
  responseSeq: z.number().int().optional(),
  /**
   * The result was too big to send twice: it is left out of this reply and is the result of
   * the record entry `responseSeq`, which the page already receives in the entries stream.
   */
  resultInRecord: z.literal(true).optional(),
};

/**
 * With `resultInRecord`, to a socket that asked (hello `previews`): the result with each long string
 * cut to its first PREVIEW_CHARS (lib/wire/preview.ts), sent ahead of the record entry so a view
 * can show the start of a big result while the whole of it is still on its way.
 */
const preview = { preview: z.unknown().optional() };

/** The reply to a `request` command: the result exactly as the target sent it (a JSON-RPC error is a failed reply instead). */
export const RequestOutcomeSchema = z.object({
  /** Left out (undefined) only with `resultInRecord`. */
  result: z.unknown().optional(),
  durationMs: z.number(),
  ...seqs,
});
export type RequestOutcome = z.infer<typeof RequestOutcomeSchema>;

export { OutputVerdictSchema, type OutputVerdict } from "../protocol/output-verdict-schema";

/** The reply to a `call-tool` command: a result or the target's JSON-RPC error, with the outputSchema verdict. */
export const ToolCallOutcomeSchema = z.object({
  /** The result exactly as the target sent it (undefined when it answered with an error). */
  result: z.unknown().optional(),
  error: JsonRpcErrorSchema.optional(),
  /** null when the tool has no outputSchema (or the result is an error). */
  verdict: OutputVerdictSchema.nullable(),
  durationMs: z.number(),
  ...seqs,
  ...preview,
});
export type ToolCallOutcome = z.infer<typeof ToolCallOutcomeSchema>;
