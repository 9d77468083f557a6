import type { ContentBlock, ToolResult } from "../types";

/** Longest piece of a server's text a failure message shows; the recording has all of it. */
const MAX_TEXT = 400;

/** A string as a JSON literal (quotes, newlines and control characters escaped), cut at MAX_TEXT. */
export function quoted(text: string): string {
  if (text.length <= MAX_TEXT) return JSON.stringify(text);
  return `${JSON.stringify(text.slice(0, MAX_TEXT))}… (${text.length - MAX_TEXT} more characters)`;
}

/** A value as one line of JSON, cut at MAX_TEXT. */
export function jsonLine(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length <= MAX_TEXT ? text : `${text.slice(0, MAX_TEXT)}… (${text.length - MAX_TEXT} more characters)`;
}

/** `callTool("echo")`, as McpHarnessError names calls. */
export function callOf(r: ToolResult): string {
  return `callTool(${JSON.stringify(r.tool)})`;
}

function blockLine(b: ContentBlock): string {
  switch (b.type) {
    case "text":
      return `text ${quoted(b.text)}`;
    case "image":
    case "audio":
      return `${b.type} ${b.mimeType}, ${b.data.length} base64 characters`;
    case "resource_link":
      return `resource_link ${b.uri}`;
    case "resource":
      return `resource ${b.resource.uri}${"text" in b.resource ? ` text ${quoted(b.resource.text)}` : " (blob)"}`;
    default:
      return jsonLine(b);
  }
}

/** What came back, one line per content block (and the structuredContent), indented under a message. */
export function shown(r: ToolResult): string {
  const lines = r.content.map(blockLine);
  if (lines.length === 0) lines.push("(no content blocks)");
  if (r.structuredContent !== undefined) lines.push(`structuredContent ${jsonLine(r.structuredContent)}`);
  return lines.map((l) => `  ${l}`).join("\n");
}

/** The text of every text block. */
export function textsOf(r: ToolResult): string[] {
  return r.content.flatMap((b) => (b.type === "text" ? [b.text] : []));
}

export function describeExpected(expected: string | RegExp): string {
  return typeof expected === "string" ? `containing ${quoted(expected)}` : `matching ${String(expected)}`;
}

export function fits(text: string, expected: string | RegExp): boolean {
  if (typeof expected === "string") return text.includes(expected);
  expected.lastIndex = 0; // a /g or /y RegExp keeps its position between calls
  return expected.test(text);
}
