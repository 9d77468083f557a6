import type { ExpectationOutcome } from "./expect";
import type { StepKind } from "./schema";
/** One step's verdict: fail is an expectation (or a time limit) not met, error is a step that could not run as written. */
export type StepStatus = "pass" | "fail" | "error" | "skipped";
export interface StepResult {
    index: number;
    name: string;
    kind: StepKind;
    /** The JSON-RPC method it sent or waited for. */
    method: string;
    status: StepStatus;
    durationMs: number;
    expectations: Array<ExpectationOutcome & {
        label: string;
    }>;
    /** Why it failed or erred when no expectation says it: a time limit, a capture that found nothing, a missing `${ENV}`. */
    message?: string;
    /** What came back: the result as sent, or the JSON-RPC error. */
    response?: {
        result?: unknown;
        error?: {
            code: number;
            message: string;
            data?: unknown;
        };
    };
    /** The record entries the step spans, for marking it in the timeline. */
    seqs?: {
        first: number;
        last: number;
    };
    /** Values it captured (`save:`) for later steps. */
    saved?: Record<string, unknown>;
    /** An ask step: each model's verdict, in --model order (the step fails when any model misses). */
    evals?: ModelEval[];
}
/** One tool call the model made in an eval run, and how the server answered it. */
export interface EvalCall {
    name: string;
    args: unknown;
    /** The call was not sent: no such tool, or arguments its inputSchema refuses. */
    problem?: string;
    isError?: boolean;
}
/** One conversation of an eval: what the model did and what the step's calls:/reply: made of it. */
export interface EvalRun {
    /** 1-based. */
    run: number;
    pass: boolean;
    calls: EvalCall[];
    /** The model's last text. */
    text: string;
    expectations: Array<ExpectationOutcome & {
        label: string;
    }>;
    /** The model could not be asked (a provider error, as it said it, keys masked). */
    error?: string;
    durationMs: number;
}
/** One model's eval of one ask step: its runs and whether enough of them passed. */
export interface ModelEval {
    /** "openai:gpt-4o" */
    model: string;
    /** pass: at least `needed` runs passed; error: the model could not be asked (the runs after it were not made). */
    status: Exclude<StepStatus, "skipped">;
    passed: number;
    runs: number;
    /** The share that must pass (the step's passRate, default 1) and the runs that makes. */
    passRate: number;
    needed: number;
    durationMs: number;
    /** Each run made, in order. */
    detail: EvalRun[];
    message?: string;
}
/** A whole run of one collection. */
export interface CollectionRun {
    file: string;
    steps: StepResult[];
    counts: Record<StepStatus, number>;
    /** Snapshots written (new ones, or all with --update-snapshots). */
    snapshotsWritten: number;
}
/** Whether a run passed: nothing failed or erred. */
export declare function runPassed(r: Pick<CollectionRun, "counts">): boolean;
