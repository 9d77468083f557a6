import type { Step } from "../../lib/collections/schema";
import type { SchemaValidator } from "../../lib/protocol/output-verdict";
import type { McpSession, OutputSchemaVerdict, ResourceSubscription, Tool } from "../test-library/types";
/** What a step got back: a result, a JSON-RPC error, or why there is neither (a time limit, the connection). */
export interface StepResponse {
    result?: unknown;
    error?: {
        code: number;
        message: string;
        data?: unknown;
    };
    latencyMs: number;
    outputVerdict?: OutputSchemaVerdict | null;
    failure?: {
        kind: "timeout" | "closed" | "other";
        message: string;
    };
}
/**
 * What a run keeps between steps: the tools a session lists, asked once per run (for each tool's
 * outputSchema), and the subscriptions a 2026-07-28 connection holds open for its
 * `resources/subscribe` steps until a `resources/unsubscribe` step ends them.
 */
export type ToolCatalog = {
    tools?: Promise<Map<string, Tool>>;
    subscriptions?: Map<string, ResourceSubscription>;
};
/**
 * Send one (filled-in) step through the session's public calls, so it is recorded and linted as
 * any other. A tool step goes as a plain tools/call request, not callTool: a collection judges
 * the answer exactly as sent (callTool turns an unknown tool's isError result into a thrown error).
 */
export declare function sendStep(session: McpSession, step: Step, timeoutMs: number, catalog: ToolCatalog, validator: SchemaValidator): Promise<StepResponse>;
