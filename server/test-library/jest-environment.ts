/**
 * `testEnvironment: "mcp-inspector-harness/jest-environment"`: Jest's Node environment that also
 * tells the test's global when the test failed. jest-circus tells only an environment
 * (handleTestEvent), never an afterEach; mcp-inspector-harness/jest's afterEach reads the flag
 * and writes the failed test's recordings whatever failed it (a thrown McpHarnessError, any
 * matcher, a timeout). Without this environment, only the harness's own failing matchers write one.
 */
import { TestEnvironment } from "jest-environment-node";
import { JEST_TEST_FAILED } from "./jest-flag";

interface CircusEvent {
  name: string;
  hook?: { type: string };
}

export default class McpTestEnvironment extends TestEnvironment {
  // jest-circus calls this with each event, in order: a test's failure comes before its afterEach hooks run.
  async handleTestEvent(event: CircusEvent): Promise<void> {
    const g = this.global as unknown as Record<string, unknown>;
    if (event.name === "test_start") g[JEST_TEST_FAILED] = false;
    else if (event.name === "test_fn_failure") g[JEST_TEST_FAILED] = true;
    else if (event.name === "hook_failure" && event.hook?.type === "beforeEach") g[JEST_TEST_FAILED] = true;
  }
}

export { McpTestEnvironment as TestEnvironment };
