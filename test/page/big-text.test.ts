import { describe, expect, it } from "vitest";
import { base64Head, base64Size, clipJson, headOf, previewJson, PREVIEW_CHARS } from "../../lib/text/big-text";

describe("big payloads are shown capped", () => {
  it("headOf keeps the first characters and counts the rest, never splitting a surrogate pair", () => {
    expect(headOf("abc", 5)).toEqual({ head: "abc", rest: 0 });
    expect(headOf("abcdef", 4)).toEqual({ head: "abcd", rest: 2 });
    expect(headOf("a😀b", 2)).toEqual({ head: "a", rest: 3 });
  });

  it("clipJson cuts long strings, long lists and many keys, and says so", () => {
    const big = { text: "x".repeat(100_000), list: Array.from({ length: 5000 }, (_, i) => i), small: "ok" };
    const { value, clipped } = clipJson(big, { maxString: 10, maxItems: 3 });
    expect(clipped).toBe(true);
    const v = value as { text: string; list: unknown[]; small: string };
    expect(v.text).toBe("xxxxxxxxxx… [99,990 more characters]");
    expect(v.list).toEqual([0, 1, 2, "… [4,997 more items]"]);
    expect(v.small).toBe("ok");
    expect(clipJson({ a: [1, { b: "c" }] })).toEqual({ value: { a: [1, { b: "c" }] }, clipped: false });
  });

  it("previewJson of a 20 MiB value is small and marked clipped; of a small one, the plain pretty JSON", () => {
    const p = previewJson({ content: [{ type: "text", text: "line\n".repeat(4 * 1048576) }] });
    expect(p.clipped).toBe(true);
    expect(p.text.length).toBeLessThanOrEqual(PREVIEW_CHARS + 100);
    expect(previewJson({ a: 1 })).toEqual({ text: '{\n  "a": 1\n}', clipped: false });
  });

  it("base64Size and base64Head work on the string without decoding it", () => {
    const b64 = Buffer.from("hello world!").toString("base64");
    expect(base64Size(b64)).toBe(12);
    expect(base64Size(Buffer.from("hello").toString("base64"))).toBe(5);
    expect(base64Size("aGVs\nbG8=")).toBe(5);
    expect(Buffer.from(base64Head(b64, 3), "base64").toString()).toBe("hel");
    expect(base64Head("aGVs\nbG8=", 5)).toBe("aGVsbG8=");
  });
});
