import type { McpMatcherContext, McpMatcherResult, ToolResult } from "../types";
import { isToolResult, notA } from "./received";
import { callOf, describeExpected, fits, jsonLine, quoted, shown, textsOf } from "./show";

/** A result `.not` cannot turn into a pass: what was received is not something the matcher judges. */
function refuse(ctx: McpMatcherContext, message: string): McpMatcherResult {
  return { pass: ctx.isNot === true, message: () => message };
}

/**
 * The call worked: isError is not true and, when the tool declares an outputSchema, its
 * structuredContent conforms (a success whose output breaks the tool's own schema is broken).
 */
export function toBeToolSuccess(this: McpMatcherContext, received: unknown): McpMatcherResult {
  if (!isToolResult(received)) return refuse(this, notA("a ToolResult", "toBeToolSuccess", received));
  const r = received;
  const broken = !r.isError && r.outputSchema?.valid === false;
  return {
    pass: !r.isError && !broken,
    message: () =>
      r.isError
        ? `expected ${callOf(r)} to succeed, but it returned isError: true:\n${shown(r)}`
        : broken
          ? `expected ${callOf(r)} to succeed, but its result breaks the tool's outputSchema:\n${verdictLines(r)}\n${shown(r)}`
          : `expected ${callOf(r)} not to succeed, but it returned isError: false${r.outputSchema ? " and output that fits its outputSchema" : ""}:\n${shown(r)}`,
  };
}

/** The verdict's errors, one per line. */
function verdictLines(r: ToolResult): string {
  return (r.outputSchema?.errors ?? []).map((e) => `  ${e.path || "(root)"}: ${e.message}`).join("\n");
}

/** isError true, and when `expected` is given, a text block containing or matching it. */
export function toBeToolError(this: McpMatcherContext, received: unknown, expected?: string | RegExp): McpMatcherResult {
  if (!isToolResult(received)) return refuse(this, notA("a ToolResult", "toBeToolError", received));
  const r = received;
  const which = expected === undefined ? "an error" : `an error with text ${describeExpected(expected)}`;
  const textFits = expected === undefined || textsOf(r).some((t) => fits(t, expected));
  return {
    pass: r.isError && textFits,
    message: () => {
      if (this.isNot) return `expected ${callOf(r)} not to return ${which}, but it did:\n${shown(r)}`;
      if (!r.isError) return `expected ${callOf(r)} to return ${which}, but it succeeded (isError: false):\n${shown(r)}`;
      return `expected ${callOf(r)} to return ${which}; it returned an error with other text:\n${shown(r)}`;
    },
  };
}

/**
 * A success whose structuredContent fits the tool's outputSchema. Fails on an isError result
 * (with or without structuredContent: the SDK's McpServer answers isError with none when the
 * output breaks its own schema), on a result with no structuredContent, and on a tool that
 * declares no outputSchema (either way: `.not` cannot pass on it).
 */
export function toMatchOutputSchema(this: McpMatcherContext, received: unknown): McpMatcherResult {
  if (!isToolResult(received)) return refuse(this, notA("a ToolResult", "toMatchOutputSchema", received));
  const r = received;
  const verdict = r.outputSchema;
  if (!verdict) {
    return refuse(
      this,
      `${callOf(r)}: tool ${JSON.stringify(r.tool)} declares no outputSchema in tools/list, so its structuredContent has nothing to match` +
        `${r.structuredContent !== undefined ? ` (structuredContent ${jsonLine(r.structuredContent)})` : ""}`,
    );
  }
  // The verdict already says invalid for these; the check is here too so the matcher never leans on a verdict made elsewhere.
  const valid = verdict.valid && !r.isError && r.structuredContent !== undefined;
  const content = r.structuredContent === undefined ? "no structuredContent" : `structuredContent ${jsonLine(r.structuredContent)}`;
  return {
    pass: valid,
    message: () =>
      valid
        ? `expected ${callOf(r)}'s structuredContent not to match its outputSchema, but it does: ${content}`
        : r.isError
          ? `expected ${callOf(r)} to return structuredContent matching its outputSchema, but it returned isError: true (${content}):\n${shown(r)}`
          : `expected ${callOf(r)}'s structuredContent to match its outputSchema, but it does not:\n${verdictLines(r)}\n  (${content})`,
  };
}

/**
 * A success with a text block that contains (a string) or matches (a RegExp) `expected`. An
 * isError result fails either way (`.not` too): the call did not succeed, and a test that expects
 * an error says so with toBeToolError(text).
 */
export function toHaveTextContent(this: McpMatcherContext, received: unknown, expected: string | RegExp): McpMatcherResult {
  if (!isToolResult(received)) return refuse(this, notA("a ToolResult", "toHaveTextContent", received));
  if (typeof expected !== "string" && !(expected instanceof RegExp)) {
    return refuse(this, `toHaveTextContent() expects a string or a RegExp, but received ${jsonLine(expected)}`);
  }
  const r = received;
  if (r.isError) {
    return refuse(
      this,
      `expected ${callOf(r)} to succeed with ${this.isNot ? "no" : "a"} text block ${describeExpected(expected)}, but it returned isError: true ` +
        `(an error's text is matched with toBeToolError(text)):\n${shown(r)}`,
    );
  }
  const texts = textsOf(r);
  const hit = texts.find((t) => fits(t, expected));
  return {
    pass: hit !== undefined,
    message: () =>
      hit !== undefined
        ? `expected ${callOf(r)} to have no text ${describeExpected(expected)}, but one is: ${quoted(hit)}`
        : `expected ${callOf(r)} to have a text block ${describeExpected(expected)}, but ${texts.length === 0 ? "it has none" : "none is"}:\n${shown(r)}`,
  };
}
