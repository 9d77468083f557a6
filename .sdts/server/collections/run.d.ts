import { type AnswerRules, type Collection, type Step } from "../../lib/collections/schema";
import type { CollectionRun, StepResult } from "../../lib/collections/result";
import { type EnvSource, type Filled } from "../../lib/collections/variables";
import type { McpSession } from "../test-library/types";
import { type SnapshotFile } from "./snapshots";
import { type EvalModels } from "./eval-step";
import { type FailOn, type LatencyBound } from "../../lib/surface/regression";
export interface RunOptions {
    /** The collection's file, as reports name it. */
    file: string;
    /**
     * For `${ENV}`: a lookup that decides which names may be filled (lib/collections/env-policy.ts),
     * or a plain record. Default: this process's environment, the inspector's own secrets refused.
     */
    env?: EnvSource;
    /** Each `${NAME}` the run filled, name → value, so whoever writes what the run produced can take exactly those values out. */
    filled?: Filled;
    /** Only steps whose name matches (the others are skipped, and their captures are not made). */
    grep?: RegExp;
    /** Stop at the first step that fails; the rest are skipped. */
    bail?: boolean;
    /** Where snapshots are kept (absent: snapshot expectations fail saying so). */
    snapshots?: SnapshotFile;
    /** Replace kept snapshots with this run's. */
    updateSnapshots?: boolean;
    /** A step's answer rules, in force while it runs (undefined: the step is over). The CLI answers through connect's answers. */
    setAnswers?: (rules: AnswerRules | undefined) => void;
    /** Each step's verdict as soon as it is known. */
    onStep?: (result: StepResult) => void;
    /** A step's time limit when neither it nor the collection gives one. */
    timeoutMs?: number;
    /** The models ask steps (evals) are put to; without them an ask step is an error saying to give --model. */
    models?: EvalModels;
    /** `any`: a snapshot change `inspector diff` calls compatible fails too (default: reported, passes). */
    failOn?: FailOn;
    /** The bound a `latency:` expectation uses where it names none (--latency-factor, --latency-min-ms). */
    latencyBound?: LatencyBound;
}
/**
 * Run a collection's steps in order on a connected session, judge each step's expectations and
 * report each as it ends. A step that fails or times out does not stop the rest (unless `bail`);
 * a connection that ends makes the remaining steps errors, never a hang.
 */
export declare function runCollection(session: McpSession, collection: Collection, o: RunOptions): Promise<CollectionRun>;
/** The JSON-RPC method a step sends (or waits for). */
export declare function methodOf(step: Step): string;
