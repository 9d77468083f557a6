/** Server surfaces (negotiation + listings), their comparison and its classification: pure, for `inspector diff`. */
export * from "./surface";
export * from "./from-session";
export * from "./compare";
export * from "./format";
export { RULES, severityOf, type RuleId, type Severity, type Effect } from "./rules";
export { compareSchemas, type SchemaChange } from "./schema-diff";
export * from "./groups";
