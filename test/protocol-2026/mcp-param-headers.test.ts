import { describe, expect, test } from "vitest";
import { headerDeclarationProblem, headerDeclarations, mcpParamHeaders } from "../../server/engine/mcp-param-headers";

// SEP-2243's x-mcp-header rules, as the conformance suite 0.2's http-invalid-tool-headers lists them.
const one = (prop: Record<string, unknown>) => ({ type: "object", properties: { v: prop } });

describe("x-mcp-header declarations", () => {
  test("a string, integer or boolean property with a token name is fine", () => {
    for (const type of ["string", "integer", "boolean"])
      expect(headerDeclarationProblem(one({ type, "x-mcp-header": "Region" }))).toBeUndefined();
  });

  test.each([
    [{ type: "string", "x-mcp-header": "" }, /is empty/],
    [{ type: "string", "x-mcp-header": "My Region" }, /not a header name/],
    [{ type: "string", "x-mcp-header": "Region:Primary" }, /not a header name/],
    [{ type: "string", "x-mcp-header": "Région" }, /not a header name/],
    [{ type: "string", "x-mcp-header": "Region\t1" }, /not a header name/],
    [{ type: "number", "x-mcp-header": "Score" }, /on a "number" property/],
    [{ type: "object", "x-mcp-header": "Data" }, /on a "object" property/],
    [{ type: "array", items: { type: "string" }, "x-mcp-header": "Items" }, /on a "array" property/],
    [{ type: "null", "x-mcp-header": "Nil" }, /on a "null" property/],
  ])("%j is refused", (prop, why) => {
    expect(headerDeclarationProblem(one(prop))).toMatch(why);
  });

  test("the same name twice, in any case, is refused", () => {
    const schema = {
      type: "object",
      properties: { a: { type: "string", "x-mcp-header": "MyField" }, b: { type: "string", "x-mcp-header": "myfield" } },
    };
    expect(headerDeclarationProblem(schema)).toMatch(/declared twice \(a and b/);
  });

  test("values: plain ASCII as is, anything else in the Base64 sentinel, null and absent omitted", () => {
    const decl = headerDeclarations({
      type: "object",
      properties: {
        r: { type: "string", "x-mcp-header": "R" },
        p: { type: "integer", "x-mcp-header": "P" },
        v: { type: "boolean", "x-mcp-header": "V" },
      },
    });
    expect(mcpParamHeaders(decl, { r: " padded ", p: 42, v: null })).toEqual({
      "Mcp-Param-R": "=?base64?IHBhZGRlZCA=?=",
      "Mcp-Param-P": "42",
    });
  });
});
