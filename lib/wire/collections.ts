import * as z from "zod";

/**
 * The page's Collections tab on the wire (issue 34): commands that read and write collection files
 * under the one folder the backend was given, and run their steps on the page's own connection.
 * A file is named relative to that folder; the backend refuses anything that leaves it.
 */

const cmd = { id: z.string().min(1).max(200) };
/** A collection file, relative to the collections folder: `memory.mcp-tests.yaml`, `sub/x.mcp-tests.json`. */
const file = z.string().min(1).max(500);

export const CollectionCommandSchemas = [
  /** The collection files under the folder, each with its steps (or why it does not parse). */
  z.object({ ...cmd, type: z.literal("collections-list") }),
  /**
   * Save a request this inspector sent as a step, by its record seq: the step is built from the
   * record (never from what the page sends), so a recording shown read-only cannot be saved.
   * A file that does not exist yet is created.
   */
  z.object({
    ...cmd,
    type: z.literal("collection-save"),
    file,
    requestSeq: z.number().int().positive(),
    name: z.string().max(200).optional(),
  }),
  /** Replace one step's params and/or expectations (the raw editor, "expect this value"). */
  z.object({
    ...cmd,
    type: z.literal("collection-edit-step"),
    file,
    index: z.number().int().nonnegative(),
    params: z.record(z.string(), z.unknown()).optional(),
    expect: z.array(z.record(z.string(), z.unknown())).optional(),
  }),
  /** Run one step (`index`) or all of a file on the page's connection; the reply is each step's verdict. */
  z.object({ ...cmd, type: z.literal("collection-run"), file, index: z.number().int().nonnegative().optional() }),
] as const;

export const CollectionStepViewSchema = z.object({
  index: z.number().int().nonnegative(),
  name: z.string(),
  /** The JSON-RPC method the step sends (a shorthand resolved: `tool:` is tools/call). */
  method: z.string(),
  /** The request's params as the step sends them (before `${ENV}` and `{{capture}}` are filled in). */
  params: z.record(z.string(), z.unknown()),
  expect: z.array(z.unknown()),
});
export type CollectionStepView = z.infer<typeof CollectionStepViewSchema>;

export const CollectionFileViewSchema = z.object({
  file: z.string(),
  steps: z.array(CollectionStepViewSchema),
  /** Why the file does not parse (its steps are then empty). */
  error: z.string().optional(),
});
export type CollectionFileView = z.infer<typeof CollectionFileViewSchema>;

export const ExpectationOutcomeSchema = z.object({
  /** What was expected, in words: `$.content[0].text equals "Echo: hello"`. */
  label: z.string(),
  passed: z.boolean(),
  expected: z.unknown().optional(),
  actual: z.unknown().optional(),
  message: z.string().optional(),
});
export type ExpectationOutcome = z.infer<typeof ExpectationOutcomeSchema>;

export const StepVerdictSchema = z.object({
  index: z.number().int().nonnegative(),
  name: z.string(),
  status: z.enum(["passed", "failed", "skipped"]),
  durationMs: z.number().nonnegative().optional(),
  expectations: z.array(ExpectationOutcomeSchema),
  /** Why the step failed when no expectation says it (the request failed, a capture found nothing). */
  message: z.string().optional(),
  /** The step's result as the server sent it, for picking a field ("expect this value"). */
  result: z.unknown().optional(),
  /** The record entries the step spans (its request and response in the timeline). */
  seqs: z.object({ first: z.number().int(), last: z.number().int() }).optional(),
});
export type StepVerdict = z.infer<typeof StepVerdictSchema>;

export const CollectionReplySchemas = {
  "collections-list": z.object({ folder: z.string(), files: z.array(CollectionFileViewSchema) }),
  "collection-save": CollectionFileViewSchema,
  "collection-edit-step": CollectionFileViewSchema,
  "collection-run": z.object({ file: z.string(), steps: z.array(StepVerdictSchema) }),
};
