// Issue 91 item 4: a big input schema's form is built from the objects a person opened; Run
// still checks the whole schema the server wrote.
import { describe, expect, test } from "vitest";
import type { RJSFSchema } from "@rjsf/utils";
import { schemaValidators } from "../../components/schema-form/schema-form-kit";
import {
  CLOSED_FIELDS,
  TRIMMED,
  objectKey,
  schemaForData,
  trimmedSchema,
  wholeSchemaValidator,
} from "../../components/schema-form/trimmed-schema";

const fields = (prefix: string, n: number) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}${i}`, { type: "string" }]));
const schema = {
  type: "object",
  required: ["name"],
  properties: {
    name: { type: "string" },
    small: { type: "object", properties: { a: { type: "string" } } },
    deep: {
      type: "object",
      title: "Deep",
      required: ["d0"],
      properties: { ...fields("d", 20), next: { type: "object", required: ["n0"], properties: fields("n", 20) } },
    },
  },
};

describe("trimmedSchema", () => {
  test("a nested object past 12 fields stands in as its count until opened; small ones and the root stay whole", () => {
    const closed = trimmedSchema(schema, new Set());
    expect(closed[TRIMMED]).toBe(true);
    const props = closed.properties as Record<string, Record<string, unknown>>;
    expect(props.small).toEqual(schema.properties.small);
    expect(props.deep).toEqual({ type: "object", title: "Deep", properties: {}, [CLOSED_FIELDS]: 21 });

    const opened = trimmedSchema(schema, new Set([objectKey(["deep"])]));
    const deep = (opened.properties as Record<string, Record<string, unknown>>).deep;
    expect(Object.keys(deep.properties as object)).toHaveLength(21);
    expect((deep.properties as Record<string, unknown>).next).toEqual({ type: "object", properties: {}, [CLOSED_FIELDS]: 20 });
    expect(deep.required).toEqual(["d0"]);
  });

  test("the form's data is checked against the whole schema, with what closed objects require", () => {
    const validator = wholeSchemaValidator(schemaValidators["draft-07"], schema as RJSFSchema);
    const trimmed = trimmedSchema(schema, new Set()) as RJSFSchema;
    const missing = validator.validateFormData({ name: "x", deep: { d0: "y", next: {} } }, trimmed);
    expect(missing.errors.map((e) => e.stack)).toEqual(["must have required property 'n0'"].map((m) => expect.stringContaining(m)));
    const ok = validator.validateFormData({ name: "x", deep: { d0: "y", next: { n0: "z" } } }, trimmed);
    expect(ok.errors).toEqual([]);
    // Without the trim's mark (a branch, a sub-schema), the schema given is the one checked.
    expect(validator.validateFormData({}, { type: "object" }).errors).toEqual([]);
    expect(validator.isValid({ type: "string" }, "a", {})).toBe(true);
  });

  test("Run compiles only what the data holds: the verdict is the whole schema's, with or without a $ref", () => {
    const reduced = schemaForData(schema, { name: "x" }) as Record<string, Record<string, unknown>>;
    expect(reduced.properties.deep).toEqual({});
    expect(reduced.required).toEqual(["name"]);
    const kept = schemaForData(schema, { deep: { next: {} } }) as { properties: { deep: { properties: Record<string, unknown> } } };
    expect(kept.properties.deep.properties.next).toMatchObject({ type: "object", required: ["n0"] });
    expect(kept.properties.deep.properties.d1).toEqual({});

    const closedOff = { ...schema, additionalProperties: false };
    const v = wholeSchemaValidator(schemaValidators["draft-07"], closedOff as RJSFSchema);
    const trimmed = trimmedSchema(closedOff, new Set()) as RJSFSchema;
    expect(v.validateFormData({ name: "x", extra: 1 }, trimmed).errors.map((e) => e.message)).toEqual([
      "must NOT have additional properties",
    ]);
    expect(v.validateFormData({ name: "x", deep: { d0: 5 } }, trimmed).errors.map((e) => e.property)).toEqual([".deep.d0"]);

    // A $ref could point into a replaced part: the whole schema is checked then.
    const withRef = { ...schema, properties: { ...schema.properties, alias: { $ref: "#/properties/deep/properties/next" } } };
    const r = wholeSchemaValidator(schemaValidators["draft-07"], withRef as RJSFSchema);
    const refErrors = r.validateFormData({ name: "x", alias: {} }, trimmedSchema(withRef, new Set()) as RJSFSchema).errors;
    expect(refErrors.map((e) => e.message)).toEqual(["must have required property 'n0'"]);
  });
});
