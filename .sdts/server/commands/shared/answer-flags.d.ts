import { type StandingAnswersPatch } from "../../../lib/answers/schema";
import { type ModelSpec } from "../../../lib/model/spec";
import { KeyStore } from "../../model/keys";
import type { Env } from "./env-flags";
import type { AnswerArgs } from "./target-flags";
/** The standing answers the flags give (reads the --sampling file). */
export declare function answersFromFlags(a: AnswerArgs): StandingAnswersPatch;
/** The --model specs, in order, each checked (a spec that does not parse is a usage error). */
export declare function modelsFromFlags(a: Pick<AnswerArgs, "models" | "modelBaseUrl">): ModelSpec[];
/**
 * `--sampling model`: the first --model and the keys from the environment (never argv), checked
 * before anything connects: no --model, or no key for its provider, is a usage error naming what
 * to set.
 */
export declare function samplingModelFromFlags(a: AnswerArgs, env: Env): {
    spec: ModelSpec;
    keys: KeyStore;
} | undefined;
