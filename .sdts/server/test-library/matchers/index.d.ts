/**
 * mcp-inspector-harness/matchers: the matchers and the snapshot serializer without a test
 * framework, for any `expect.extend` (`mcp-inspector-harness/vitest` and `/jest` register them
 * for you). docs/testing.md shows each.
 */
import { toHaveNoFindings } from "./session-matchers";
import { toBeToolError, toBeToolSuccess, toHaveTextContent, toMatchOutputSchema } from "./tool-matchers";
export { mcpSerializer } from "./serializer";
export { toBeToolError, toBeToolSuccess, toHaveNoFindings, toHaveTextContent, toMatchOutputSchema };
export { recordFailedTests } from "../recordings";
/** Every matcher, for `expect.extend(mcpMatchers)`. */
export declare const mcpMatchers: {
    toBeToolSuccess: typeof toBeToolSuccess;
    toBeToolError: typeof toBeToolError;
    toMatchOutputSchema: typeof toMatchOutputSchema;
    toHaveTextContent: typeof toHaveTextContent;
    toHaveNoFindings: typeof toHaveNoFindings;
};
export type { McpMatchers, McpMatcherContext, McpMatcherResult, McpSnapshotSerializer, Severity } from "../types";
