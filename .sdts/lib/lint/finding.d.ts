import * as z from "zod";
/**
 * How bad a finding is. error: the peer breaks a MUST of the spec (or of JSON-RPC 2.0), and a
 * conforming counterpart may fail on it. warning: a SHOULD is broken, or the record alone
 * cannot tell a bug from bad luck (a request still open when the session ended). info: worth
 * knowing, never a failure.
 */
export declare const SeveritySchema: z.ZodEnum<{
    error: "error";
    warning: "warning";
    info: "info";
}>;
export type Severity = z.infer<typeof SeveritySchema>;
/**
 * One problem the linter found, attached to one entry of the record. Findings are derived
 * data: they are never written into the record, and the same entries always give the same
 * findings.
 */
export declare const FindingSchema: z.ZodObject<{
    rule: z.ZodString;
    severity: z.ZodEnum<{
        error: "error";
        warning: "warning";
        info: "info";
    }>;
    message: z.ZodString;
    seq: z.ZodNumber;
    relatedSeq: z.ZodOptional<z.ZodNumber>;
    specUrl: z.ZodURL;
}, z.core.$strip>;
export type Finding = z.infer<typeof FindingSchema>;
/** Findings counted by severity, for the Problems panel header and the CLI summary. */
export declare function countBySeverity(findings: readonly Finding[]): Record<Severity, number>;
