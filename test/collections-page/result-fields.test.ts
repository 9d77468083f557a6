import { describe, expect, it } from "vitest";
import { expectType, expectValue, resultFields, valuePreview } from "../../features/collections/result-fields";
import { parseCollection } from "../../lib/collections/format";
import { valueAtPath } from "../../lib/collections/json-path";

describe("picking a field of a result", () => {
  const result = { content: [{ type: "text", text: "Echo: hi" }], "odd key": { n: 1.5 }, isError: false };

  it("lists every field as a JSON path the runner reads back to the same value", () => {
    const { fields, clipped } = resultFields(result);
    expect(clipped).toBe(false);
    expect(fields.map((f) => f.path)).toEqual([
      "$",
      "$.content",
      "$.content[0]",
      "$.content[0].type",
      "$.content[0].text",
      '$["odd key"]',
      '$["odd key"].n',
      "$.isError",
    ]);
    for (const f of fields) expect(valueAtPath(result, f.path), f.path).toMatchObject({ found: true, value: f.value });
  });

  it("makes expectations the collection format accepts", () => {
    const text = resultFields(result).fields.find((f) => f.path === "$.content[0].text")!;
    const n = resultFields(result).fields.find((f) => f.path === '$["odd key"].n')!;
    expect(expectValue(text)).toEqual({ path: "$.content[0].text", equals: "Echo: hi" });
    expect(expectType(n)).toEqual({ path: '$["odd key"].n', schema: { type: "number" } });
    const file = JSON.stringify({ steps: [{ tool: "echo", expect: [expectValue(text), expectType(n), { snapshot: true }] }] });
    expect(parseCollection(file, "x.mcp-tests.json").ok).toBe(true);
  });

  it("is bounded on a huge result and previews values briefly", () => {
    const big = { items: Array.from({ length: 5000 }, (_, i) => ({ i })) };
    const { fields, clipped } = resultFields(big);
    expect(clipped).toBe(true);
    expect(fields.length).toBeLessThanOrEqual(300);
    expect(valuePreview(big.items)).toBe("[5000 items]");
    expect(valuePreview("x".repeat(100))).toHaveLength(60);
  });
});
