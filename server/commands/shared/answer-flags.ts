import { readFileSync } from "node:fs";
import * as z from "zod";
import { CannedRuleSchema, type StandingAnswersPatch } from "../../../lib/answers/schema";
import { compileRule } from "../../../lib/answers/canned";
import { UsageError, cannotRead } from "../usage-error";
import type { AnswerArgs } from "./target-flags";

/** A --sampling file: `{ "rules": [{ "match": "…", "text": "…", "model": "…" }] }` or just the array. */
const SamplingFileSchema = z.union([
  z.object({ rules: z.array(CannedRuleSchema) }),
  z.array(CannedRuleSchema).transform((rules) => ({ rules })),
]);

/** The standing answers the flags give (reads the --sampling file). */
export function answersFromFlags(a: AnswerArgs): StandingAnswersPatch {
  const patch: StandingAnswersPatch = {};
  if (a.roots.length) patch.roots = a.roots.map((uri) => ({ uri }));
  if (a.elicitation) patch.elicitation = a.elicitation;
  if (a.samplingFile) patch.sampling = { enabled: true, rules: readSampling(a.samplingFile) };
  return patch;
}

function readSampling(file: string): z.infer<typeof CannedRuleSchema>[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(cannotRead("--sampling", file, e));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`--sampling: ${file} is not JSON: ${(e as Error).message}`);
  }
  const parsed = SamplingFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(
      `--sampling: ${file} is not a list of rules ({ "rules": [{ "match": "…", "text": "…" }] }): ${issue.path.join(".") || "(top)"} ${issue.message}`,
    );
  }
  parsed.data.rules.forEach((r, i) => {
    const matcher = compileRule(r.match);
    if (matcher instanceof Error) throw new UsageError(`--sampling: ${file} rule ${i + 1}: ${matcher.message}`);
  });
  return parsed.data.rules;
}
