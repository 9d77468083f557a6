import type { ToolResult } from "../types";
/** A string as a JSON literal (quotes, newlines and control characters escaped), cut at MAX_TEXT. */
export declare function quoted(text: string): string;
/** A value as one line of JSON, cut at MAX_TEXT. */
export declare function jsonLine(value: unknown): string;
/** `callTool("echo")`, as McpHarnessError names calls. */
export declare function callOf(r: ToolResult): string;
/** What came back, one line per content block (and the structuredContent), indented under a message. */
export declare function shown(r: ToolResult): string;
/** The text of every text block. */
export declare function textsOf(r: ToolResult): string[];
export declare function describeExpected(expected: string | RegExp): string;
export declare function fits(text: string, expected: string | RegExp): boolean;
