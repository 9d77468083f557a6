/**
 * Jest on native ES modules: nothing to transform. The harness's environment is Jest's Node one
 * that also tells mcp-inspector-harness/jest when a test failed, so its recordings are written.
 */
export default {
  testEnvironment: "mcp-inspector-harness/jest-environment",
  transform: {},
  testMatch: ["**/*.test.mjs"],
};
