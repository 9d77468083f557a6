/**
 * True when `schema` is a JSON Schema object the lint can call valid without Ajv: plain keywords
 * only, and a `$schema` (at the root, if any) naming draft-07 or 2020-12. False means "ask Ajv",
 * not "invalid".
 */
export declare function isPlainSchema(schema: unknown): boolean;
