import { type ValidateFunction } from "ajv";
import type { OutputVerdict } from "./output-verdict-schema";
/**
 * Compiles JSON Schemas the way MCP 2025-11-25 reads them: 2020-12 unless the schema names
 * another draft in `$schema`. Compiled validators are cached by schema identity.
 *
 * A server chooses the schemas, so `pattern` runs on RE2 (./safe-regex.ts), never on V8's
 * backtracking engine: `^(a|a)*$` must not stall the backend (issue 22 item 4). A pattern RE2
 * cannot run (a backreference, a lookahead) is not checked, and `unchecked` says so.
 */
export declare class SchemaValidator {
    /** Filled by the regex engine while one compile runs (Ajv compiles synchronously). */
    private collecting;
    private readonly engine;
    private ajv2020Made?;
    private ajv7Made?;
    private get ajv2020();
    private get ajv7();
    private readonly cache;
    private readonly notes;
    compile(schema: object): ValidateFunction | Error;
    /** The patterns of a compiled schema that RE2 could not run: "pattern not checked: "…" (why)". */
    unchecked(schema: object): readonly string[];
    /**
     * The verdict of a tool result against the tool's outputSchema (MCP: a tool that declares one
     * "MUST provide structured results that conform to this schema"). Valid only for a success
     * (isError not true) whose structuredContent conforms: an isError result is never valid, with
     * or without structuredContent, since it is not the output the schema describes (the TS SDK's
     * McpServer answers isError with no structuredContent when a tool's output breaks its own
     * schema, so "errors are exempt" passed exactly that bug). Whoever exempts tool errors (the
     * lint, a collection step that expects one) reads isError itself; the first error's path is
     * "/isError" then.
     */
    verdictFor(outputSchema: object, result: unknown): OutputVerdict;
}
