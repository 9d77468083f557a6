import * as z from "zod";

/**
 * What a run judged (a `test` step, a `check` probe or finding, a replayed request), kept in the
 * session file beside the record it judged (format version 2), so that whoever opens the recording
 * sees which step failed and why without the report. Documented in docs/session-format.md.
 *
 * `status`: `fail` and `error` failed the run; `warn` is a failure below the `--fail-on` in force
 * (reported, not failing); `pass` and `skipped` as they say.
 */
export const VerdictStatusSchema = z.enum(["pass", "fail", "error", "warn", "skipped"]);
export type VerdictStatus = z.infer<typeof VerdictStatusSchema>;

/** One expectation of a step: what was expected and what came, side by side. */
export const VerdictCheckSchema = z.object({
  label: z.string(),
  pass: z.boolean(),
  message: z.string(),
  expected: z.unknown().optional(),
  actual: z.unknown().optional(),
});
export type VerdictCheck = z.infer<typeof VerdictCheckSchema>;

export const VerdictSchema = z.object({
  /** Who judged: `test` (a collection step), `check` (a probe or a lint finding), `replay` (a replayed request). */
  source: z.enum(["test", "check", "replay"]),
  /** The step's or probe's name, as the report names it. */
  name: z.string(),
  status: VerdictStatusSchema,
  /** The JSON-RPC method it concerns, when it concerns one. */
  method: z.string().optional(),
  /** Why, in a line: the first failed expectation, the probe's message. */
  message: z.string().optional(),
  /** The first failed expectation's values (or the only ones), for a reader who looks at one line. */
  expected: z.unknown().optional(),
  actual: z.unknown().optional(),
  /** Every expectation of a step, passed or not. */
  checks: z.array(VerdictCheckSchema).optional(),
  /** Record seqs of the request and of its response in this file's `entries`. */
  requestSeq: z.number().int().optional(),
  responseSeq: z.number().int().optional(),
  /** The file it came from (a collection file), as the run named it. */
  file: z.string().optional(),
});
export type Verdict = z.infer<typeof VerdictSchema>;

/** Whether a verdict failed the run it came from. */
export function verdictFailed(v: Pick<Verdict, "status">): boolean {
  return v.status === "fail" || v.status === "error";
}

/** Expected and actual values kept whole up to this much JSON; a longer one is cut (the record holds the whole answer). */
export const MAX_VERDICT_VALUE_CHARS = 8192;

/**
 * A value as a verdict keeps it: itself when its JSON is short, else the start of its JSON as a
 * string that says how long the whole was (a snapshot of a whole tool list does not make every
 * file twice its size; the response entry holds it whole).
 */
export function boundedValue(v: unknown, max = MAX_VERDICT_VALUE_CHARS): unknown {
  if (v === undefined) return undefined;
  const json = JSON.stringify(v);
  if (json === undefined || json.length <= max) return v;
  return `${json.slice(0, max)}… (cut: ${json.length} characters in all)`;
}

/**
 * The verdict of each record seq it names (its request and its response). A failing verdict wins
 * over a passing one on the same entry (two steps may name one request, as a wait and its call).
 */
export function verdictsBySeq(verdicts: readonly Verdict[] | undefined): Map<number, Verdict> {
  const out = new Map<number, Verdict>();
  for (const v of verdicts ?? [])
    for (const seq of [v.requestSeq, v.responseSeq]) {
      if (seq === undefined) continue;
      const known = out.get(seq);
      if (!known || (!verdictFailed(known) && (verdictFailed(v) || (known.status !== "warn" && v.status === "warn")))) out.set(seq, v);
    }
  return out;
}
