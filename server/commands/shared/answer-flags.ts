import { readFileSync } from "node:fs";
import * as z from "zod";
import { CannedRuleSchema, type StandingAnswersPatch } from "../../../lib/answers/schema";
import { compileRule } from "../../../lib/answers/canned";
import { keyVariableFor, modelLabel, parseModelSpec, type ModelSpec } from "../../../lib/model/spec";
import { KeyStore } from "../../model/keys";
import { UsageError, cannotRead } from "../usage-error";
import type { Env } from "./env-flags";
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
  // The model answers what no canned rule does: sampling is offered and such requests are held for it.
  else if (a.samplingModel) patch.sampling = { enabled: true, rules: [] };
  return patch;
}

/** The --model specs, in order, each checked (a spec that does not parse is a usage error). */
export function modelsFromFlags(a: Pick<AnswerArgs, "models" | "modelBaseUrl">): ModelSpec[] {
  return a.models.map((text) => {
    const spec = parseModelSpec(text, a.modelBaseUrl);
    if (spec instanceof Error) throw new UsageError(spec.message);
    return spec;
  });
}

/**
 * `--sampling model`: the first --model and the keys from the environment (never argv), checked
 * before anything connects: no --model, or no key for its provider, is a usage error naming what
 * to set.
 */
export function samplingModelFromFlags(a: AnswerArgs, env: Env): { spec: ModelSpec; keys: KeyStore } | undefined {
  if (!a.samplingModel) return undefined;
  const [spec] = modelsFromFlags(a);
  if (!spec) throw new UsageError("--sampling model needs --model provider:model-id (e.g. --model openai:gpt-4o) to answer with");
  const keys = KeyStore.fromEnv(env);
  const variable = keyVariableFor(spec);
  if (spec.provider !== "openai-compatible" && !keys.has(variable))
    throw new UsageError(
      `--sampling model with ${modelLabel(spec)}: no key: set ${variable} in the environment (keys are never taken on the command line)`,
    );
  return { spec, keys };
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
