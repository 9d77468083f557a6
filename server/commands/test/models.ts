import type { Collection } from "../../../lib/collections/schema";
import type { ModelEvent } from "../../../lib/model/events";
import { keyVariableFor, modelLabel, type ModelSpec } from "../../../lib/model/spec";
import { visible } from "../../../lib/text/visible";
import type { EvalModels } from "../../collections/eval-step";
import type { KeyStore } from "../../model/keys";
import { UsageError } from "../usage-error";
import { modelsFromFlags } from "../shared/answer-flags";
import type { AnswerArgs } from "../shared/target-flags";

/**
 * The models the ask steps are put to, from `--model` (repeatable), checked before anything
 * connects: ask steps with no --model, a spec that does not parse and a provider whose key is not
 * set are each a usage error naming what to give, and nothing runs.
 */
export function evalModelSpecs(
  flags: Pick<AnswerArgs, "models" | "modelBaseUrl">,
  loaded: ReadonlyArray<{ file: string; collection: Collection }>,
  keys: KeyStore,
): ModelSpec[] {
  // The same model named twice is asked once: its column would only repeat the other.
  const specs = modelsFromFlags(flags).filter((s, i, all) => all.findIndex((x) => modelLabel(x) === modelLabel(s)) === i);
  const asking = loaded.find((l) => l.collection.steps.some((s) => s.ask && !s.skip));
  if (!asking) return [];
  if (!specs.length)
    throw new UsageError(
      `${visible(asking.file)} has ask: steps (evals of a model's tool calls): name the model(s) with --model provider:model-id (e.g. --model openai:gpt-4o; repeat it to compare models)`,
    );
  for (const spec of specs) {
    const variable = keyVariableFor(spec);
    if (spec.provider !== "openai-compatible" && !keys.has(variable))
      throw new UsageError(
        `--model ${modelLabel(spec)}: no key: set ${variable} in the environment (keys are never taken on the command line)`,
      );
  }
  return specs;
}

/** The models opened for one connection, their HTTP exchanges and answers going to its record. */
export async function openEvalModels(specs: readonly ModelSpec[], keys: KeyStore, record: (e: ModelEvent) => void): Promise<EvalModels> {
  // Loaded only for a run with ask steps: the AI SDK is not part of a run that does not use a model.
  const { openModel } = await import("../../model/open");
  return { clients: specs.map((spec) => openModel(spec, { keys, onEvent: record })) };
}
