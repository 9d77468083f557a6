/**
 * The one rule for what varies between two runs of the same server (issue 64 point 3, issue 62
 * point 5). Snapshots (the library's serializer and a collection's .snap.yaml), replay, the mock
 * and `replay --runs 2` all mask through this module, so a value masked on one path is masked on
 * every path:
 *
 * - keys whose values vary by nature (VOLATILE_KEYS: tokens, clocks, pids, session ids);
 * - ids: a JSON-RPC message's `id`, and a string at a key named `id`, `…Id` or `…_id` that looks
 *   minted (a UUID, a ULID, 16+ hex digits, a random-looking token);
 * - times: an epoch number (seconds or milliseconds) at a time-named key, and in any text an ISO
 *   date-time, a clock time (`3:09:41 AM`, `15:09:41`), an RFC 2822 / HTTP date, JavaScript's
 *   Date string, a locale date with its time (`11/26/2026, 3:09:41 AM`), a UUID;
 * - trace context (`traceparent`, `tracestate`, `baggage` in a `_meta`): left out entirely, so a
 *   recording made with trace export on compares with a run made with it off;
 * - values seen to differ between two runs of the same server (`replay --runs 2`): a LearnedMask,
 *   scoped to the request (method and tool, prompt, resource) and the path where it was seen.
 */
/** Keys whose values differ from run to run by nature: ids minted per run, clocks, process ids. */
export declare const VOLATILE_KEYS: ReadonlySet<string>;
/** W3C Trace Context and Baggage, as MCP carries them in `_meta` (docs/otel.md). */
export declare const TRACE_CONTEXT_KEYS: ReadonlySet<string>;
/** True when an id looks minted (random or time-based) rather than chosen (`user-1`, `note`, `42`). */
export declare function looksMinted(s: string): boolean;
/** A text with every time and UUID in it replaced by `<timestamp>` and `<uuid>`. */
export declare function maskVolatileText(s: string): string;
/** What a value under this key becomes when the key says it varies (`<key>`), or undefined when the key says nothing. */
export declare function volatileAtKey(key: string, value: unknown): string | undefined;
/** A `_meta` without trace context; undefined when nothing else was in it. */
export declare function withoutTraceContext(meta: Record<string, unknown>): Record<string, unknown> | undefined;
/**
 * A value with what varies between runs masked, by the rule above: what replay, the mock and
 * `--runs 2` compare. The library's snapshots mask through the same pieces (volatileAtKey,
 * maskVolatileText, withoutTraceContext) and add what only a record entry has.
 */
export declare function maskVolatile(v: unknown, key?: string, depth?: number): unknown;
/**
 * A variation `replay --runs 2` saw between two runs of the same server: at this path, in the
 * answer to this request (method, and the tool, prompt or resource it named). Saved in a
 * recording's `ignore` as `tools/call get-time $.result.content[0].text`; a bare path
 * (`$..timestamp`, written by hand) still applies to every answer.
 */
export interface LearnedMask {
    method: string;
    /** The tool or prompt name, or the resource URI, the request named; none for list and other requests. */
    target?: string;
    path: string;
}
/** What a request names: params.name (tools, prompts), params.uri (resources), params.ref (completion). */
export declare function requestTarget(method: string, params: unknown): string | undefined;
/** A learned mask as the recording's `ignore` keeps it: `METHOD [TARGET] $PATH`. */
export declare function formatLearnedMask(m: LearnedMask): string;
/** `METHOD [TARGET] $PATH` read back; undefined for a bare path (which applies to every answer). */
export declare function parseLearnedMask(s: string): LearnedMask | undefined;
/** True when a learned mask was seen on this request. */
export declare function maskApplies(m: LearnedMask, method: string, params: unknown): boolean;
