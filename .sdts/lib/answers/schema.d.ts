import * as z from "zod";
/**
 * Standing answers: what the backend answers for the person, without asking, when the target
 * sends a server->client request. Session settings held by the backend (so they work before a
 * page opens, with no page at all in --cli and check, and the same in every tab), set from the
 * page (`set-answers`) and from CLI flags. Anything they do not cover waits for the person.
 */
export declare const RootSchema: z.ZodObject<{
    uri: z.ZodString;
    name: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export type Root = z.infer<typeof RootSchema>;
export declare const CannedRuleSchema: z.ZodObject<{
    match: z.ZodString;
    text: z.ZodString;
    model: z.ZodDefault<z.ZodString>;
}, z.core.$strip>;
export type CannedRule = z.infer<typeof CannedRuleSchema>;
export declare const ElicitationPolicySchema: z.ZodEnum<{
    ask: "ask";
    "accept-defaults": "accept-defaults";
    decline: "decline";
    cancel: "cancel";
}>;
export type ElicitationPolicy = z.infer<typeof ElicitationPolicySchema>;
export declare const StandingAnswersSchema: z.ZodObject<{
    roots: z.ZodDefault<z.ZodArray<z.ZodObject<{
        uri: z.ZodString;
        name: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>>;
    sampling: z.ZodDefault<z.ZodObject<{
        enabled: z.ZodDefault<z.ZodBoolean>;
        rules: z.ZodDefault<z.ZodArray<z.ZodObject<{
            match: z.ZodString;
            text: z.ZodString;
            model: z.ZodDefault<z.ZodString>;
        }, z.core.$strip>>>;
    }, z.core.$strip>>;
    elicitation: z.ZodDefault<z.ZodEnum<{
        ask: "ask";
        "accept-defaults": "accept-defaults";
        decline: "decline";
        cancel: "cancel";
    }>>;
}, z.core.$strip>;
export type StandingAnswers = z.infer<typeof StandingAnswersSchema>;
/**
 * What `set-answers` carries: only the parts that change, merged by the backend into what it
 * holds, so two quick edits (the rules, then the switch; roots in one tab, the policy in
 * another) never undo each other with a stale copy.
 */
export declare const StandingAnswersPatchSchema: z.ZodObject<{
    roots: z.ZodOptional<z.ZodArray<z.ZodObject<{
        uri: z.ZodString;
        name: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>>;
    sampling: z.ZodOptional<z.ZodObject<{
        enabled: z.ZodOptional<z.ZodBoolean>;
        rules: z.ZodOptional<z.ZodArray<z.ZodObject<{
            match: z.ZodString;
            text: z.ZodString;
            model: z.ZodDefault<z.ZodString>;
        }, z.core.$strip>>>;
    }, z.core.$strip>>;
    elicitation: z.ZodOptional<z.ZodEnum<{
        ask: "ask";
        "accept-defaults": "accept-defaults";
        decline: "decline";
        cancel: "cancel";
    }>>;
}, z.core.$strip>;
export type StandingAnswersPatch = z.infer<typeof StandingAnswersPatchSchema>;
/** The standing answers after a patch. */
export declare function applyAnswersPatch(current: StandingAnswers, patch: StandingAnswersPatch): StandingAnswers;
export declare const DEFAULT_ANSWERS: StandingAnswers;
