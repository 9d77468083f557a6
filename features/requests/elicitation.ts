import { normalizeSchema } from "../../components/schema-form/schema-args";
import { isObject } from "../../lib/json/shape";

type Schema = Record<string, unknown>;

/**
 * The form schema for an elicitation's requestedSchema (a flat object of primitives): legacy
 * `enumNames` become titled `oneOf` options, and arrays of enum-like items become multi-selects
 * (uniqueItems), which the form renders as checkboxes. The result is otherwise the same schema.
 */
export function elicitationFormSchema(requested: unknown): { schema: Schema; multiSelect: string[] } {
  const base: Schema = isObject(requested) ? { ...requested } : {};
  base.type = "object";
  const props = isObject(base.properties) ? base.properties : {};
  const out: Schema = {};
  const multiSelect: string[] = [];
  for (const [k, raw] of Object.entries(props)) {
    if (!isObject(raw)) continue;
    const p: Schema = { ...raw };
    const names: unknown = p.enumNames;
    if (Array.isArray(p.enum) && Array.isArray(names) && names.length === p.enum.length) {
      p.oneOf = p.enum.map((v, i) => ({ const: v, title: String(names[i]) }));
      delete p.enum;
      delete p.enumNames;
    }
    if (
      p.type === "array" &&
      isObject(p.items) &&
      (Array.isArray(p.items.enum) || Array.isArray(p.items.anyOf) || Array.isArray(p.items.oneOf))
    ) {
      p.uniqueItems = true;
      multiSelect.push(k);
    }
    out[k] = p;
  }
  base.properties = out;
  return { schema: normalizeSchema(base) as Schema, multiSelect };
}

/** An ElicitResult for accept: only the fields the schema names, empties left out. */
export function acceptContent(schema: Schema, formData: unknown): Record<string, unknown> {
  const props = isObject(schema.properties) ? schema.properties : {};
  const data = isObject(formData) ? formData : {};
  const content: Record<string, unknown> = {};
  for (const k of Object.keys(props)) {
    const v = data[k];
    if (v === undefined || v === null || v === "") continue;
    content[k] = v;
  }
  return content;
}
