import type { SpanDraft } from "./spans";

/**
 * How much a span may carry (https://opentelemetry.io/docs/specs/otel/common/#attribute-limits):
 * the longest string and the most attributes. A server chooses its tool names, URIs and error
 * messages: a 25 MB error message went whole into a span's status once, and the collector refused
 * the request it was in (issue 72).
 */
export interface SpanLimits {
  /** Characters, at most, in any string a span carries: its name, each attribute value, its status message. */
  valueLength: number;
  /** Attributes, at most, per span; those past it are dropped and counted. */
  attributeCount: number;
}

/**
 * The default when no OTEL_*_LENGTH_LIMIT is set (the spec's default is none, which is what let a
 * 25 MB message through): long enough for any name or message a person reads, short enough that a
 * batch of 512 spans stays far under a collector's request limit (the Collector's default is 20 MiB).
 */
export const DEFAULT_VALUE_LENGTH = 4096;
/** The spec's default attribute count limit. */
export const DEFAULT_ATTRIBUTE_COUNT = 128;

export const DEFAULT_LIMITS: SpanLimits = { valueLength: DEFAULT_VALUE_LENGTH, attributeCount: DEFAULT_ATTRIBUTE_COUNT };

/** `s` cut to `max` characters, never inside a surrogate pair. */
export function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const end = max > 0 && /[\uD800-\uDBFF]/.test(s[max - 1]!) ? max - 1 : max;
  return s.slice(0, end);
}

/** The span within the limits: every string cut, attributes past the count dropped (and counted). */
export function boundSpan(d: SpanDraft, limits: SpanLimits): SpanDraft {
  const max = limits.valueLength;
  if (within(d, limits)) return d;
  const attributes: SpanDraft["attributes"] = {};
  let kept = 0;
  let dropped = 0;
  for (const [k, v] of Object.entries(d.attributes)) {
    if (kept >= limits.attributeCount) {
      dropped++;
      continue;
    }
    attributes[k] = typeof v === "string" ? cut(v, max) : v;
    kept++;
  }
  const out: SpanDraft = { ...d, name: cut(d.name, max), attributes };
  if (dropped) out.droppedAttributes = dropped;
  if (d.error)
    out.error = { type: cut(d.error.type, max), ...(d.error.message !== undefined ? { message: cut(d.error.message, max) } : {}) };
  return out;
}

/** Whether `d` is within the limits already (the common case: then it is sent as it is, not copied). */
function within(d: SpanDraft, limits: SpanLimits): boolean {
  const max = limits.valueLength;
  if (d.name.length > max || (d.error && (d.error.type.length > max || (d.error.message?.length ?? 0) > max))) return false;
  let n = 0;
  for (const k in d.attributes) {
    const v = d.attributes[k];
    if (++n > limits.attributeCount || (typeof v === "string" && v.length > max)) return false;
  }
  return true;
}
