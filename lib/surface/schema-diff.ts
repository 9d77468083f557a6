import type { RuleId } from "./rules";
import { resolveRef } from "../json/ref";
import { asRecord, isObject, type JsonObject } from "../json/shape";

/** One difference between two JSON Schemas, at a `$.a.b` path, named by its rule (see rules.ts). */
export interface SchemaChange {
  path: string;
  rule: RuleId;
  message: string;
  before?: unknown;
  after?: unknown;
}

type Schema = JsonObject;

const ANNOTATIONS = new Set([
  "title",
  "description",
  "default",
  "examples",
  "deprecated",
  "readOnly",
  "writeOnly",
  "$comment",
  "$schema",
  "$id",
  "$anchor",
]);
/** Compared through the $refs that use them, not as a whole. */
const DEFINITIONS = new Set(["$defs", "definitions"]);
const LOWER = ["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties", "minContains"];
const UPPER = ["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties", "maxContains"];
/** Constraints where "added" tightens, "removed" loosens and "replaced" is neither. */
const SWAPPED = ["pattern", "format", "multipleOf", "contentMediaType", "contentEncoding"];
const HANDLED = new Set([
  ...ANNOTATIONS,
  ...DEFINITIONS,
  ...LOWER,
  ...UPPER,
  ...SWAPPED,
  "type",
  "enum",
  "const",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "prefixItems",
  "anyOf",
  "oneOf",
  "uniqueItems",
  "$ref",
]);
const MAX_DEPTH = 40;

interface Ctx {
  rootA: unknown;
  rootB: unknown;
  out: SchemaChange[];
  /** $ref pairs being compared, so recursive schemas end. */
  refs: Set<string>;
}

/**
 * Compare an old and a new JSON Schema and list what changed, each change named by the rule
 * that classifies it. Local `$ref`s (`#/$defs/…`, `#/definitions/…`) are followed.
 */
export function compareSchemas(before: unknown, after: unknown, path = "$"): SchemaChange[] {
  const ctx: Ctx = { rootA: before, rootB: after, out: [], refs: new Set() };
  walk(before, after, path, ctx, 0);
  return ctx.out;
}

function walk(rawA: unknown, rawB: unknown, path: string, ctx: Ctx, depth: number): void {
  const refKey = `${refOf(rawA)}|${refOf(rawB)}`;
  if (refKey !== "|") {
    if (ctx.refs.has(refKey)) return;
    ctx.refs.add(refKey);
  }
  try {
    const a = deref(asSchema(rawA), ctx.rootA);
    const b = deref(asSchema(rawB), ctx.rootB);
    if (!a || !b) return void push(ctx, path, "unclassified", "a $ref that cannot be resolved here", rawA, rawB);
    if (same(a, b) || depth > MAX_DEPTH) return;
    types(a, b, path, ctx);
    enums(a, b, path, ctx);
    bounds(a, b, path, ctx);
    objects(a, b, path, ctx, depth);
    arrays(a, b, path, ctx, depth);
    variants(a, b, path, ctx, depth);
    rest(a, b, path, ctx);
  } finally {
    if (refKey !== "|") ctx.refs.delete(refKey);
  }
}

function types(a: Schema, b: Schema, path: string, ctx: Ctx): void {
  const ta = typeSet(a);
  const tb = typeSet(b);
  if (!ta && !tb) return;
  const p = `${path}.type`;
  if (!ta) return void push(ctx, p, "type-narrowed", `any type -> ${show(b.type)}`, undefined, b.type);
  if (!tb) return void push(ctx, p, "type-widened", `${show(a.type)} -> any type`, a.type, undefined);
  const lost = ta.filter((t) => !accepts(tb, t));
  const gained = tb.filter((t) => !accepts(ta, t));
  if (!lost.length && !gained.length) return;
  const rule: RuleId = lost.length && gained.length ? "type-changed" : lost.length ? "type-narrowed" : "type-widened";
  push(ctx, p, rule, `type ${show(a.type)} -> ${show(b.type)}`, a.type, b.type);
}

function enums(a: Schema, b: Schema, path: string, ctx: Ctx): void {
  const ea = enumOf(a);
  const eb = enumOf(b);
  if (!ea && !eb) return;
  const p = `${path}.${"enum" in b || !("const" in b) ? "enum" : "const"}`;
  if (!ea) return void push(ctx, p, "enum-introduced", `now restricted to ${show(eb)}`, undefined, eb);
  if (!eb) return void push(ctx, p, "enum-dropped", `no longer restricted to ${show(ea)}`, ea, undefined);
  const ka = new Set(ea.map(key));
  const kb = new Set(eb.map(key));
  for (const v of ea) if (!kb.has(key(v))) push(ctx, p, "enum-value-removed", `value ${show(v)} removed`, v, undefined);
  for (const v of eb) if (!ka.has(key(v))) push(ctx, p, "enum-value-added", `value ${show(v)} added`, undefined, v);
}

