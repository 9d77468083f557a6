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

  test("a BOM at a line's start is dropped as the TextDecoder drops it; the bytes still count", () => {
    const { s, lines } = splitter();
    s.push(Buffer.from("\ufeff{}\nx\ufeff\n"));
    expect(lines).toEqual([
      ["{}", 5, true],
      ["x\ufeff", 4, true],
    ]);
  });

  test("however a stream of valid, invalid and multi-byte lines is cut, the lines are what each decoded alone gives", () => {
    const strict = new TextDecoder("utf-8", { fatal: true });
    const lossy = new TextDecoder("utf-8");
    const pieces = ['{"a":"é€𝄞"}', "plain", "\ufeffbom", "bad \xff\xfe", "cr\r", "", "\xe2\x82", "end"];
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let round = 0; round < 200; round++) {
      const parts = Array.from({ length: 1 + rand(12) }, () => pieces[rand(pieces.length)]);
      // A piece with no character above U+00FF is raw bytes (latin1: "bad \xff" is invalid UTF-8), the rest UTF-8.
      const bytes = Buffer.concat(parts.map((p) => Buffer.from(`${p}\n`, /[^\x00-\xff]/.test(p) ? "utf8" : "latin1")));
      const want: Array<[string, number, boolean]> = [];
      for (let line of bytes
        .toString("latin1")
        .split("\n")
        .slice(0, -1)
        .map((l) => Buffer.from(l, "latin1"))) {
        if (line.at(-1) === 13) line = line.subarray(0, -1);
        if (line.length === 0) continue;
        let text: string;
        let valid = true;
        try {
          text = strict.decode(line);
        } catch {
          text = lossy.decode(line);
          valid = false;
        }
        want.push([text, line.length, valid]);
      }
      const { s, lines } = splitter();
      for (let at = 0; at < bytes.length;) {
        const n = 1 + rand(round % 2 ? 8 : 80);
        const chunk = Buffer.from(bytes.subarray(at, at + n));
        s.push(chunk);
        chunk.fill(0x78);
        at += n;
      }
      s.end();
      expect(lines).toEqual(want);
    }
  });
});
