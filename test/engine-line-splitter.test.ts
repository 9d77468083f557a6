// The stdio transport's line splitter: lines as the target wrote them, however the pipe cut them.
import { describe, expect, test } from "vitest";
import { LineSplitter } from "../server/engine/line-splitter";

function splitter(max?: number) {
  const lines: Array<[string, number, boolean]> = [];
  const overlong: Array<[number, string]> = [];
  const s = new LineSplitter({ line: (t, b, v) => lines.push([t, b, v]), overlong: (b, h) => overlong.push([b, h]) }, max);
  return { s, lines, overlong };
}

describe("the line splitter", () => {
  test("whole lines in one chunk, a line cut across chunks, \\r\\n, and a reused chunk buffer", () => {
    const { s, lines } = splitter();
    const chunk = Buffer.from('{"a":1}\n{"b":');
    s.push(chunk);
    // The stream may reuse its buffer once push returns: what was delivered and what is held stay as written.
    chunk.fill(0x78);
    s.push(Buffer.from("2}\r\n\nlast"));
    s.end();
    expect(lines).toEqual([
      ['{"a":1}', 7, true],
      ['{"b":2}', 7, true],
      ["last", 4, true],
    ]);
  });

  test("invalid UTF-8 is decoded leniently and said so; a line over the bound is skipped and reported with its head", () => {
    const { s, lines, overlong } = splitter(16);
    s.push(Buffer.concat([Buffer.from("ok \xff".slice(0, 3)), Buffer.from([0xff]), Buffer.from("\n")]));
    s.push(Buffer.from("0123456789"));
    s.push(Buffer.from("0123456789\nnext\n"));
    expect(lines).toEqual([
      ["ok \ufffd", 4, false],
      ["next", 4, true],
    ]);
    expect(overlong).toEqual([[20, "01234567890123456789"]]);
  });
});
