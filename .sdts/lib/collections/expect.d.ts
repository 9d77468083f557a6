import { SchemaValidator } from "../protocol/output-verdict";
import type { OutputVerdict } from "../protocol/output-verdict-schema";
import { type Expectation, type ExpectationKind } from "./schema";
import { type LatencyBound } from "./regression-bounds";
/** What one step produced, as the expectations read it. */
export interface ExpectContext {
    /** The result as the server sent it (absent when the request failed). */
    result?: unknown;
    /** The JSON-RPC error, when the request failed with one. */
    error?: {
        code: number;
        message: string;
        data?: unknown;
    };
    latencyMs?: number;
    /** The tool result against its tool's outputSchema; null when the tool declares none. */
    outputVerdict?: OutputVerdict | null;
    /** The lint's findings from this step's frames. */
    findings?: ReadonlyArray<{
        rule: string;
        severity: "error" | "warning" | "info";
        message: string;
    }>;
    /**
     * The masked result and the kept snapshot (undefined: none kept yet, so this run writes it).
     * `judged`: the differences as `inspector diff` judges them (a listing, `_meta`), those that fail
     * and those reported only; absent, every difference fails.
     */
    snapshot?: {
        actual: unknown;
        expected: unknown;
        name: string;
        judged?: {
            failing: JudgedDiff[];
            compatible: JudgedDiff[];
        };
    };
    /** The notification methods that came with the step's request, in order (its progress, log lines, list changes). */
    notifications?: readonly string[];
    /** Every notification method the session received so far, at any moment (a log line may come during another step). */
    sessionNotifications?: readonly string[];
    /** The connection speaks 2026-07-28: list changes come only on a subscriptions/listen stream, so a request's own cannot be seen. */
    modernEra?: boolean;
    /** The bound a `latency:` expectation uses where it names none (--latency-factor, --latency-min-ms). */
    latencyBound?: LatencyBound;
    /** A validator to reuse across steps (compiling an Ajv costs ~10 ms). */
    validator?: SchemaValidator;
}
/** One difference from a snapshot, with what it means. */
export interface JudgedDiff {
    path: string;
    op: "added" | "removed" | "changed";
    before?: unknown;
    after?: unknown;
    message: string;
}
/** What an eval step judges of the model (lib/collections/eval-verdict.ts). */
export type EvalCheckKind = "call" | "noTool" | "inOrder" | "only" | "reply";
/** One expectation's verdict: expected and actual are what a report shows side by side. */
export interface ExpectationOutcome {
    kind: ExpectationKind | EvalCheckKind;
    pass: boolean;
    path?: string;
    expected?: unknown;
    actual?: unknown;
    message: string;
    /** The differences, one line each (`~ $.tools[0].description: "a" -> "b"`): a snapshot that differs shows these, not two documents. */
    diff?: string[];
}
/** Judge one expectation against what a step produced. Pure; never throws for the server's answer. */
export declare function evaluate(e: Expectation, ctx: ExpectContext): ExpectationOutcome;
/** An expectation in words, as reports and the page list it: `$.content[0].text equals "Echo: hello"`. */
export declare function describeExpectation(e: Expectation): string;
