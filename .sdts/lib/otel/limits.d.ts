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
export declare const DEFAULT_VALUE_LENGTH = 4096;
/** The spec's default attribute count limit. */
export declare const DEFAULT_ATTRIBUTE_COUNT = 128;
export declare const DEFAULT_LIMITS: SpanLimits;
/** `s` cut to `max` characters, never inside a surrogate pair. */
export declare function cut(s: string, max: number): string;
/** The span within the limits: every string cut, attributes past the count dropped (and counted). */
export declare function boundSpan(d: SpanDraft, limits: SpanLimits): SpanDraft;