function bounds(a: Schema, b: Schema, path: string, ctx: Ctx): void {
  const bound = (k: string, tighterWhenBigger: boolean) => {
    const va = a[k];
    const vb = b[k];
    if (equal(va, vb)) return;
    const p = `${path}.${k}`;
    if (va === undefined) return push(ctx, p, "bound-tightened", `${k} ${show(vb)} added`, va, vb);
    if (vb === undefined) return push(ctx, p, "bound-loosened", `${k} ${show(va)} removed`, va, vb);
    // Draft-4's boolean exclusiveMinimum/Maximum, or anything odd: a replaced constraint.
    if (typeof va !== "number" || typeof vb !== "number") return push(ctx, p, "bound-changed", `${k} ${show(va)} -> ${show(vb)}`, va, vb);
    push(ctx, p, vb > va === tighterWhenBigger ? "bound-tightened" : "bound-loosened", `${k} ${va} -> ${vb}`, va, vb);
  };
  for (const k of LOWER) bound(k, true);
  for (const k of UPPER) bound(k, false);
  for (const k of SWAPPED) {
    const va = a[k];
    const vb = b[k];
    if (equal(va, vb)) continue;
    const rule: RuleId = va === undefined ? "bound-tightened" : vb === undefined ? "bound-loosened" : "bound-changed";
    push(
      ctx,
      `${path}.${k}`,
      rule,
      va === undefined ? `${k} ${show(vb)} added` : vb === undefined ? `${k} ${show(va)} removed` : `${k} ${show(va)} -> ${show(vb)}`,
      va,
      vb,
    );
  }
  if (!!a.uniqueItems !== !!b.uniqueItems)
    push(
      ctx,
      `${path}.uniqueItems`,
      b.uniqueItems ? "bound-tightened" : "bound-loosened",
      `uniqueItems ${!!a.uniqueItems} -> ${!!b.uniqueItems}`,
      a.uniqueItems,
      b.uniqueItems,
    );
}

function objects(a: Schema, b: Schema, path: string, ctx: Ctx, depth: number): void {
  const pa = asRecord(a.properties);
  const pb = asRecord(b.properties);
  const ra = new Set(Array.isArray(a.required) ? (a.required as string[]) : []);
  const rb = new Set(Array.isArray(b.required) ? (b.required as string[]) : []);
  const closedA = a.additionalProperties === false;
  for (const k of Object.keys(pa)) {
    const p = `${path}.properties${seg(k)}`;
    if (!(k in pb))
      push(ctx, p, "property-removed", `property ${show(k)} removed${ra.has(k) ? " (it was required)" : ""}`, pa[k], undefined);
    else walk(pa[k], pb[k], p, ctx, depth + 1);
  }
  for (const k of Object.keys(pb)) {
    if (k in pa) continue;
    const p = `${path}.properties${seg(k)}`;
    if (rb.has(k) && !ra.has(k)) push(ctx, p, "required-added", `new required property ${show(k)}`, undefined, pb[k]);
    else
      push(
        ctx,
        p,
        closedA ? "property-added-to-closed" : "property-added",
        `new ${rb.has(k) ? "" : "optional "}property ${show(k)}`,
        undefined,
        pb[k],
      );
  }
  for (const k of rb)
    if (!ra.has(k) && !(k in pb && !(k in pa)))
      push(ctx, `${path}.required`, "required-added", `property ${show(k)} is now required`, [...ra], [...rb]);
  for (const k of ra)
    if (!rb.has(k) && (k in pb || !(k in pa)))
      push(ctx, `${path}.required`, "required-removed", `property ${show(k)} is no longer required`, [...ra], [...rb]);
  const apA = a.additionalProperties;
  const apB = b.additionalProperties;
  if (same(apA, apB)) return;
  const p = `${path}.additionalProperties`;
  if (apB === false) push(ctx, p, "additional-closed", "additional properties are now rejected", apA, apB);
  else if (apA === false) push(ctx, p, "additional-opened", "additional properties are now accepted", apA, apB);
  else walk(apA ?? {}, apB ?? {}, p, ctx, depth + 1);
}

