/**
 * `testEnvironment: "mcp-inspector-harness/jest-environment"`: Jest's Node environment that also
 * tells the test's global when the test failed. jest-circus tells only an environment
 * (handleTestEvent), never an afterEach; mcp-inspector-harness/jest's afterEach reads the flag
 * and writes the failed test's recordings whatever failed it (a thrown McpHarnessError, any
 * matcher, a timeout). Without this environment, only the harness's own failing matchers write one.
 */
import { TestEnvironment } from "jest-environment-node";
interface CircusEvent {
    name: string;
    hook?: {
        type: string;
    };
}
export default class McpTestEnvironment extends TestEnvironment {
    handleTestEvent(event: CircusEvent): Promise<void>;
}
export { McpTestEnvironment as TestEnvironment };
