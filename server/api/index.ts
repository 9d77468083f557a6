/**
 * mcp-inspector-harness as a library: server tests in code, over the same engine, record and lint
 * as the page and the CLI. docs/testing.md is its guide; every export here is in the bundled
 * index.d.ts, and nothing of the SDK's or zod's types is.
 */
export { connect } from "./connect";
export { check } from "./check";
export { mock } from "./mock";
export { McpHarnessError } from "./errors";
export type * from "./types";
