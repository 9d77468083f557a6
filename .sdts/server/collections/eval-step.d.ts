import type { ModelEvent } from "../../lib/model/events";
import type { Step } from "../../lib/collections/schema";
import type { ModelEval, StepStatus } from "../../lib/collections/result";
import type { ModelClient } from "../model";
import type { McpSession } from "../test-library/types";
import type { ToolCatalog } from "./send-step";
/** The models an ask step is put to, each opened with its events going to the run's record. */
export interface EvalModels {
    /** In --model order: reports show them side by side in this order. */
    clients: readonly ModelClient[];
    /** Where the eval's own events go (the person's message); the clients report the rest themselves. */
    onEvent?: (e: ModelEvent) => void;
}
/** What an ask step came to: a status over all its models, and each model's verdict. */
export interface EvalStepOutcome {
    status: Exclude<StepStatus, "skipped">;
    evals: ModelEval[];
    message?: string;
}
/**
 * Run one (filled-in) ask step: for each model, `runs` fresh conversations that start from the
 * step's message with the server's tools. Every call the model makes runs for real on the session
 * without asking (the collection is the person's own file, so its evals are theirs to run), unless
 * it names no tool or breaks the tool's inputSchema: such a call is not sent, the model is told so,
 * and it is still judged as made. A model that cannot be asked (no key, 401, 429, a timeout) is an
 * error for that model and its remaining runs are not made: hammering a refusing provider helps no one.
 */
export declare function runEvalStep(session: McpSession, step: Step, models: EvalModels | undefined, o: {
    index: number;
    timeoutMs: number;
    catalog: ToolCatalog;
}): Promise<EvalStepOutcome>;
