/** Jest on native ES modules: nothing to transform, Node's environment. */
export default {
  testEnvironment: "node",
  transform: {},
  testMatch: ["**/*.test.mjs"],
};
