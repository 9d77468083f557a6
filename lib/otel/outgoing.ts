import { boundSpan, cut, type SpanLimits } from "./limits";
import { SpanRedactor } from "./redact-spans";
import type { SpanDraft } from "./spans";

/**
 * What every span goes through before it leaves, live or from a recording (`export --otlp`): one
 * rule, in one place. Redacted first (a secret cut in half would no longer be recognised, and its
 * first half would leave), then bounded. A string far over the limit is cut to twice the limit
 * before it is searched: a secret shorter than the limit that starts before the cut still ends
 * before it, and a 25 MB error message is not scanned whole.
 */
export class OutgoingSpans {
  private readonly redactor: SpanRedactor;

  constructor(
    private readonly limits: SpanLimits,
    salt?: string,
  ) {
    this.redactor = new SpanRedactor(salt);
  }

  prepare(d: SpanDraft): SpanDraft {
    return boundSpan(this.redactor.span(this.precut(d)), this.limits);
  }

  private precut(d: SpanDraft): SpanDraft {
    const max = 2 * this.limits.valueLength;
    const long = (s: string | undefined) => s !== undefined && s.length > max;
    let attributesLong = false;
    for (const k in d.attributes) if (long(d.attributes[k] as string)) attributesLong = true;
    if (!long(d.name) && !long(d.error?.message) && !attributesLong) return d;
    const attributes: SpanDraft["attributes"] = {};
    for (const k in d.attributes) {
      const v = d.attributes[k]!;
      attributes[k] = typeof v === "string" ? cut(v, max) : v;
    }
    return {
      ...d,
      name: cut(d.name, max),
      attributes,
      ...(d.error ? { error: { ...d.error, ...(d.error.message !== undefined ? { message: cut(d.error.message, max) } : {}) } } : {}),
    };
  }
}
