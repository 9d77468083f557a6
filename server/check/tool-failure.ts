// Telling a tool that failed from a tool that refused (issue 72). check calls each tool with
// arguments its inputSchema accepts; an isError answer may be the tool refusing a guessed value
// ("No note titled 'test'"), or the tool crashing on valid input. The second leaves traces: an
// exception on the server's stderr at that call, or the words an SDK puts in the isError result
// it sends when a tool raised or its output failed the declared schema. Pure: the probe hands in
// the text and the stderr lines.
import { asRecord } from "../../lib/json/shape";

/** Which line of a report says what went wrong: the report's last (Python), the mark (a panic), or the line above the first frame. */
type Telling = "last" | "mark" | "above";

/**
 * The lines that start an exception report, by runtime: Python's traceback (plain, or in rich's
 * box as FastMCP logs it), Go's panic (after log's timestamp, as a recovering middleware prints
 * it), a JavaScript stack frame, a JVM frame or "Exception in thread", a Rust panic, a .NET frame.
 */
const EXCEPTION_MARKS: Array<{ runtime: string; line: RegExp; telling: Telling }> = [
  { runtime: "Python", line: /Traceback \(most recent call last\)/, telling: "last" },
  { runtime: "Go", line: /(^|\s)panic: \S/, telling: "mark" },
  { runtime: "JavaScript", line: /^\s+at (?:.+ \()?(?:file:\/\/|node:|\/|[A-Za-z]:\\).*:\d+:\d+\)?$/, telling: "above" },
  { runtime: "JVM", line: /^\s+at [\w$.<>]+\([\w$]+\.(?:java|kt|scala):\d+\)$/, telling: "above" },
  { runtime: "JVM", line: /^Exception in thread "/, telling: "mark" },
  { runtime: "Rust", line: /^thread '.*' panicked at /, telling: "mark" },
  { runtime: ".NET", line: /^\s+at [\w.<>`]+\(.*\) in .+:line \d+$/, telling: "above" },
];

/** An exception seen on stderr: which runtime's, and the line that says what it was. */
export interface StderrException {
  runtime: string;
  /** The report's telling line, trimmed, at most 300 characters. */
  quote: string;
}

/** The exception reported in these stderr lines (those written while one call ran), if any. */
export function exceptionOnStderr(lines: readonly string[]): StderrException | undefined {
  // rich (FastMCP's logger) draws its traceback in a box.
  const clean = lines.map((l) => l.replace(/[│╭╮╰╯─]+/g, " ").trimEnd()).filter((l) => l.trim());
  for (let i = 0; i < clean.length; i++) {
    const mark = EXCEPTION_MARKS.find((m) => m.line.test(clean[i]));
    if (!mark) continue;
    const at = mark.telling === "last" ? clean.length - 1 : mark.telling === "above" && i > 0 ? i - 1 : i;
    return { runtime: mark.runtime, quote: clean[at].trim().slice(0, 300) };
  }
  return undefined;
}

/**
 * The words the SDKs put in the isError result they send in place of a structuredContent that
 * breaks the tool's outputSchema: TypeScript v1 ("MCP error -32602: Output validation error: …"),
 * v2 and Python's low-level server ("Output validation error: …"), Java ("structuredContent does
 * not match tool outputSchema"), Go ("validating tool output: …").
 */
const OUTPUT_REFUSAL = /\bOutput validation error\b|\bstructured ?content does not match\b.*\boutput ?schema\b|\bvalidating tool output:/i;

/**
 * The words an SDK answers with when the tool itself raised (or its return value failed output
 * conversion), in place of the exception: pypi `mcp`'s MCPServer sends exactly "Error executing
 * tool NAME" (an anticipated ToolError keeps its own text after a colon), FastMCP "Error calling
 * tool 'NAME'" (masked) or "Error calling tool 'NAME': …" (a ToolError the tool raised is sent as
 * its own text).
 */
const SDK_CRASH: Array<{ sdk: string; text: (tool: string) => RegExp }> = [
  { sdk: "the Python SDK's MCPServer", text: (tool) => new RegExp(`^Error executing tool ${escape(tool)}$`) },
  { sdk: "FastMCP", text: (tool) => new RegExp(`^Error calling tool '${escape(tool)}'(?::|$)`) },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** What an isError text says of the tool, when an SDK wrote it: its output broke the schema, or it raised. */
export function sdkFailureText(
  text: string,
  tool: string,
  hasOutputSchema: boolean,
): { kind: "output-schema" } | { kind: "raised"; sdk: string } | undefined {
  if (hasOutputSchema && OUTPUT_REFUSAL.test(text)) return { kind: "output-schema" };
  const trimmed = text.trim();
  const crash = SDK_CRASH.find((c) => c.text(tool).test(trimmed));
  return crash ? { kind: "raised", sdk: crash.sdk } : undefined;
}

/** The text of a result's text blocks, joined (what a person reads of an isError answer). */
export function resultText(result: unknown): string {
  const content = asRecord(result).content;
  if (!Array.isArray(content)) return "";
  return content
    .map((c) => asRecord(c).text)
    .filter((t): t is string => typeof t === "string")
    .join("\n");
}
