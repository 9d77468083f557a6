import { describe, expect, test } from "vitest";
import { previewOf } from "../../lib/wire/preview";

describe("previewOf", () => {
  test("cuts each long string to its head and keeps the shape", () => {
    const result = {
      content: [
        { type: "text", text: "a".repeat(100) },
        { type: "text", text: "short" },
      ],
      isError: false,
    };
    expect(previewOf(result, 10)).toEqual({
      content: [
        { type: "text", text: "a".repeat(10) },
        { type: "text", text: "short" },
      ],
      isError: false,
    });
  });

  test("never ends inside a surrogate pair", () => {
    const text = "a".repeat(9) + "😀" + "b".repeat(20);
    expect((previewOf({ text }, 10) as { text: string }).text).toBe("a".repeat(9));
  });

  test("nothing to cut, or still big after cutting: no preview", () => {
    expect(previewOf({ content: [{ type: "text", text: "short" }] }, 10)).toBeUndefined();
    const many = { content: Array.from({ length: 100 }, () => ({ type: "text", text: "x".repeat(20) })) };
    expect(previewOf(many, 10, 500)).toBeUndefined();
  });
});
