import * as z from "zod";

/**
 * Standing answers: what the backend answers for the person, without asking, when the target
 * sends a server->client request. Session settings held by the backend (so they work before a
 * page opens, with no page at all in --cli and check, and the same in every tab), set from the
 * page (`set-answers`) and from CLI flags. Anything they do not cover waits for the person.
 */
export const RootSchema = z.object({ uri: z.string().min(1), name: z.string().optional() });
export type Root = z.infer<typeof RootSchema>;

export const CannedRuleSchema = z.object({
  /** Case-insensitive substring of the request's text, or a regular expression written /like this/flags. */
  match: z.string(),
  /** The text of the assistant's reply. */
  text: z.string(),
  model: z.string().default(""),
});
export type CannedRule = z.infer<typeof CannedRuleSchema>;

export const ElicitationPolicySchema = z.enum(["ask", "accept-defaults", "decline", "cancel"]);
export type ElicitationPolicy = z.infer<typeof ElicitationPolicySchema>;

export const StandingAnswersSchema = z.object({
  /** roots/list is always answered from this list (the person edits the list, not each request). */
  roots: z.array(RootSchema).default([]),
  /** sampling/createMessage matching a rule is answered with it while `enabled`; others wait. */
  sampling: z
    .object({ enabled: z.boolean().default(false), rules: z.array(CannedRuleSchema).default([]) })
    .default({ enabled: false, rules: [] }),
  /** elicitation/create: wait for the person ("ask"), or answer at once. */
  elicitation: ElicitationPolicySchema.default("ask"),
});
export type StandingAnswers = z.infer<typeof StandingAnswersSchema>;

/**
 * What `set-answers` carries: only the parts that change, merged by the backend into what it
 * holds, so two quick edits (the rules, then the switch; roots in one tab, the policy in
 * another) never undo each other with a stale copy.
 */
export const StandingAnswersPatchSchema = z.object({
  roots: z.array(RootSchema).optional(),
  sampling: z.object({ enabled: z.boolean().optional(), rules: z.array(CannedRuleSchema).optional() }).optional(),
  elicitation: ElicitationPolicySchema.optional(),
});
export type StandingAnswersPatch = z.infer<typeof StandingAnswersPatchSchema>;

/** The standing answers after a patch. */
export function applyAnswersPatch(current: StandingAnswers, patch: StandingAnswersPatch): StandingAnswers {
  return {
    roots: patch.roots ?? current.roots,
    sampling: { enabled: patch.sampling?.enabled ?? current.sampling.enabled, rules: patch.sampling?.rules ?? current.sampling.rules },
    elicitation: patch.elicitation ?? current.elicitation,
  };
}

export const DEFAULT_ANSWERS: StandingAnswers = { roots: [], sampling: { enabled: false, rules: [] }, elicitation: "ask" };
