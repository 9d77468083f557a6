import type { McpMatcherContext, McpMatcherResult, Severity } from "../types";
/** The session's live lint found nothing of `severity` (default info: nothing at all) or worse. */
export declare function toHaveNoFindings(this: McpMatcherContext, received: unknown, options?: {
    severity?: Severity;
}): McpMatcherResult;
