/**
 * `import "mcp-inspector-harness/vitest"` (in a test file or a setupFiles entry): the matchers on
 * vitest's `expect`, the snapshot serializer, and a hook after each test that closes the sessions
 * the test opened (one opened in beforeAll stays open for the file's tests, and is closed after
 * them) and, when it failed, writes their recordings, and the part of each beforeAll session that
 * the test produced, to mcp-recordings/ (or $MCP_RECORDINGS_DIR) and prints each path with
 * `npx inspector --open <file>`. The printed lines
 * are the test's console output, so vitest's JUnit reporter puts them in the testcase's system-err;
 * the paths are also in the test's meta (`mcpRecordings`) for a custom reporter.
 */
import { afterAll, afterEach, beforeEach, expect } from "vitest";
import { mcpMatchers, mcpSerializer } from "./matchers";
import { afterFile, afterTest, beforeTest } from "./recordings";
import type { McpMatchers } from "./types";

expect.extend(mcpMatchers);
expect.addSnapshotSerializer(mcpSerializer);

// Registered first, so it runs before the test's own beforeEach hooks: a session one of them opens is the test's.
beforeEach(() => beforeTest());

afterEach(async (context) => {
  const task = context.task;
  const test = { name: task.fullTestName ?? task.name, file: task.file.name };
  const { files, notice } = await afterTest(test, task.result?.state === "fail");
  if (notice) {
    task.meta.mcpRecordings = files;
    console.error(notice);
  }
});

afterAll(() => afterFile());

declare module "vitest" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any -- declaration merging: vitest's Matchers<T = any> takes the harness's matchers (the type parameters must be vitest's own, T unused as in vitest's docs)
  interface Matchers<T = any> extends McpMatchers<void> {}
  interface TaskMeta {
    /** The recordings written for this failed test (mcp-inspector-harness/vitest). */
    mcpRecordings?: string[];
  }
}

export { mcpMatchers, mcpSerializer };
export type { McpMatchers };
