import { describe, expect, it } from "vitest";
import { z } from "zod";
import { SchemaValidator } from "../../lib/protocol/output-verdict";
import { isPlainSchema } from "../../lib/lint/rules/plain-schema";

// lib/lint/rules/plain-schema.ts lets the tools rules call a schema valid without Ajv. It may
// only say so where Ajv compiles the schema: a "plain" schema Ajv rejects would be a lost
// tools/invalid-schema finding. Held here against Ajv itself, on the schemas zod makes and on
// thousands of random schemas mixing well- and ill-shaped values of every keyword.

const validator = new SchemaValidator();
const compiles = (schema: object) => !(validator.compile(schema) instanceof Error);

/** A small seeded generator, so a failure names a schema that comes back on the next run. */
function random(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  return { next, pick };
}

const DIALECTS = [
  undefined,
  "http://json-schema.org/draft-07/schema#",
  "http://json-schema.org/draft-07/schema",
  "https://json-schema.org/draft/2020-12/schema",
  "https://json-schema.org/draft/2019-09/schema",
  "http://json-schema.org/draft-04/schema#",
  "https://json-schema.org/draft-07/schema#",
];

function schemaOf(r: ReturnType<typeof random>, depth: number, root: boolean): unknown {
  if (depth > 3 || r.next() < 0.1) return r.pick([true, false, {}]);
  const sub = () => schemaOf(r, depth + 1, false);
  // Each keyword's pool mixes values of the meta-schema's shape with values Ajv must refuse.
  const pools: Record<string, () => unknown> = {
    type: () =>
      r.pick([
        "string",
        "number",
        "integer",
        "boolean",
        "object",
        "array",
        "null",
        "strnig",
        ["string", "null"],
        ["a"],
        ["string", "string"],
        [],
        5,
      ]),
    title: () => r.pick(["x", 5, null]),
    description: () => r.pick(["x", 5, ["x"]]),
    $comment: () => r.pick(["x", {}]),
    default: () => r.pick([0, "x", null, { a: 1 }, [1]]),
    examples: () => r.pick([[1], [], "x", {}]),
    const: () => r.pick([1, null, {}, "x"]),
    enum: () => r.pick([[1, "a", null], ["a"], [], "x", [1, 1], ["a", "a"], [{ a: 1 }, { a: 1 }], [[1]], {}]),
    minimum: () => r.pick([0, -1.5, 3, "0", null]),
    maximum: () => r.pick([0, 9007199254740991, "1", true]),
    exclusiveMinimum: () => r.pick([0, 2.5, true, "0"]),
    exclusiveMaximum: () => r.pick([10, false, null]),
    multipleOf: () => r.pick([2, 0.5, 0, -1, "2"]),
    minLength: () => r.pick([0, 3, -1, 1.5, "3"]),
    maxLength: () => r.pick([0, 10, -2, null]),
    minItems: () => r.pick([1, -1, 2.5]),
    maxItems: () => r.pick([3, "3", -3]),
    minProperties: () => r.pick([0, -1, 0.5]),
    maxProperties: () => r.pick([2, null]),
    uniqueItems: () => r.pick([true, false, "yes", 1]),
    required: () => r.pick([["a"], [], ["a", "b"], ["a", "a"], [1], "a", null]),
    properties: () => r.pick([{ a: sub(), b: sub() }, {}, [], "x", { a: 5 }, JSON.parse(`{"__proto__":${JSON.stringify(sub())}}`)]),
    additionalProperties: () => r.pick([sub(), sub(), [sub()], 5]),
    items: () => r.pick([sub(), sub(), [sub()], "x"]),
    not: () => r.pick([sub(), 1]),
    anyOf: () => r.pick([[sub(), sub()], [sub()], [], sub(), [5]]),
    oneOf: () => r.pick([[sub(), sub()], [], "x"]),
    allOf: () => r.pick([[sub()], {}]),
    // Not plain: always Ajv's.
    pattern: () => r.pick(["^a", "(", 5]),
    format: () => r.pick(["email", "no-such-format", 1]),
    $ref: () => r.pick(["#", "#/nowhere"]),
    $id: () => "urn:x",
    nullable: () => true,
  };
  const keys = Object.keys(pools);
  const schema: Record<string, unknown> = {};
  const n = 1 + Math.floor(r.next() * 4);
  for (let i = 0; i < n; i++) {
    const k = r.pick(keys);
    schema[k] = pools[k]();
  }
  const $schema = root ? r.pick(DIALECTS) : undefined;
  return $schema === undefined ? schema : { $schema, ...schema };
}

describe("plain schemas: valid without Ajv only where Ajv agrees", () => {
  it("the schemas zod makes are plain, and compile", () => {
    const made = [
      z.toJSONSchema(z.object({ message: z.string() })),
      z.toJSONSchema(
        z.object({
          message: z.string().describe("m"),
          n: z.number().int().min(0).optional(),
          k: z.enum(["a", "b"]),
          l: z.array(z.string()).max(3),
          o: z.string().nullable(),
          d: z.boolean().default(false),
          u: z.union([z.string(), z.number()]),
        }),
        { target: "draft-7", io: "input" },
      ),
    ];
    for (const s of made) {
      expect(isPlainSchema(s), JSON.stringify(s)).toBe(true);
      expect(compiles(s)).toBe(true);
    }
  });

  it("what Ajv refuses is never plain", () => {
    const refused = [
      { type: "object", properties: { n: { type: "number", minimum: "zero" } } },
      { type: "strnig" },
      { type: ["string", "string"] },
      { required: ["a", "a"] },
      { required: "a" },
      { enum: [] },
      { $schema: "http://json-schema.org/draft-07/schema#", enum: [1, 1] },
      { properties: [] },
      { anyOf: [] },
      { multipleOf: 0 },
      { minLength: -1 },
      { $schema: "https://json-schema.org/draft/2020-12/schema", items: [{ type: "string" }] },
      { pattern: "(" },
    ];
    for (const s of refused) {
      expect(compiles(s), JSON.stringify(s)).toBe(false);
      expect(isPlainSchema(s), JSON.stringify(s)).toBe(false);
    }
  });

  it("over 3,000 random schemas, every plain one compiles (and the corpus holds both kinds)", () => {
    const r = random(49);
    let plain = 0;
    let refused = 0;
    for (let i = 0; i < 3000; i++) {
      const s = schemaOf(r, 0, true) as object;
      if (typeof s !== "object") continue;
      const ok = compiles(s);
      if (!ok) refused++;
      if (isPlainSchema(s)) {
        plain++;
        expect(ok, `plain but refused by Ajv: ${JSON.stringify(s)}`).toBe(true);
      }
    }
    expect(plain).toBeGreaterThan(200);
    expect(refused).toBeGreaterThan(300);
  });
});
