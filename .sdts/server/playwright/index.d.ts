/**
 * `mcp-inspector-harness/playwright`: a Playwright Test fixture for MCP Apps. The inspector's
 * backend runs in the Playwright worker (as `npx inspector --no-open --port 0 <server>`), and
 * `mcpApp.open(tool, args)` runs an App tool in the inspector's own page, so the App renders
 * through the same sandbox origin and bridge a person uses. A failed test gets the session's
 * recording as an attachment, openable with `npx mcp-inspector-harness --open`.
 */
import { expect, type PlaywrightTestArgs, type PlaywrightTestOptions, type PlaywrightWorkerArgs, type PlaywrightWorkerOptions, type TestType } from "@playwright/test";
import type { McpAppFixture, McpAppOptions, McpInspector, McpInspectorPool } from "./types";
/** What the fixture adds to each test's arguments. */
export interface McpAppTestArgs extends McpAppOptions {
    mcpInspector: McpInspector;
    mcpApp: McpAppFixture;
}
/** What it adds to each worker's. */
export interface McpAppWorkerArgs {
    mcpInspectorPool: McpInspectorPool;
}
/** Playwright's `test` with `mcpApp` and `mcpInspector` (per test) over `mcpInspectorPool` (per worker), configured by `mcpServer`. */
export declare const test: TestType<PlaywrightTestArgs & PlaywrightTestOptions & McpAppTestArgs, PlaywrightWorkerArgs & PlaywrightWorkerOptions & McpAppWorkerArgs>;
export { expect };
export { McpHarnessError } from "../test-library/errors";
export type * from "./types";
