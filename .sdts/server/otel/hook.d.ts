import type { Entry, NewEntry } from "../../lib/record/format";
/**
 * OpenTelemetry for every way the inspector runs: each Engine asks `engineOtel()` once; with no
 * OTEL_* endpoint set it gets undefined and nothing else here runs or loads. With one, the
 * engine's record is observed (spans built from the frames as recorded), each request the engine
 * sends carries a `traceparent` in `params._meta` (the conventions' propagation, so an
 * instrumented server's spans join the trace), and the exporter (the OpenTelemetry SDK) runs in a
 * worker thread of its own: the engine's thread only copies a few fields per entry (figure 11).
 */
export interface EngineOtel {
    /** The engine's record sink, also handing each entry to the span builder. */
    wrap(sink: {
        append(entry: NewEntry): Entry;
    }): {
        append(entry: NewEntry): Entry;
    };
    /** The trace context for one request about to be sent: `{ traceparent, tracestate? }`. */
    traceMeta(): Record<string, string>;
    /** Everything built so far sent (a command about to exit awaits it). */
    flush(): Promise<void>;
}
/** The engine's OpenTelemetry, or undefined when export is off (the common case: one env read). */
export declare function engineOtel(): EngineOtel | undefined;
/**
 * Runs `fn` as a span of its own (a collection run, a test, a load run) that is the parent of
 * every request made inside it. With export off, it only calls `fn`.
 */
export declare function withOtelSpan<T>(name: string, attributes: Record<string, string | number | boolean>, fn: () => Promise<T>, 
/** What makes a result a failure (a failed collection or load run), in words; undefined for success. */
failureOf?: (result: T) => string | undefined): Promise<T>;
/**
 * Runs a command as one trace: its run span (child of TRACEPARENT's, when set) is the parent of
 * everything the command does, the handshake, each connection and the server's own messages
 * included (issue 72: one `check` was 45 traces). It ends with the command's exit code, and the
 * command waits for its spans to leave (FLUSH_MS at most). With export off, it only calls `fn`.
 */
export declare function withRunSpan(command: string, fn: () => Promise<number>): Promise<number>;
type Attributes = Record<string, string | number | boolean>;
/**
 * Opens the span of one test (the test library's before-each), the parent of every request made
 * until it ends (its after-each, which knows the test's name and verdict). Undefined with export off.
 */
export declare function openTestSpan(): {
    end(name: string, attributes: Attributes, failure?: string): void;
} | undefined;
/** For tests: forget the process's export settings, so the next engine reads the variables again. */
export declare function resetOtelForTests(): void;
export {};
