/**
 * An App's own errors: an uncaught script error, an unhandled promise rejection, a console.error.
 * They happen inside the App's document (an opaque origin in the sandbox proxy's inner frame),
 * which neither the page nor the proxy can reach, so a listener goes in ahead of the App's bytes
 * (as the CSP reporter does, lib/apps/csp.ts) and posts each one up as an App message: a
 * `notifications/message` at level `error` whose logger is APP_ERROR_LOGGER. It is carried,
 * recorded and shown like any message the App sends (its log, the timeline, Problems through the
 * `apps/app-error` rule). The App can forge one, or silence the reporter once its own script runs
 * (replace console.error, stop the events): it is the App's word about itself.
 */
export declare const APP_ERROR_LOGGER = "mcp-inspector/app-error";
/** At most this many reports per App document (the last one says more were left out). */
export declare const APP_ERRORS_MAX = 50;
/** Bounds of one report's texts, in characters, in the App and again on the page (the App is hostile). */
export declare const APP_ERROR_MESSAGE_MAX = 1000;
export declare const APP_ERROR_STACK_MAX = 4000;
export declare const APP_ERROR_SOURCE_MAX = 500;
export type AppErrorKind = "error" | "unhandledrejection" | "console.error";
export interface AppError {
    kind: AppErrorKind;
    message: string;
    /** The stack as the App's engine wrote it, its positions in the App's own HTML named after the resource. */
    stack?: string;
    /** Where it happened: the App's resource uri (or an external script's URL), line and column in it. */
    source?: string;
    line?: number;
    column?: number;
    /** The App reached APP_ERRORS_MAX: later ones are not reported. */
    more?: boolean;
}
/** Whether a report fails the App (a console.error is said, but the App may well go on). */
export declare const failsApp: (e: AppError) => boolean;
/** The App error an App message reports, cut to the bounds; undefined when the message is not one. */
export declare function appErrorOf(message: unknown): AppError | undefined;
/** "ui://x/app.html:12:5", or "" when the report names no place. */
export declare function appErrorWhere(e: AppError): string;
/** One line for a person: what kind, the message, and where. */
export declare function appErrorSentence(e: AppError): string;
/**
 * The reporter put ahead of the App's HTML. `lineOffset` is how many lines of the srcdoc come
 * before the App's first line (the host's own scripts): a position `about:srcdoc:L:C` with L past
 * it is the App's line L - lineOffset, named `source` (the App's ui:// uri). One line of ES5, no
 * `<` in it (nothing the parser could read as a tag); `parent`, JSON and String are held before
 * the App's script could replace them.
 */
export declare function appErrorReporter(lineOffset: number, source: string): string;
