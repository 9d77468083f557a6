import { describe, expect, it } from "vitest";
import { BigStrings, PLACEHOLDER } from "../../client/worker-socket";

describe("BigStrings (the long strings a big frame's worker sent apart)", () => {
  it("joins a string's pieces and puts it back where its placeholder is, in entries and replies", () => {
    const bigs = new BigStrings();
    const a = `${PLACEHOLDER}0`;
    const b = `${PLACEHOLDER}1`;
    bigs.add(a, "line 1\n");
    bigs.add(a, "line 2\n");
    bigs.add(b, "é".repeat(3));
    const entries = JSON.parse(JSON.stringify([{ seq: 3, message: { result: { content: [{ type: "text", text: a }], other: b, n: 1 } } }]));
    expect(bigs.restore(entries)).toEqual([
      { seq: 3, message: { result: { content: [{ type: "text", text: "line 1\nline 2\n" }], other: "ééé", n: 1 } } },
    ]);
    // Each is taken once: nothing is held after.
    expect(bigs.size).toBe(0);
  });

  it("leaves what holds no placeholder as it is, and ordinary strings alone", () => {
    const bigs = new BigStrings();
    const value = { text: "plain", list: [1, null, "x"] };
    expect(bigs.restore(value)).toBe(value);
    bigs.add(`${PLACEHOLDER}7`, "held");
    expect(bigs.restore({ text: `${PLACEHOLDER}8`, other: "plain" })).toEqual({ text: `${PLACEHOLDER}8`, other: "plain" });
    expect(bigs.size).toBe(1);
    bigs.clear();
    expect(bigs.size).toBe(0);
  });
});
