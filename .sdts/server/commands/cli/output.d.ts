import type { Io } from "../command";
import type { CliArgs } from "./flags";
/** Exit codes of `--cli`, as the official MCP Inspector CLI's (its EXIT_CODES). */
export declare const CLI_EXIT: {
    readonly skillNonconformant: 7;
    readonly skillIncomplete: 8;
    readonly skillUnverifiable: 9;
    readonly ok: 0;
    readonly failed: 1;
    readonly noApp: 2;
    readonly authRequired: 3;
    readonly unreachable: 4;
    readonly toolError: 5;
    readonly strict: 6;
};
/** A failed run, as the official CLI reports it: the exit code and the envelope's fields. */
export declare class CliFailure extends Error {
    readonly exitCode: number;
    readonly extra: Record<string, unknown>;
    constructor(exitCode: number, message: string, extra?: Record<string, unknown>);
}
/**
 * A failure: with --format json the official envelope `{"error": {code, message, …}}`, one line on
 * stderr (scripts parse it there); otherwise one line for a person. Strings from the server are
 * escaped either way.
 */
export declare function reportFailure(f: CliFailure, a: Pick<CliArgs, "format">, io: Io): number;
/** Where the result went when --output wrote it. */
export interface Written {
    path: string;
    format: "json" | "raw";
    bytes: number;
}
/**
 * The result: with --output, the file (json: the whole result, pretty; raw: its text, or the
 * decoded bytes of its one binary block); else stdout, pretty (text) or the official envelope
 * `{"result": …}` (json) with what else the run found (`extra`: appInfo, schemaFindings).
 */
export declare function emitResult(a: CliArgs, result: unknown, io: Io, extra?: Record<string, unknown>): void;
