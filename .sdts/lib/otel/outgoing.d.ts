import { type SpanLimits } from "./limits";
import type { SpanDraft } from "./spans";
/**
 * What every span goes through before it leaves, live or from a recording (`export --otlp`): one
 * rule, in one place. Redacted first (a secret cut in half would no longer be recognised, and its
 * first half would leave), then bounded. A string far over the limit is cut to twice the limit
 * before it is searched: a secret shorter than the limit that starts before the cut still ends
 * before it, and a 25 MB error message is not scanned whole.
 */
export declare class OutgoingSpans {
    private readonly limits;
    private readonly redactor;
    constructor(limits: SpanLimits, salt?: string);
    prepare(d: SpanDraft): SpanDraft;
    private precut;
}
