import type { Collection } from "../../../lib/collections/schema";
import type { ModelEvent } from "../../../lib/model/events";
import { type ModelSpec } from "../../../lib/model/spec";
import type { EvalModels } from "../../collections/eval-step";
import type { KeyStore } from "../../model/keys";
import type { AnswerArgs } from "../shared/target-flags";
/**
 * The models the ask steps are put to, from `--model` (repeatable), checked before anything
 * connects: ask steps with no --model, a spec that does not parse and a provider whose key is not
 * set are each a usage error naming what to give, and nothing runs.
 */
export declare function evalModelSpecs(flags: Pick<AnswerArgs, "models" | "modelBaseUrl">, loaded: ReadonlyArray<{
    file: string;
    collection: Collection;
}>, keys: KeyStore): ModelSpec[];
/** The models opened for one connection, their HTTP exchanges and answers going to its record. */
export declare function openEvalModels(specs: readonly ModelSpec[], keys: KeyStore, record: (e: ModelEvent) => void): Promise<EvalModels>;
