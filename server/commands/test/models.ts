import type { Collection } from "../../../lib/collections/schema";
import type { ModelEvent } from "../../../lib/model/events";
import { keyVariableFor, modelLabel, parseModelSpec, type ModelSpec } from "../../../lib/model/spec";
import { visible } from "../../../lib/text/visible";
import type { EvalModels } from "../../collections/eval-step";
import { KeyStore, openModel } from "../../model";
import { UsageError } from "../usage-error";

/** The model flags every command takes (server/commands/shared/target-flags.ts). */
export type ModelFlags = { models?: string[]; modelBaseUrl?: string };

/**
 * The models the ask steps are put to, from `--model` (repeatable), checked before anything
 * connects: ask steps with no --model, a spec that does not parse and a provider whose key is not
 * set are each a usage error naming what to give, and nothing runs.
 */
export function evalModelSpecs(
  flags: ModelFlags,
  loaded: ReadonlyArray<{ file: string; collection: Collection }>,
  keys: KeyStore,
): ModelSpec[] {
  const specs: ModelSpec[] = [];
  for (const text of flags.models ?? []) {
    const spec = parseModelSpec(text, flags.modelBaseUrl);
    if (spec instanceof Error) throw new UsageError(spec.message);
    if (!specs.some((s) => modelLabel(s) === modelLabel(spec))) specs.push(spec);
  }
  const asking = loaded.find((l) => l.collection.steps.some((s) => s.ask && !s.skip));
  if (asking && !specs.length)
    throw new UsageError(
      `${visible(asking.file)} has ask: steps (evals of a model's tool calls): name the model(s) with --model provider:model-id (e.g. --model openai:gpt-4o; repeat it to compare models)`,
    );
  if (asking)
    for (const spec of specs) {
      const variable = keyVariableFor(spec);
      if (spec.provider !== "openai-compatible" && !keys.has(variable))
        throw new UsageError(
          `--model ${modelLabel(spec)}: no key: set ${variable} in the environment (keys are never taken on the command line)`,
        );
    }
  return asking ? specs : [];
}

/** The models opened for one connection, their HTTP exchanges and answers going to its record. */
export function openEvalModels(specs: readonly ModelSpec[], keys: KeyStore, record: (e: ModelEvent) => void): EvalModels {
  return { clients: specs.map((spec) => openModel(spec, { keys, onEvent: record })) };
}
