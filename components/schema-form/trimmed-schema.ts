import type { RJSFSchema, ValidatorType } from "@rjsf/utils";
import { isObject } from "../../lib/json/shape";

/** A nested object with more fields than this starts closed; its fields are built when it is opened. */
export const OPEN_FIELDS = 12;

/** On a nested object left out of a big schema's form until it is opened: how many fields it has. */
export const CLOSED_FIELDS = "x-inspector-closed-fields";
/** On the root of a trimmed schema: the form validates the whole schema in its place. */
export const TRIMMED = "x-inspector-trimmed";

/** Where a nested object is in the form, as the object template and the trim both name it. */
export const objectKey = (path: readonly (string | number)[]): string => JSON.stringify(path);

/**
 * The part of a big input schema the form is built from: every nested object with more than
 * OPEN_FIELDS fields that the person has not opened (`opened`, by objectKey) stands in as an
 * empty object that says how many fields it has. rjsf works out defaults, ids and references over
 * the whole schema it is given, at every level again: for a 2 MB schema 30 objects deep that was
 * the pick's longest task (issue 91 item 4, bench 4s, profiled). What is typed stays in the form's
 * data; Run checks the whole schema (wholeSchemaValidator), not this part of it.
 */
export function trimmedSchema(schema: Record<string, unknown>, opened: ReadonlySet<string>): Record<string, unknown> {
  return { ...trimLevel(schema, opened, []), [TRIMMED]: true };
}

function trimLevel(s: Record<string, unknown>, opened: ReadonlySet<string>, path: string[]): Record<string, unknown> {
  if (!isObject(s.properties)) return s;
  const properties: Record<string, unknown> = {};
  for (const [name, sub] of Object.entries(s.properties)) {
    properties[name] = isObject(sub) ? trimProperty(sub, opened, [...path, name]) : sub;
  }
  return { ...s, properties };
}

function trimProperty(sub: Record<string, unknown>, opened: ReadonlySet<string>, path: string[]): Record<string, unknown> {
  const count = isObject(sub.properties) ? Object.keys(sub.properties).length : 0;
  if (sub.type !== "object" || count <= OPEN_FIELDS || opened.has(objectKey(path))) return trimLevel(sub, opened, path);
  const { title, description } = sub;
  return {
    type: "object",
    ...(title !== undefined ? { title } : {}),
    ...(description !== undefined ? { description } : {}),
    properties: {},
    [CLOSED_FIELDS]: count,
  };
}

/**
 * The form's validator for a trimmed schema: the form's data is checked against the whole
 * schema the server wrote (what it will check), every other use (a branch's match, a sub-schema)
 * as the validator does it.
 */
export function wholeSchemaValidator(base: ValidatorType, whole: RJSFSchema): ValidatorType {
  // Walked at the first Run, not as the form appears.
  let refFree: boolean | undefined;
  const checked = (formData: unknown) => ((refFree ??= !hasRef(whole)) ? schemaForData(whole, formData) : whole);
  return new Proxy(base, {
    get(target, key) {
      if (key === "validateFormData") {
        const validate: ValidatorType["validateFormData"] = (formData, schema, ...rest) =>
          target.validateFormData(formData, isObject(schema) && schema[TRIMMED] === true ? checked(formData) : schema, ...rest);
        return validate;
      }
      const value: unknown = Reflect.get(target, key);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/**
 * The whole schema with the subschema of each property the data does not hold replaced by `{}`:
 * `properties` applies a subschema only to a member that is there, so the verdict is the same,
 * and the validator compiled at Run is the size of what was filled in, not of the 2 MB schema
 * (compiling all of it was one long task; issue 91 item 4). Only for a schema with no `$ref`,
 * which could point into what is replaced. The property names stay (additionalProperties reads them).
 */
export function schemaForData(schema: unknown, data: unknown): RJSFSchema {
  if (!isObject(schema)) return schema as RJSFSchema;
  if (!isObject(schema.properties)) return schema as RJSFSchema;
  const value = isObject(data) ? data : {};
  const properties: Record<string, unknown> = {};
  for (const [name, sub] of Object.entries(schema.properties)) {
    properties[name] = Object.hasOwn(value, name) ? schemaForData(sub, value[name]) : {};
  }
  return { ...schema, properties } as RJSFSchema;
}

function hasRef(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasRef);
  if (!isObject(node)) return false;
  for (const [k, v] of Object.entries(node)) {
    if (k === "$ref" || k === "$dynamicRef" || k === "$recursiveRef") return true;
    if (k !== "const" && k !== "default" && k !== "enum" && k !== "examples" && hasRef(v)) return true;
  }
  return false;
}
