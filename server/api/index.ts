/**
 * mcp-inspector-harness as a library: server tests in code, over the same engine, record and lint
 * as the page and the CLI. docs/testing.md is its guide; every export here is in the bundled
 * index.d.ts, and nothing of the SDK's or zod's types is.
 */
import type { CheckReport, McpCheckOptions, MockServer, TargetInput } from "./types";

export { connect } from "./connect";
export { McpHarnessError } from "./errors";
export type * from "./types";

// check() and mock() load on first use: most test files only connect, and the import of the
// library is paid by every test file (bench figure 9.3).

/**
 * The `check` command's report as data: connect, list everything, probe what every server must
 * do (with `callTools`, call each tool with sample arguments), lint the whole record. Never
 * throws for the server's faults: a server that cannot be reached is `connected: false` with
 * `connectError`.
 */
export async function check(target: TargetInput, options: McpCheckOptions = {}): Promise<CheckReport> {
  return (await import("./check")).check(target, options);
}

/**
 * A recording played as a server (`inspector mock`), for testing an MCP client: its Streamable
 * HTTP URL on loopback, and the command that plays it over stdio. Requests are matched to the
 * recorded ones (`ignore` paths left out); close() stops it.
 */
export async function mock(sessionFile: string, options: { ignore?: string[] } = {}): Promise<MockServer> {
  return (await import("./mock")).mock(sessionFile, options);
}
