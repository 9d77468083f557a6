import { type ExpectationOutcome } from "./expect";
import type { EvalCall, EvalRun, ModelEval } from "./result";
import type { Step } from "./schema";
type Outcome = ExpectationOutcome & {
    label: string;
};
/**
 * Judge one eval run: the step's `calls:` (each expected call matched by a distinct call the
 * model made, in order with `inOrder`, nothing else with `only`, or `none`) and `reply:` against
 * what the model did. Pure; the model's calls are judged as it made them, sent or not.
 */
export declare function judgeEvalRun(step: Step, made: readonly EvalCall[], text: string): {
    pass: boolean;
    expectations: Outcome[];
};
/** The runs that must pass out of `runs` at `passRate` (rounded up: 0.8 of 5 is 4, of 3 is 3). */
export declare function runsNeeded(runs: number, passRate: number): number;
/** One model's verdict from its runs: pass when enough passed, error when the model could not be asked. */
export declare function modelVerdict(model: string, runs: number, passRate: number, detail: EvalRun[], durationMs: number): ModelEval;
export {};
