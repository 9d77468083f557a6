/**
 * mcp-inspector-harness as a library: server tests in code, over the same engine, record and lint
 * as the page and the CLI. docs/testing.md is its guide; every export here is in the bundled
 * index.d.ts, and nothing of the SDK's or zod's types is.
 */
import type { CheckReport, ConnectOptions, McpCheckOptions, McpSession, MockServer, TargetInput } from "./types";
export { McpHarnessError } from "./errors";
export type * from "./types";
/**
 * Connect to a server under test: a command, a URL, a config file's entry or an SDK server object
 * in this process. Resolves once the handshake is done; a server that cannot be started or
 * reached rejects with McpHarnessError ("unreachable", "auth_required", "protocol_version"),
 * the line of its stderr that says why in the message.
 */
export declare function connect(target: TargetInput, options?: ConnectOptions): Promise<McpSession>;
/**
 * The `check` command's report as data: connect, list everything, probe what every server must
 * do (with `callTools`, call each tool with sample arguments), lint the whole record. Never
 * throws for the server's faults: a server that cannot be reached is `connected: false` with
 * `connectError`.
 */
export declare function check(target: TargetInput, options?: McpCheckOptions): Promise<CheckReport>;
/**
 * A recording played as a server (`inspector mock`), for testing an MCP client: its Streamable
 * HTTP URL on loopback, and the command that plays it over stdio. Requests are matched to the
 * recorded ones (`ignore` paths left out); close() stops it.
 */
export declare function mock(sessionFile: string, options?: {
    ignore?: string[];
}): Promise<MockServer>;