function arrays(a: Schema, b: Schema, path: string, ctx: Ctx, depth: number): void {
  for (const k of ["items", "prefixItems"]) {
    const ia = a[k];
    const ib = b[k];
    if (same(ia, ib)) continue;
    if (Array.isArray(ia) && Array.isArray(ib)) {
      for (let i = 0; i < Math.max(ia.length, ib.length); i++) walk(ia[i] ?? {}, ib[i] ?? {}, `${path}.${k}[${i}]`, ctx, depth + 1);
    } else if (Array.isArray(ia) || Array.isArray(ib))
      push(ctx, `${path}.${k}`, "unclassified", `${k} changed between a tuple and a single schema`, ia, ib);
    else walk(ia ?? {}, ib ?? {}, `${path}.${k}`, ctx, depth + 1);
  }
}

/** anyOf/oneOf: compared position by position when the count is the same, else as sets. */
function variants(a: Schema, b: Schema, path: string, ctx: Ctx, depth: number): void {
  for (const k of ["anyOf", "oneOf"]) {
    const ak: unknown = a[k];
    const bk: unknown = b[k];
    const va = Array.isArray(ak) ? ak : undefined;
    const vb = Array.isArray(bk) ? bk : undefined;
    if (same(va, vb)) continue;
    if (!va || !vb) {
      push(ctx, `${path}.${k}`, va ? "bound-loosened" : "bound-tightened", va ? `${k} removed` : `${k} added`, va, vb);
      continue;
    }
    if (va.length === vb.length) {
      va.forEach((x, i) => walk(x, vb[i], `${path}.${k}[${i}]`, ctx, depth + 1));
      continue;
    }
    const ka = new Set(va.map(key));
    const kb = new Set(vb.map(key));
    va.forEach((x, i) => kb.has(key(x)) || push(ctx, `${path}.${k}[${i}]`, "variant-removed", `alternative ${i} removed`, x, undefined));
    vb.forEach((x, i) => ka.has(key(x)) || push(ctx, `${path}.${k}[${i}]`, "variant-added", `alternative ${i} added`, undefined, x));
  }
}

/** Annotations are neutral; any other keyword this comparison does not model is unclassified. */
function rest(a: Schema, b: Schema, path: string, ctx: Ctx): void {
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (DEFINITIONS.has(k) || (HANDLED.has(k) && !ANNOTATIONS.has(k)) || equal(a[k], b[k])) continue;
    const known = ANNOTATIONS.has(k) || k.startsWith("x-");
    push(ctx, `${path}${seg(k)}`, known ? "annotation" : "unclassified", `${k} changed`, a[k], b[k]);
  }
}

function push(ctx: Ctx, path: string, rule: RuleId, message: string, before: unknown, after: unknown): void {
  ctx.out.push({ path, rule, message, ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) });
}

/** `true` accepts anything, as `{}` does; `false` accepts nothing. */
function asSchema(s: unknown): Schema | undefined {
  if (s === true || s === undefined) return {};
  if (s === false) return { not: {} };
  return isObject(s) ? s : {};
}

/** Follow a local $ref chain (its siblings kept, as 2019-09 and later allow); undefined when it cannot be followed. */
function deref(s: Schema | undefined, root: unknown): Schema | undefined {
  if (!s) return s;
  const r = resolveRef(s, root);
  return r.ok ? r.schema : undefined;
}

function refOf(s: unknown): string {
  return isObject(s) && typeof s.$ref === "string" ? s.$ref : "";
}

function typeSet(s: Schema): string[] | undefined {
  if (typeof s.type === "string") return [s.type];
  if (Array.isArray(s.type)) return s.type.filter((t): t is string => typeof t === "string");
  return undefined;
}

/** JSON Schema's integer is a number: a set with "number" accepts integers. */
function accepts(set: string[], t: string): boolean {
  return set.includes(t) || (t === "integer" && set.includes("number"));
}

function enumOf(s: Schema): unknown[] | undefined {
  if (Array.isArray(s.enum)) return s.enum;
  if ("const" in s) return [s.const];
  return undefined;
}

/** Canonical JSON (keys sorted), so `{a,b}` and `{b,a}` compare equal. */
export function key(v: unknown): string {
  return (
    JSON.stringify(v, (_k, x) =>
      x && typeof x === "object" && !Array.isArray(x)
        ? Object.fromEntries(Object.entries(x).sort(([p], [q]) => (p < q ? -1 : p > q ? 1 : 0)))
        : x,
    ) ?? "undefined"
  );
}

/** Equal subschemas, for skipping: equal text is an equal schema only without $refs, which may name changed definitions. */
function same(a: unknown, b: unknown): boolean {
  return equal(a, b) && !key(a).includes('"$ref"');
}

export function equal(a: unknown, b: unknown): boolean {
  return a === b || key(a) === key(b);
}

/** A path segment in the form json-diff uses: `.name`, or `["odd key"]`. */
export function seg(k: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`;
}

function show(v: unknown): string {
  const s = JSON.stringify(v) ?? "undefined";
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
