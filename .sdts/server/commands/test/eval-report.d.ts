import type { ModelEval, StepResult } from "../../../lib/collections/result";
/** The step's models side by side: `openai:gpt-4o ✓ 5/5  anthropic:claude ✗ 2/5`. */
export declare function evalCells(s: StepResult): string;
/** Why one model's eval did not pass: its tally, then each failing run's unmet expectations with expected and actual. */
export declare function evalWhyLines(m: ModelEval): string[];
/** Each model's tally over every ask step, for the JSON report's summary. */
export declare function modelTotals(steps: readonly StepResult[]): Record<string, {
    passed: number;
    failed: number;
    errors: number;
}>;
