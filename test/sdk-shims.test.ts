import { expect, test, vi } from "vitest";
import * as sdkShims from "@modelcontextprotocol/client/_shims";
import * as ours from "../server/engine/sdk-shims";
import { loadOutputValidator } from "../server/engine/output-validator";

// The bundle gives the client SDK server/engine/sdk-shims.ts in place of its "_shims" module
// (scripts/build.mjs): it must offer everything the SDK's own Node shim does, and its validator
// must answer as a JSON Schema validator does (the SDK would use it for Client.callTool and
// fromJsonSchema), with server-chosen patterns on RE2.

test("the shim offers every export of the SDK's Node shim, with the same CORS answer", () => {
  expect(Object.keys(ours).sort()).toEqual(Object.keys(sdkShims).sort());
  expect(ours.CORS_IS_POSSIBLE).toBe(sdkShims.CORS_IS_POSSIBLE);
});

test("before the validator has loaded, it says so (the SDK makes that the tool's compile error)", async () => {
  // Fresh modules: another test file in this worker may have loaded the validator already.
  vi.resetModules();
  const fresh = await import("../server/engine/sdk-shims");
  expect(() => new fresh.DefaultJsonSchemaValidator().getValidator({ type: "object" })).toThrow(/not loaded yet/);
});

test("its validator accepts what conforms, explains what does not, and names a schema that does not compile", async () => {
  await loadOutputValidator();
  const v = new ours.DefaultJsonSchemaValidator();
  const schema = { type: "object", properties: { n: { type: "integer", minimum: 1 } }, required: ["n"] };
  expect(v.getValidator(schema)({ n: 3 })).toEqual({ valid: true, data: { n: 3 }, errorMessage: undefined });
  const bad = v.getValidator(schema)({ n: 0 });
  expect(bad.valid).toBe(false);
  expect(bad.errorMessage).toMatch(/\/n .*>= 1/);
  const broken = v.getValidator({ type: "object", properties: { n: { type: "no-such-type" } } })({ n: 1 });
  expect(broken).toMatchObject({ valid: false, errorMessage: expect.stringMatching(/does not compile/) });
});

test("a catastrophic pattern from a server is run on RE2, not on V8's backtracking engine", async () => {
  await loadOutputValidator();
  const v = new ours.DefaultJsonSchemaValidator();
  const check = v.getValidator({ type: "string", pattern: "^(a|a)*$" });
  expect(check("a".repeat(40) + "b").valid).toBe(false);
  expect(check("a".repeat(40)).valid).toBe(true);
});
