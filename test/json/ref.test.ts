import { describe, expect, it } from "vitest";
import { derefSchema, resolveRef } from "../../lib/json/ref";
import { asRecord, isObject, isStringArray } from "../../lib/json/shape";

describe("resolveRef", () => {
  it("leaves a schema without $ref as it is", () => {
    const s = { type: "string" };
    expect(resolveRef(s, {})).toEqual({ ok: true, schema: s });
  });

  it("follows local JSON Pointers, unescaping ~0, ~1 and percent-encoding", () => {
    const root = {
      $defs: { "a/b": { type: "number" }, "c~d": { type: "boolean" }, "e f": { type: "null" } },
      definitions: { old: { type: "string" } },
    };
    expect(derefSchema({ $ref: "#/$defs/a~1b" }, root)).toEqual({ type: "number" });
    expect(derefSchema({ $ref: "#/$defs/c~0d" }, root)).toEqual({ type: "boolean" });
    expect(derefSchema({ $ref: "#/$defs/e%20f" }, root)).toEqual({ type: "null" });
    expect(derefSchema({ $ref: "#/definitions/old" }, root)).toEqual({ type: "string" });
  });

  it("follows `#` to the root and indexes arrays", () => {
    const root = { type: "object", prefixItems: [{ type: "integer" }] };
    expect(derefSchema({ $ref: "#" }, root)).toEqual(root);
    expect(derefSchema({ $ref: "#/prefixItems/0" }, root)).toEqual({ type: "integer" });
    expect(resolveRef({ $ref: "#/prefixItems/01" }, root)).toMatchObject({ ok: false, reason: "missing" });
  });

  it("follows chains, the nearer $ref's sibling keywords winning", () => {
    const root = { $defs: { a: { $ref: "#/$defs/b", description: "a" }, b: { type: "string", description: "b", minLength: 1 } } };
    expect(derefSchema({ $ref: "#/$defs/a", title: "outer" }, root)).toEqual({
      type: "string",
      description: "a",
      minLength: 1,
      title: "outer",
    });
  });

  it("keeps the keywords beside a $ref (2019-09 and later)", () => {
    const root = { $defs: { n: { type: "number" } } };
    expect(derefSchema({ $ref: "#/$defs/n", maximum: 3 }, root)).toEqual({ type: "number", maximum: 3 });
  });

  it("says why it cannot resolve: remote, anchor, missing, cycle", () => {
    const root = { $defs: { loop: { $ref: "#/$defs/back" }, back: { $ref: "#/$defs/loop" }, text: "not a schema" } };
    expect(resolveRef({ $ref: "https://example.com/s.json" }, root)).toEqual({
      ok: false,
      ref: "https://example.com/s.json",
      reason: "remote",
    });
    expect(resolveRef({ $ref: "other.json#/a" }, root)).toMatchObject({ ok: false, reason: "remote" });
    expect(resolveRef({ $ref: "#item" }, root)).toMatchObject({ ok: false, reason: "anchor" });
    expect(resolveRef({ $ref: "#/$defs/nope" }, root)).toMatchObject({ ok: false, reason: "missing" });
    expect(resolveRef({ $ref: "#/$defs/text" }, root)).toMatchObject({ ok: false, reason: "missing" });
    expect(resolveRef({ $ref: "#/constructor" }, root)).toMatchObject({ ok: false, reason: "missing" });
    expect(resolveRef({ $ref: "#/%E0%A4%A" }, root)).toMatchObject({ ok: false, reason: "missing" });
    expect(resolveRef({ $ref: "#/$defs/loop" }, root)).toMatchObject({ ok: false, reason: "cycle" });
    expect(resolveRef({ $ref: "#" }, { $ref: "#" })).toMatchObject({ ok: false, reason: "cycle" });
    expect(derefSchema({ $ref: "#/$defs/nope" }, root)).toBeUndefined();
  });

  it("reads boolean targets as schemas", () => {
    const root = { $defs: { any: true, none: false } };
    expect(derefSchema({ $ref: "#/$defs/any" }, root)).toEqual({});
    expect(derefSchema({ $ref: "#/$defs/none" }, root)).toEqual({ not: {} });
  });

  it("derefSchema takes anything and gives undefined for what is no schema object", () => {
    expect(derefSchema(null, {})).toBeUndefined();
    expect(derefSchema([{ type: "string" }], {})).toBeUndefined();
    expect(derefSchema(true, {})).toBeUndefined();
  });
});

describe("JSON shape checks", () => {
  it("isObject is true for objects only", () => {
    expect([{}, { a: 1 }].every(isObject)).toBe(true);
    expect([null, [], "x", 1, undefined, true].some(isObject)).toBe(false);
  });

  it("asRecord gives the object or an empty one", () => {
    expect(asRecord({ a: 1 })).toEqual({ a: 1 });
    expect(asRecord([1])).toEqual({});
    expect(asRecord(null)).toEqual({});
  });

  it("isStringArray wants an array of strings only", () => {
    expect(isStringArray([])).toBe(true);
    expect(isStringArray(["a", "b"])).toBe(true);
    expect(isStringArray(["a", 1])).toBe(false);
    expect(isStringArray("a")).toBe(false);
  });
});
