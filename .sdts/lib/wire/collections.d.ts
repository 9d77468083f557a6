import * as z from "zod";
export declare const CollectionCommandSchemas: readonly [z.ZodObject<{
    type: z.ZodLiteral<"collections-list">;
    id: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"collection-save">;
    file: z.ZodString;
    requestSeq: z.ZodNumber;
    name: z.ZodOptional<z.ZodString>;
    id: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"collection-edit-step">;
    file: z.ZodString;
    index: z.ZodNumber;
    params: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    expect: z.ZodOptional<z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>>;
    id: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"collection-run">;
    file: z.ZodString;
    index: z.ZodOptional<z.ZodNumber>;
    id: z.ZodString;
}, z.core.$strip>];
export declare const CollectionStepViewSchema: z.ZodObject<{
    index: z.ZodNumber;
    name: z.ZodString;
    method: z.ZodString;
    params: z.ZodRecord<z.ZodString, z.ZodUnknown>;
    expect: z.ZodArray<z.ZodUnknown>;
}, z.core.$strip>;
export type CollectionStepView = z.infer<typeof CollectionStepViewSchema>;
export declare const CollectionFileViewSchema: z.ZodObject<{
    file: z.ZodString;
    steps: z.ZodArray<z.ZodObject<{
        index: z.ZodNumber;
        name: z.ZodString;
        method: z.ZodString;
        params: z.ZodRecord<z.ZodString, z.ZodUnknown>;
        expect: z.ZodArray<z.ZodUnknown>;
    }, z.core.$strip>>;
    error: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export type CollectionFileView = z.infer<typeof CollectionFileViewSchema>;
export declare const ExpectationOutcomeSchema: z.ZodObject<{
    label: z.ZodString;
    passed: z.ZodBoolean;
    expected: z.ZodOptional<z.ZodUnknown>;
    actual: z.ZodOptional<z.ZodUnknown>;
    message: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export type ExpectationOutcome = z.infer<typeof ExpectationOutcomeSchema>;
export declare const StepVerdictSchema: z.ZodObject<{
    index: z.ZodNumber;
    name: z.ZodString;
    status: z.ZodEnum<{
        failed: "failed";
        passed: "passed";
        skipped: "skipped";
    }>;
    durationMs: z.ZodOptional<z.ZodNumber>;
    expectations: z.ZodArray<z.ZodObject<{
        label: z.ZodString;
        passed: z.ZodBoolean;
        expected: z.ZodOptional<z.ZodUnknown>;
        actual: z.ZodOptional<z.ZodUnknown>;
        message: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
    message: z.ZodOptional<z.ZodString>;
    result: z.ZodOptional<z.ZodUnknown>;
    seqs: z.ZodOptional<z.ZodObject<{
        first: z.ZodNumber;
        last: z.ZodNumber;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type StepVerdict = z.infer<typeof StepVerdictSchema>;
export declare const CollectionReplySchemas: {
    "collections-list": z.ZodObject<{
        folder: z.ZodString;
        files: z.ZodArray<z.ZodObject<{
            file: z.ZodString;
            steps: z.ZodArray<z.ZodObject<{
                index: z.ZodNumber;
                name: z.ZodString;
                method: z.ZodString;
                params: z.ZodRecord<z.ZodString, z.ZodUnknown>;
                expect: z.ZodArray<z.ZodUnknown>;
            }, z.core.$strip>>;
            error: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>;
    }, z.core.$strip>;
    "collection-save": z.ZodObject<{
        file: z.ZodString;
        steps: z.ZodArray<z.ZodObject<{
            index: z.ZodNumber;
            name: z.ZodString;
            method: z.ZodString;
            params: z.ZodRecord<z.ZodString, z.ZodUnknown>;
            expect: z.ZodArray<z.ZodUnknown>;
        }, z.core.$strip>>;
        error: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>;
    "collection-edit-step": z.ZodObject<{
        file: z.ZodString;
        steps: z.ZodArray<z.ZodObject<{
            index: z.ZodNumber;
            name: z.ZodString;
            method: z.ZodString;
            params: z.ZodRecord<z.ZodString, z.ZodUnknown>;
            expect: z.ZodArray<z.ZodUnknown>;
        }, z.core.$strip>>;
        error: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>;
    "collection-run": z.ZodObject<{
        file: z.ZodString;
        steps: z.ZodArray<z.ZodObject<{
            index: z.ZodNumber;
            name: z.ZodString;
            status: z.ZodEnum<{
                failed: "failed";
                passed: "passed";
                skipped: "skipped";
            }>;
            durationMs: z.ZodOptional<z.ZodNumber>;
            expectations: z.ZodArray<z.ZodObject<{
                label: z.ZodString;
                passed: z.ZodBoolean;
                expected: z.ZodOptional<z.ZodUnknown>;
                actual: z.ZodOptional<z.ZodUnknown>;
                message: z.ZodOptional<z.ZodString>;
            }, z.core.$strip>>;
            message: z.ZodOptional<z.ZodString>;
            result: z.ZodOptional<z.ZodUnknown>;
            seqs: z.ZodOptional<z.ZodObject<{
                first: z.ZodNumber;
                last: z.ZodNumber;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
    }, z.core.$strip>;
};
