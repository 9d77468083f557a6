/**
 * `import "mcp-inspector-harness/jest"` (a test file, or setupFilesAfterEnv; ESM mode:
 * `NODE_OPTIONS=--experimental-vm-modules jest`): the matchers on Jest's `expect`, the snapshot
 * serializer, and an afterEach that closes the sessions a test opened (one opened in beforeAll stays
 * open for the file's tests, and an afterAll closes it after them; a failed test's recording
 * holds the part of it that the test produced).
 *
 * Jest tells an afterEach nothing of whether its test failed (jest-circus gives that only to a
 * testEnvironment's handleTestEvent). With `testEnvironment: "mcp-inspector-harness/jest-environment"`
 * the environment says so, and the afterEach writes a failed test's recordings whatever failed it.
 * Without it, a recording is written where the failure is known here: when one of these matchers
 * fails, the recordings of the test's sessions so far are written and their paths, with the
 * command that opens them, end the matcher's message (and so the JUnit failure text of jest-junit).
 */
import { afterAll, afterEach, beforeEach, expect } from "@jest/globals";
import path from "node:path";
import { mcpMatchers, mcpSerializer } from "./matchers";
import { afterFile, afterTest, beforeTest, recordNow } from "./recordings";
import { JEST_TEST_FAILED } from "./jest-flag";
import type { McpMatcherContext, McpMatcherResult, McpMatchers } from "./types";

/** Any of the matchers (a method's parameters compare both ways, so each matcher's own arguments fit). */
type Matcher = { m(this: McpMatcherContext, received: unknown, ...rest: unknown[]): McpMatcherResult }["m"];

/** The matcher, and when its assertion fails (pass is what `.not` did not want), the recordings named in its message. */
function recording(matcher: Matcher): Matcher {
  return function (this: McpMatcherContext, received, ...rest) {
    const result = matcher.call(this, received, ...rest);
    if (result.pass !== (this.isNot === true)) return result;
    const state = expect.getState();
    const test = { name: state.currentTestName ?? "test", ...(state.testPath ? { file: path.basename(state.testPath) } : {}) };
    const { notice } = recordNow(test);
    if (notice) recordedThisTest = true;
    return notice ? { pass: result.pass, message: () => `${result.message()}\n\n${notice}` } : result;
  };
}

expect.extend(Object.fromEntries(Object.entries(mcpMatchers).map(([name, m]) => [name, recording(m)])));
expect.addSnapshotSerializer(mcpSerializer);

/** A failing matcher wrote this test's recordings already: the afterEach does not write them twice. */
let recordedThisTest = false;

// Registered first, so it runs before the test's own beforeEach hooks: a session one of them opens is the test's.
beforeEach(() => beforeTest());

afterEach(async () => {
  // The harness's environment says whether the test failed; without it (undefined) nothing is known here.
  const failed = (globalThis as Record<string, unknown>)[JEST_TEST_FAILED] === true && !recordedThisTest;
  recordedThisTest = false;
  const state = expect.getState();
  const test = { name: state.currentTestName ?? "test", ...(state.testPath ? { file: path.basename(state.testPath) } : {}) };
  const { notice } = await afterTest(test, failed);
  if (notice) console.error(notice);
});

afterAll(() => afterFile());

declare module "expect" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars -- declaration merging: Jest's Matchers<R, T> takes the harness's matchers (T unused, as declared by Jest)
  interface Matchers<R extends void | Promise<void>, T = unknown> extends McpMatchers<R> {}
}

export { mcpMatchers, mcpSerializer };
export type { McpMatchers };
