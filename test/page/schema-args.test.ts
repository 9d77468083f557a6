import { describe, expect, it } from "vitest";
import { dialectOf, pruneArgs } from "../../components/schema-form/schema-args";

describe("dialectOf", () => {
  it("reads 2020-12 by default and draft-07 when named", () => {
    expect(dialectOf({})).toBe("2020-12");
    expect(dialectOf({ $schema: "https://json-schema.org/draft/2020-12/schema" })).toBe("2020-12");
    expect(dialectOf({ $schema: "http://json-schema.org/draft-07/schema#" })).toBe("draft-07");
  });
});

describe("pruneArgs", () => {
  it("drops empty optional fields recursively and keeps required ones", () => {
    const schema = {
      type: "object",
      required: ["a"],
      properties: {
        a: { type: "string" },
        b: { type: "string" },
        c: { $ref: "#/$defs/C" },
        d: { type: "array", items: { $ref: "#/$defs/C" } },
      },
      $defs: { C: { type: "object", required: ["x"], properties: { x: { type: "number" }, y: { type: ["string", "null"] } } } },
    };
    expect(pruneArgs({ a: "", b: "", c: { y: null }, d: [{ x: 1, y: "" }] }, schema)).toEqual({ a: "", d: [{ x: 1 }] });
    expect(pruneArgs({ a: "v", c: { x: 0, y: "" } }, schema)).toEqual({ a: "v", c: { x: 0 } });
  });
});
