import type { McpMatcherContext, McpMatcherResult } from "../types";
/**
 * The call worked: isError is not true and, when the tool declares an outputSchema, its
 * structuredContent conforms (a success whose output breaks the tool's own schema is broken).
 */
export declare function toBeToolSuccess(this: McpMatcherContext, received: unknown): McpMatcherResult;
/** isError true, and when `expected` is given, a text block containing or matching it. */
export declare function toBeToolError(this: McpMatcherContext, received: unknown, expected?: string | RegExp): McpMatcherResult;
/**
 * A success whose structuredContent fits the tool's outputSchema. Fails on an isError result
 * (with or without structuredContent: the SDK's McpServer answers isError with none when the
 * output breaks its own schema), on a result with no structuredContent, and on a tool that
 * declares no outputSchema (either way: `.not` cannot pass on it).
 */
export declare function toMatchOutputSchema(this: McpMatcherContext, received: unknown): McpMatcherResult;
/**
 * A success with a text block that contains (a string) or matches (a RegExp) `expected`. An
 * isError result fails either way (`.not` too): the call did not succeed, and a test that expects
 * an error says so with toBeToolError(text).
 */
export declare function toHaveTextContent(this: McpMatcherContext, received: unknown, expected: string | RegExp): McpMatcherResult;
