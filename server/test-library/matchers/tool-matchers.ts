import type { McpMatcherContext, McpMatcherResult } from "../types";
import { isToolResult, notA } from "./received";
import { callOf, describeExpected, fits, jsonLine, quoted, shown, textsOf } from "./show";

/** A result `.not` cannot turn into a pass: what was received is not something the matcher judges. */
function refuse(ctx: McpMatcherContext, message: string): McpMatcherResult {
  return { pass: ctx.isNot === true, message: () => message };
}

/** isError false. */
export function toBeToolSuccess(this: McpMatcherContext, received: unknown): McpMatcherResult {
  if (!isToolResult(received)) return refuse(this, notA("a ToolResult", "toBeToolSuccess", received));
  const r = received;
  return {
    pass: !r.isError,
    message: () =>
      r.isError
        ? `expected ${callOf(r)} to succeed, but it returned isError: true:\n${shown(r)}`
        : `expected ${callOf(r)} not to succeed, but it returned isError: false:\n${shown(r)}`,
  };
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

/** structuredContent valid against the tool's outputSchema; no outputSchema fails either way. */
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
  const errors = verdict.errors.map((e) => `  ${e.path || "(root)"}: ${e.message}`).join("\n");
  const content = r.structuredContent === undefined ? "no structuredContent" : `structuredContent ${jsonLine(r.structuredContent)}`;
  return {
    pass: verdict.valid,
    message: () =>
      verdict.valid
        ? `expected ${callOf(r)}'s structuredContent not to match its outputSchema, but it does: ${content}`
        : `expected ${callOf(r)}'s structuredContent to match its outputSchema, but it does not:\n${errors}\n  (${content})`,
  };
}

/** Some text block contains (a string) or matches (a RegExp) `expected`. */
export function toHaveTextContent(this: McpMatcherContext, received: unknown, expected: string | RegExp): McpMatcherResult {
  if (!isToolResult(received)) return refuse(this, notA("a ToolResult", "toHaveTextContent", received));
  if (typeof expected !== "string" && !(expected instanceof RegExp)) {
    return refuse(this, `toHaveTextContent() expects a string or a RegExp, but received ${jsonLine(expected)}`);
  }
  const r = received;
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
