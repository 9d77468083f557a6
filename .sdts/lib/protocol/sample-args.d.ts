export declare function sampleFor(schema: unknown, root?: unknown, depth?: number): unknown;
/**
 * Arguments that break the schema: a required property missing, or a property of the wrong type.
 * A required property with a `default` is never the one left out: a server may fill the default
 * and rightly accept the call (@playwright/mcp's browser_console_messages and its `level`).
 */
export declare function invalidArgsFor(schema: unknown): Record<string, unknown> | undefined;
/**
 * The JSON an arguments editor starts from: `{}` for a tool that requires nothing, else its
 * required properties filled with values of the right type (sampleFor), which the editor's schema
 * check passes and the person overwrites (issue 73: a tool requiring pizzaTopping started as `{}`).
 */
export declare function argsTemplateOf(schema: unknown): string;
