/**
 * Every kind of change `inspector diff` reports, whether it breaks clients, and why. One table,
 * so the code, the JSON output (each change names its rule) and the docs say the same thing.
 *
 * Schemas are read from the client's side. An inputSchema says what the server accepts: a client
 * built against the old one breaks when the new one accepts less (narrower). An outputSchema says
 * what the server promises: a client built against the old one breaks when the new one promises
 * less, i.e. allows results the old one did not (wider). So one schema comparison gives each
 * change an effect, and the direction decides: input breaks on narrower, output on wider.
 */
export type Severity = "breaking" | "compatible";

/** What a schema change does to the set of values the schema accepts. */
export type Effect = "narrower" | "wider" | "both" | "neutral";

export interface Rule {
  /** Fixed severity, or the schema effect that decides it by direction. */
  severity: Severity | { effect: Effect };
  why: string;
}

export const RULES = {
  // Items (tools, prompts, resources, resource templates)
  removed: { severity: "breaking", why: "clients that call or read it get an error" },
  added: { severity: "compatible", why: "nothing a client did before depends on it" },
  "metadata-changed": {
    severity: "compatible",
    why: "titles, descriptions, icons, names and _meta are for people and models; calls still work the same",
  },
  "annotations-changed": {
    severity: "compatible",
    why: "tool annotations are hints (the spec says clients must not rely on them for safety); calls still work",
  },
  "output-schema-removed": {
    severity: "breaking",
    why: "clients that read structuredContent against the schema no longer get that promise",
  },
  "output-schema-added": { severity: "compatible", why: "a new promise; content is still there for clients that ignore it" },
  "task-support-changed": {
    severity: "breaking",
    why: 'execution.taskSupport now refuses calls made the way it accepted before ("forbidden" refuses task calls, "required" plain calls)',
  },
  "task-support-relaxed": {
    severity: "compatible",
    why: 'execution.taskSupport is now "optional": calls with and without a task both work',
  },
  "mime-type-changed": { severity: "breaking", why: "clients decode the content by its MIME type" },
  // Negotiation
  "capability-withdrawn": {
    severity: "breaking",
    why: "clients that use it (list, subscribe, log levels, list_changed, tasks) get errors or wait for notifications that never come",
  },
  "capability-added": { severity: "compatible", why: "clients that do not know it ignore it" },
  "protocol-downgraded": {
    severity: "breaking",
    why: "the server now agrees on an older protocol version: features of the newer one are gone for this client",
  },
  "protocol-era-changed": {
    severity: "breaking",
    why: "the server now speaks the 2026-07-28 era (server/discover): the inspector offers initialize first, so it was refused there; a client that speaks only 2025 cannot connect",
  },
  "protocol-upgraded": { severity: "compatible", why: "version negotiation lets an older client ask for its own version" },
  "server-info-changed": { severity: "compatible", why: "name, title and version are for display and logs" },
  "instructions-changed": { severity: "compatible", why: "instructions are text for the model" },
  // Schemas: severity follows the effect and the direction (see the top of this file)
  "type-narrowed": {
    severity: { effect: "narrower" },
    why: 'fewer types allowed (e.g. ["string","number"] -> "string", number -> integer): input values of the dropped types are rejected; outputs still fit what clients expect',
  },
  "type-widened": {
    severity: { effect: "wider" },
    why: "more types allowed: inputs that worked still work; outputs may now be of a type clients do not handle",
  },
  "type-changed": { severity: { effect: "both" }, why: "neither type set contains the other: breaks both ways" },
  "enum-value-removed": {
    severity: { effect: "narrower" },
    why: "inputs using the value are rejected; outputs never carry it, which clients handle",
  },
  "enum-value-added": {
    severity: { effect: "wider" },
    why: "inputs accept more; outputs may carry a value clients do not know (a switch with no case)",
  },
  "enum-introduced": { severity: { effect: "narrower" }, why: "a free value is now restricted to a list" },
  "enum-dropped": { severity: { effect: "wider" }, why: "a restricted value is now free" },
  "bound-tightened": {
    severity: { effect: "narrower" },
    why: "a minimum, maximum, length, count, pattern, format or uniqueItems now rejects values it accepted",
  },
  "bound-loosened": { severity: { effect: "wider" }, why: "a bound was relaxed or dropped: more values are allowed" },
  "bound-changed": {
    severity: { effect: "both" },
    why: "a pattern, format or multipleOf was replaced by another: neither accepts all the other does",
  },
  "property-removed": {
    severity: { effect: "both" },
    why: "input: the server no longer reads the argument (it rejects or silently drops what clients pass); output: clients that read the field no longer get it",
  },
  "property-added": {
    severity: { effect: "neutral" },
    why: "an optional argument clients need not send; an output field clients may ignore",
  },
  "property-added-to-closed": {
    severity: { effect: "wider" },
    why: "the old schema forbade extra properties (additionalProperties: false), so outputs with this field break clients validating with it; inputs just accept more",
  },
  "required-added": {
    severity: { effect: "narrower" },
    why: "input: clients that omit it are rejected; output: a field that is now always there is a stronger promise",
  },
  "required-removed": {
    severity: { effect: "wider" },
    why: "input: clients may omit it; output: clients that rely on its presence may not get it",
  },
  "additional-closed": { severity: { effect: "narrower" }, why: "additionalProperties: false now rejects properties it accepted" },
  "additional-opened": { severity: { effect: "wider" }, why: "properties it rejected are now accepted (or may appear in outputs)" },
  "variant-removed": {
    severity: { effect: "narrower" },
    why: "an anyOf/oneOf alternative is gone: values that only it accepted are rejected",
  },
  "variant-added": { severity: { effect: "wider" }, why: "a new anyOf/oneOf alternative: more values are allowed" },
  unclassified: {
    severity: { effect: "both" },
    why: "a change this comparison cannot prove compatible (allOf, not, if/then/else, an unresolvable $ref): counted as breaking to be safe",
  },
  annotation: {
    severity: { effect: "neutral" },
    why: "description, title, default, examples and other annotations do not change what validates",
  },
} satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

/** The severity of a change by its rule, for a schema read as input (what the server accepts) or output (what it promises). */
export function severityOf(rule: RuleId, direction: "input" | "output" = "input"): Severity {
  const s = (RULES[rule] as Rule).severity;
  if (typeof s === "string") return s;
  if (s.effect === "neutral") return "compatible";
  if (s.effect === "both") return "breaking";
  return (direction === "input") === (s.effect === "narrower") ? "breaking" : "compatible";
}
