import type { Severity } from "../finding";
import { type Rule } from "../rule";
export declare const BOOLEAN_SCHEMA: Rule;
export declare const TYPE_UNION: Rule;
export declare const REMOTE_REF: Rule;
export declare const UNTYPED_SCHEMA: Rule;
export declare const PORTABILITY_RULES: readonly Rule[];
/** One portability problem of one tool schema, with where it is and what to write instead. */
export interface PortabilityFinding {
    rule: string;
    severity: Severity;
    specUrl: string;
    tool: string;
    schema: "inputSchema" | "outputSchema";
    /** Path inside the schema, "" for its root (e.g. `properties.when.anyOf[1]`). */
    path: string;
    /** What is wrong and why a client may reject it. */
    issue: string;
    suggestion: string;
}
/** The portability findings of one tool's inputSchema and outputSchema (each only when present). */
export declare function toolSchemaFindings(tool: string, schemas: {
    inputSchema?: unknown;
    outputSchema?: unknown;
}): PortabilityFinding[];
