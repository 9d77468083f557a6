import * as z from "zod";
import type { DiffOp } from "./json-diff";
/**
 * What replaying one recorded request gave, compared with the recording. `cancelled`: the
 * recording cancelled it, so it was not sent again (its outcome was the cancellation).
 */
export declare const ReplayStatusSchema: z.ZodEnum<{
    sent: "sent";
    changed: "changed";
    cancelled: "cancelled";
    same: "same";
    "new-error": "new-error";
    "fixed-error": "fixed-error";
    "no-response": "no-response";
}>;
export type ReplayStatus = z.infer<typeof ReplayStatusSchema>;
export declare const ReplayItemSchema: z.ZodObject<{
    recordedSeq: z.ZodNumber;
    method: z.ZodString;
    params: z.ZodOptional<z.ZodUnknown>;
    status: z.ZodEnum<{
        sent: "sent";
        changed: "changed";
        cancelled: "cancelled";
        same: "same";
        "new-error": "new-error";
        "fixed-error": "fixed-error";
        "no-response": "no-response";
    }>;
    recorded: z.ZodOptional<z.ZodUnknown>;
    replayed: z.ZodOptional<z.ZodUnknown>;
    diff: z.ZodArray<z.ZodObject<{
        path: z.ZodString;
        op: z.ZodEnum<{
            added: "added";
            removed: "removed";
            changed: "changed";
        }>;
        before: z.ZodOptional<z.ZodUnknown>;
        after: z.ZodOptional<z.ZodUnknown>;
    }, z.core.$strip>>;
    note: z.ZodOptional<z.ZodString>;
    mapped: z.ZodOptional<z.ZodArray<z.ZodObject<{
        from: z.ZodString;
        to: z.ZodString;
    }, z.core.$strip>>>;
    masked: z.ZodOptional<z.ZodArray<z.ZodString>>;
    volatile: z.ZodOptional<z.ZodArray<z.ZodString>>;
    compatible: z.ZodOptional<z.ZodArray<z.ZodObject<{
        path: z.ZodString;
        message: z.ZodString;
    }, z.core.$strip>>>;
    latency: z.ZodOptional<z.ZodObject<{
        recordedMs: z.ZodNumber;
        ms: z.ZodNumber;
        limitMs: z.ZodNumber;
    }, z.core.$strip>>;
    replayedRequestSeq: z.ZodOptional<z.ZodNumber>;
    replayedResponseSeq: z.ZodOptional<z.ZodNumber>;
}, z.core.$strip>;
export type ReplayItem = z.infer<typeof ReplayItemSchema> & {
    diff: DiffOp[];
};
export declare const ReplayReportSchema: z.ZodObject<{
    target: z.ZodString;
    connected: z.ZodBoolean;
    connectError: z.ZodOptional<z.ZodString>;
    items: z.ZodArray<z.ZodObject<{
        recordedSeq: z.ZodNumber;
        method: z.ZodString;
        params: z.ZodOptional<z.ZodUnknown>;
        status: z.ZodEnum<{
            sent: "sent";
            changed: "changed";
            cancelled: "cancelled";
            same: "same";
            "new-error": "new-error";
            "fixed-error": "fixed-error";
            "no-response": "no-response";
        }>;
        recorded: z.ZodOptional<z.ZodUnknown>;
        replayed: z.ZodOptional<z.ZodUnknown>;
        diff: z.ZodArray<z.ZodObject<{
            path: z.ZodString;
            op: z.ZodEnum<{
                added: "added";
                removed: "removed";
                changed: "changed";
            }>;
            before: z.ZodOptional<z.ZodUnknown>;
            after: z.ZodOptional<z.ZodUnknown>;
        }, z.core.$strip>>;
        note: z.ZodOptional<z.ZodString>;
        mapped: z.ZodOptional<z.ZodArray<z.ZodObject<{
            from: z.ZodString;
            to: z.ZodString;
        }, z.core.$strip>>>;
        masked: z.ZodOptional<z.ZodArray<z.ZodString>>;
        volatile: z.ZodOptional<z.ZodArray<z.ZodString>>;
        compatible: z.ZodOptional<z.ZodArray<z.ZodObject<{
            path: z.ZodString;
            message: z.ZodString;
        }, z.core.$strip>>>;
        latency: z.ZodOptional<z.ZodObject<{
            recordedMs: z.ZodNumber;
            ms: z.ZodNumber;
            limitMs: z.ZodNumber;
        }, z.core.$strip>>;
        replayedRequestSeq: z.ZodOptional<z.ZodNumber>;
        replayedResponseSeq: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>>;
    coverage: z.ZodOptional<z.ZodArray<z.ZodObject<{
        tool: z.ZodString;
        why: z.ZodString;
    }, z.core.$strip>>>;
    summary: z.ZodObject<{
        same: z.ZodNumber;
        changed: z.ZodNumber;
        newError: z.ZodNumber;
        fixedError: z.ZodNumber;
        noResponse: z.ZodNumber;
        sent: z.ZodNumber;
        cancelled: z.ZodDefault<z.ZodNumber>;
        compatible: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>;
}, z.core.$strip>;
export type ReplayReport = z.infer<typeof ReplayReportSchema>;
export declare function summarizeReplay(items: readonly {
    status: ReplayStatus;
    compatible?: readonly unknown[];
}[]): ReplayReport["summary"];
/** A replay passes when every recorded response came back the same (a call the recording cancelled is not re-run). */
export declare function replayPassed(r: ReplayReport): boolean;
/** The summary in words, as the page shows it: "3 same, 1 changed, 1 cancelled in the recording (not sent)". */
export declare function replaySummaryText(r: ReplayReport): string;
