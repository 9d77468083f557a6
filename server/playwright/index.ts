/**
 * `mcp-inspector-harness/playwright`: a Playwright Test fixture for MCP Apps. The inspector's
 * backend runs in the Playwright worker (as `npx inspector --no-open --port 0 <server>`), and
 * `mcpApp.open(tool, args)` runs an App tool in the inspector's own page, so the App renders
 * through the same sandbox origin and bridge a person uses. A failed test gets the session's
 * recording as an attachment, openable with `npx mcp-inspector-harness --open`.
 */
import {
  expect,
  test as base,
  type PlaywrightTestArgs,
  type PlaywrightTestOptions,
  type PlaywrightWorkerArgs,
  type PlaywrightWorkerOptions,
  type TestType,
} from "@playwright/test";
import { writeSessionFile } from "../record/session-file";
import { McpHarnessError } from "../test-library/errors";
import { openApp } from "./open-app";
import { backendOf, inspectorPool } from "./pool";
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
// Typed by hand from @playwright/test's own names: an inferred type would name playwright/test,
// a package a user's project need not resolve.
export const test: TestType<
  PlaywrightTestArgs & PlaywrightTestOptions & McpAppTestArgs,
  PlaywrightWorkerArgs & PlaywrightWorkerOptions & McpAppWorkerArgs
> = base.extend<McpAppTestArgs, McpAppWorkerArgs>({
  mcpServer: [undefined, { option: true }],
  mcpConnect: [{}, { option: true }],
  mcpInspectorPool: [
    async ({}, use) => {
      const pool = inspectorPool();
      try {
        await use(pool);
      } finally {
        await pool.close();
      }
    },
    { scope: "worker" },
  ],
  mcpInspector: async ({ mcpServer, mcpConnect, mcpInspectorPool }, use) => {
    if (!mcpServer)
      throw new McpHarnessError(
        "usage",
        "mcpInspector",
        'no server to inspect: test.use({ mcpServer: { command: "node", args: ["server.js"] } })',
      );
    await use(await mcpInspectorPool.get(mcpServer, mcpConnect));
  },
  mcpApp: async ({ page, mcpInspector }, use, testInfo) => {
    const backend = backendOf(mcpInspector);
    const since = backend.entries().at(-1)?.seq ?? 0;
    await use({ open: (tool, args = {}, o = {}) => openApp(page, backend, tool, args, o.timeout) });
    // A failed test comes with its recording: the session so far, redacted, openable in the page.
    if (testInfo.status !== testInfo.expectedStatus && backend.entries(since).length) {
      const file = testInfo.outputPath("mcp-session.json");
      writeSessionFile(file, { target: backend.target, state: backend.state(), entries: backend.entries() });
      await testInfo.attach("mcp-session", { path: file, contentType: "application/json" });
      console.error(`The MCP session of "${testInfo.title}" is in ${file}; open it with: npx mcp-inspector-harness --open ${file}`);
    }
  },
});

export { expect };
export { McpHarnessError } from "../test-library/errors";
export type * from "./types";
