import { afterEach, describe, expect, it } from "vitest";
import { wireCopy } from "../../server/engine/wire-copy";

/** What a JSON wire delivers, and the size of its text: the answer wireCopy must give. */
function viaJson(v: unknown): { value: unknown; bytes: number } {
  const text = JSON.stringify(v);
  return text === undefined ? { value: undefined, bytes: 0 } : { value: JSON.parse(text), bytes: Buffer.byteLength(text) };
}

function expectSameAsJson(v: unknown): void {
  const got = wireCopy(v);
  const want = viaJson(v);
  expect(got.bytes).toBe(want.bytes);
  expect(got.value).toStrictEqual(want.value);
  // Same members in the same order: the text of the copy is the text of the original.
  expect(JSON.stringify(got.value)).toBe(JSON.stringify(v));
}

/** A small deterministic generator (mulberry32), so a failure names a seed that reproduces it. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = ["a", "Z", "0", " ", "é", "€", "😀", "\n", '"', "\\", "\u0001", "\u2028", "\ud800", "\udc00", "/", "<"];

function randomString(r: () => number, max: number): string {
  let s = "";
  const n = Math.floor(r() * max);
  for (let i = 0; i < n; i++) s += ALPHABET[Math.floor(r() * ALPHABET.length)];
  return s;
}

function randomValue(r: () => number, depth: number): unknown {
  const pick = Math.floor(r() * (depth > 4 ? 6 : 9));
  switch (pick) {
    case 0:
      return randomString(r, r() < 0.1 ? 200 : 12);
    case 1:
      return [0, -0, 1, -1, 42, 1e21, 1.5, -3.25e-7, Number.MAX_SAFE_INTEGER, 2 ** 60, NaN, Infinity][Math.floor(r() * 12)];
    case 2:
      return r() < 0.5;
    case 3:
      return null;
    case 4:
      return undefined;
    case 5:
      return r() < 0.5 ? () => 1 : Symbol("s");
    case 6:
    case 7: {
      const o: Record<string, unknown> = {};
      const n = Math.floor(r() * 5);
      for (let i = 0; i < n; i++) o[randomString(r, 6)] = randomValue(r, depth + 1);
      return o;
    }
    default:
      return Array.from({ length: Math.floor(r() * 5) }, () => randomValue(r, depth + 1));
  }
}

describe("wireCopy: what a JSON wire would deliver, and its size", () => {
  it("matches JSON's round trip and byte length on 3,000 random values (strings with escapes, surrogates, non-ASCII; odd numbers; holes)", () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const v = { frame: randomValue(random(seed), 0) };
      try {
        expectSameAsJson(v);
      } catch (e) {
        throw new Error(`seed ${seed}: ${(e as Error).message}`);
      }
    }
  });

  it("gives each side its own objects: changing the original later changes nothing in the copy", () => {
    const args = { list: [{ n: 1 }], name: "first" };
    const { value } = wireCopy({ params: { arguments: args } });
    args.list[0].n = 2;
    args.name = "changed";
    expect(value).toEqual({ params: { arguments: { list: [{ n: 1 }], name: "first" } } });
  });

  it("takes what is not plain data through JSON itself: Dates, toJSON, class instances, boxed primitives, sparse arrays", () => {
    class Point {
      constructor(
        public x: number,
        public y: number,
      ) {}
      get sum() {
        return this.x + this.y;
      }
    }
    const sparse = [1, , 3];
    const cases: unknown[] = [
      { when: new Date(Date.UTC(2026, 10, 24)) },
      { custom: { toJSON: () => ({ replaced: true }) } },
      { p: new Point(1, 2) },
      { boxed: [new Number(3), new String("s"), new Boolean(false)] },
      { sparse },
      { nested: { deep: { toJSON: (key: string) => `key was ${key}` } } },
      { map: new Map([["a", 1]]), set: new Set([1]) },
      { typed: new Uint8Array([1, 2]) },
      { nullProto: Object.assign(Object.create(null), { a: 1 }) },
    ];
    for (const v of cases) expectSameAsJson(v);
    // An own "__proto__" (as JSON.parse makes) stays a member, not the copy's prototype.
    const parsed = JSON.parse('{"__proto__":{"polluted":true},"ok":1}');
    const { value } = wireCopy(parsed);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(JSON.stringify(value)).toBe('{"__proto__":{"polluted":true},"ok":1}');
  });

  it("nesting past its depth goes through JSON, and a cycle throws JSON's own TypeError", () => {
    let deep: unknown = "bottom";
    for (let i = 0; i < 200; i++) deep = i % 2 ? { d: deep } : [deep];
    expectSameAsJson(deep);
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(() => wireCopy(cyclic)).toThrow(TypeError);
    expect(() => wireCopy(cyclic)).toThrow(/circular/i);
    expect(() => wireCopy({ n: 10n })).toThrow(/BigInt/);
  });

  it("a value with no JSON form is undefined, as JSON.stringify says", () => {
    expect(wireCopy(undefined)).toEqual({ value: undefined, bytes: 0 });
    expect(wireCopy(() => 1)).toEqual({ value: undefined, bytes: 0 });
    expectSameAsJson("top-level string");
    expectSameAsJson(-0);
  });

  describe("with Object.prototype touched", () => {
    afterEach(() => {
      delete (Object.prototype as Record<string, unknown>).injected;
      delete (Object.prototype as Record<string, unknown>).toJSON;
    });

    it("an enumerable member added to Object.prototype is not copied (JSON skips inherited members)", () => {
      (Object.prototype as Record<string, unknown>).injected = "x";
      expectSameAsJson({ a: { b: 1 } });
      expect(Object.hasOwn(wireCopy({ a: 1 }).value as object, "injected")).toBe(false);
    });

    it("a toJSON added to Object.prototype is honoured, as JSON honours it", () => {
      Object.defineProperty(Object.prototype, "toJSON", { value: () => "replaced", configurable: true, writable: true });
      expectSameAsJson({ a: { b: 1 } });
      expect(wireCopy({ a: 1 }).value).toBe("replaced");
    });
  });
});
