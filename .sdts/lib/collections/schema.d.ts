import * as z from "zod";
/**
 * A collection file (`*.mcp-tests.yaml`, JSON accepted): steps to run against a server, each with
 * what its answer must be. docs/collections.md is its guide; schemas/mcp-tests.schema.json is
 * this schema as JSON Schema, for editors. Every object is strict: a key this version does not
 * know is an error naming it, never silently ignored (a typo in `expect` must not pass).
 */
export declare const COLLECTION_VERSION = 1;
export declare const SeveritySchema: z.ZodEnum<{
    error: "error";
    warning: "warning";
    info: "info";
}>;
/**
 * One expectation. Each names one kind: `isError`, a `path` with `equals` / `matches` / `contains`
 * / `exists` / `schema`, `schema` alone (the whole result), `outputSchema`, `textContent`,
 * `errorCode`, `latencyMs`, `snapshot`, `noFindings`. One object type (not a union) so a wrong
 * key is named as such, and so the page can build one field by field.
 */
export declare const ExpectationSchema: z.ZodObject<{
    isError: z.ZodOptional<z.ZodBoolean>;
    path: z.ZodOptional<z.ZodString>;
    equals: z.ZodOptional<z.ZodUnknown>;
    matches: z.ZodOptional<z.ZodString>;
    contains: z.ZodOptional<z.ZodUnknown>;
    exists: z.ZodOptional<z.ZodBoolean>;
    schema: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    outputSchema: z.ZodOptional<z.ZodBoolean>;
    textContent: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
        contains: z.ZodOptional<z.ZodString>;
        matches: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>]>>;
    errorCode: z.ZodOptional<z.ZodNumber>;
    latencyMs: z.ZodOptional<z.ZodNumber>;
    latency: z.ZodOptional<z.ZodObject<{
        recordedMs: z.ZodNumber;
        factor: z.ZodOptional<z.ZodNumber>;
        minMs: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    notifications: z.ZodOptional<z.ZodArray<z.ZodString>>;
    snapshot: z.ZodOptional<z.ZodUnion<readonly [z.ZodBoolean, z.ZodString]>>;
    noFindings: z.ZodOptional<z.ZodEnum<{
        error: "error";
        warning: "warning";
        info: "info";
    }>>;
}, z.core.$strict>;
export type Expectation = z.infer<typeof ExpectationSchema>;
/** The kinds an expectation may be, in the order they are looked for; `path` covers its five tests. */
export declare const EXPECTATION_KINDS: readonly ["isError", "path", "schema", "outputSchema", "textContent", "errorCode", "latencyMs", "latency", "notifications", "snapshot", "noFindings"];
export type ExpectationKind = (typeof EXPECTATION_KINDS)[number];
export declare const PATH_TESTS: readonly ["equals", "matches", "contains", "exists", "schema"];
export declare const CannedSamplingSchema: z.ZodObject<{
    match: z.ZodString;
    text: z.ZodString;
    model: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
/** How the server's own requests are answered while the step runs. */
export declare const AnswerRulesSchema: z.ZodObject<{
    sampling: z.ZodOptional<z.ZodArray<z.ZodObject<{
        match: z.ZodString;
        text: z.ZodString;
        model: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>>;
    elicitation: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
        "accept-defaults": "accept-defaults";
        decline: "decline";
        cancel: "cancel";
    }>, z.ZodObject<{
        accept: z.ZodRecord<z.ZodString, z.ZodUnknown>;
    }, z.core.$strict>]>>;
    roots: z.ZodOptional<z.ZodArray<z.ZodObject<{
        uri: z.ZodString;
        name: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>>;
}, z.core.$strict>;
export type AnswerRules = z.infer<typeof AnswerRulesSchema>;
/** A wait for a notification from the server; one that already came (and was not taken) counts. */
export declare const NotificationWaitSchema: z.ZodObject<{
    method: z.ZodString;
    params: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
}, z.core.$strict>;
/** A test on text: a string is `contains`. */
export declare const TextExpectationSchema: z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
    contains: z.ZodOptional<z.ZodString>;
    matches: z.ZodOptional<z.ZodString>;
}, z.core.$strict>]>;
/**
 * One tool call an eval expects of the model: the tool's name, and optionally its arguments as a
 * subset (`arguments:`, the keys given must be there with equal values, others may be too) or
 * path expectations over the arguments (`expect:`, the same `path` tests as a step's, at `$`).
 */
export declare const ToolCallExpectationSchema: z.ZodObject<{
    tool: z.ZodString;
    arguments: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    expect: z.ZodOptional<z.ZodArray<z.ZodObject<{
        isError: z.ZodOptional<z.ZodBoolean>;
        path: z.ZodOptional<z.ZodString>;
        equals: z.ZodOptional<z.ZodUnknown>;
        matches: z.ZodOptional<z.ZodString>;
        contains: z.ZodOptional<z.ZodUnknown>;
        exists: z.ZodOptional<z.ZodBoolean>;
        schema: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        outputSchema: z.ZodOptional<z.ZodBoolean>;
        textContent: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
            contains: z.ZodOptional<z.ZodString>;
            matches: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>]>>;
        errorCode: z.ZodOptional<z.ZodNumber>;
        latencyMs: z.ZodOptional<z.ZodNumber>;
        latency: z.ZodOptional<z.ZodObject<{
            recordedMs: z.ZodNumber;
            factor: z.ZodOptional<z.ZodNumber>;
            minMs: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
        notifications: z.ZodOptional<z.ZodArray<z.ZodString>>;
        snapshot: z.ZodOptional<z.ZodUnion<readonly [z.ZodBoolean, z.ZodString]>>;
        noFindings: z.ZodOptional<z.ZodEnum<{
            error: "error";
            warning: "warning";
            info: "info";
        }>>;
    }, z.core.$strict>>>;
}, z.core.$strict>;
export type ToolCallExpectation = z.infer<typeof ToolCallExpectationSchema>;
/** The most runs one eval step may ask for: each run is a whole conversation with the model. */
export declare const MAX_EVAL_RUNS = 100;
/** How many answers of the model one run reads, when the step does not say (a bound on a model that loops). */
export declare const DEFAULT_EVAL_TURNS = 6;
/**
 * One step: a request (`tool` + `arguments`, `resource`, `prompt` + `arguments`, or any
 * `method` + `params`) or a wait (`notification`). Strings in arguments and params may hold
 * `${ENV}` and `{{name}}` (a variable or an earlier step's capture).
 */
export declare const StepSchema: z.ZodObject<{
    name: z.ZodOptional<z.ZodString>;
    tool: z.ZodOptional<z.ZodString>;
    resource: z.ZodOptional<z.ZodString>;
    prompt: z.ZodOptional<z.ZodString>;
    method: z.ZodOptional<z.ZodString>;
    notification: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
        method: z.ZodString;
        params: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    }, z.core.$strict>]>>;
    arguments: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    params: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    custom: z.ZodOptional<z.ZodBoolean>;
    answer: z.ZodOptional<z.ZodObject<{
        sampling: z.ZodOptional<z.ZodArray<z.ZodObject<{
            match: z.ZodString;
            text: z.ZodString;
            model: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>>;
        elicitation: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
            "accept-defaults": "accept-defaults";
            decline: "decline";
            cancel: "cancel";
        }>, z.ZodObject<{
            accept: z.ZodRecord<z.ZodString, z.ZodUnknown>;
        }, z.core.$strict>]>>;
        roots: z.ZodOptional<z.ZodArray<z.ZodObject<{
            uri: z.ZodString;
            name: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
    save: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    expect: z.ZodOptional<z.ZodArray<z.ZodObject<{
        isError: z.ZodOptional<z.ZodBoolean>;
        path: z.ZodOptional<z.ZodString>;
        equals: z.ZodOptional<z.ZodUnknown>;
        matches: z.ZodOptional<z.ZodString>;
        contains: z.ZodOptional<z.ZodUnknown>;
        exists: z.ZodOptional<z.ZodBoolean>;
        schema: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        outputSchema: z.ZodOptional<z.ZodBoolean>;
        textContent: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
            contains: z.ZodOptional<z.ZodString>;
            matches: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>]>>;
        errorCode: z.ZodOptional<z.ZodNumber>;
        latencyMs: z.ZodOptional<z.ZodNumber>;
        latency: z.ZodOptional<z.ZodObject<{
            recordedMs: z.ZodNumber;
            factor: z.ZodOptional<z.ZodNumber>;
            minMs: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
        notifications: z.ZodOptional<z.ZodArray<z.ZodString>>;
        snapshot: z.ZodOptional<z.ZodUnion<readonly [z.ZodBoolean, z.ZodString]>>;
        noFindings: z.ZodOptional<z.ZodEnum<{
            error: "error";
            warning: "warning";
            info: "info";
        }>>;
    }, z.core.$strict>>>;
    ask: z.ZodOptional<z.ZodString>;
    calls: z.ZodOptional<z.ZodUnion<readonly [z.ZodLiteral<"none">, z.ZodArray<z.ZodObject<{
        tool: z.ZodString;
        arguments: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        expect: z.ZodOptional<z.ZodArray<z.ZodObject<{
            isError: z.ZodOptional<z.ZodBoolean>;
            path: z.ZodOptional<z.ZodString>;
            equals: z.ZodOptional<z.ZodUnknown>;
            matches: z.ZodOptional<z.ZodString>;
            contains: z.ZodOptional<z.ZodUnknown>;
            exists: z.ZodOptional<z.ZodBoolean>;
            schema: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
            outputSchema: z.ZodOptional<z.ZodBoolean>;
            textContent: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
                contains: z.ZodOptional<z.ZodString>;
                matches: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>]>>;
            errorCode: z.ZodOptional<z.ZodNumber>;
            latencyMs: z.ZodOptional<z.ZodNumber>;
            latency: z.ZodOptional<z.ZodObject<{
                recordedMs: z.ZodNumber;
                factor: z.ZodOptional<z.ZodNumber>;
                minMs: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strict>>;
            notifications: z.ZodOptional<z.ZodArray<z.ZodString>>;
            snapshot: z.ZodOptional<z.ZodUnion<readonly [z.ZodBoolean, z.ZodString]>>;
            noFindings: z.ZodOptional<z.ZodEnum<{
                error: "error";
                warning: "warning";
                info: "info";
            }>>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>]>>;
    inOrder: z.ZodOptional<z.ZodBoolean>;
    only: z.ZodOptional<z.ZodBoolean>;
    reply: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
        contains: z.ZodOptional<z.ZodString>;
        matches: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>]>>;
    runs: z.ZodOptional<z.ZodNumber>;
    passRate: z.ZodOptional<z.ZodNumber>;
    maxTurns: z.ZodOptional<z.ZodNumber>;
    timeoutMs: z.ZodOptional<z.ZodNumber>;
    skip: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict>;
export type Step = z.infer<typeof StepSchema>;
export declare const STEP_KINDS: readonly ["tool", "resource", "prompt", "method", "notification", "ask"];
export type StepKind = (typeof STEP_KINDS)[number];
/** Where the server is, when the command line names none. */
export declare const CollectionTargetSchema: z.ZodUnion<readonly [z.ZodObject<{
    command: z.ZodString;
    args: z.ZodOptional<z.ZodArray<z.ZodString>>;
    env: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    cwd: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    url: z.ZodString;
    headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    transport: z.ZodOptional<z.ZodEnum<{
        http: "http";
        sse: "sse";
    }>>;
}, z.core.$strict>]>;
export type CollectionTarget = z.infer<typeof CollectionTargetSchema>;
export declare const CollectionSchema: z.ZodObject<{
    $schema: z.ZodOptional<z.ZodString>;
    version: z.ZodOptional<z.ZodLiteral<1>>;
    name: z.ZodOptional<z.ZodString>;
    target: z.ZodOptional<z.ZodUnion<readonly [z.ZodObject<{
        command: z.ZodString;
        args: z.ZodOptional<z.ZodArray<z.ZodString>>;
        env: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        cwd: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>, z.ZodObject<{
        url: z.ZodString;
        headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        transport: z.ZodOptional<z.ZodEnum<{
            http: "http";
            sse: "sse";
        }>>;
    }, z.core.$strict>]>>;
    variables: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    timeoutMs: z.ZodOptional<z.ZodNumber>;
    steps: z.ZodArray<z.ZodObject<{
        name: z.ZodOptional<z.ZodString>;
        tool: z.ZodOptional<z.ZodString>;
        resource: z.ZodOptional<z.ZodString>;
        prompt: z.ZodOptional<z.ZodString>;
        method: z.ZodOptional<z.ZodString>;
        notification: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
            method: z.ZodString;
            params: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        }, z.core.$strict>]>>;
        arguments: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        params: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        custom: z.ZodOptional<z.ZodBoolean>;
        answer: z.ZodOptional<z.ZodObject<{
            sampling: z.ZodOptional<z.ZodArray<z.ZodObject<{
                match: z.ZodString;
                text: z.ZodString;
                model: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            elicitation: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
                "accept-defaults": "accept-defaults";
                decline: "decline";
                cancel: "cancel";
            }>, z.ZodObject<{
                accept: z.ZodRecord<z.ZodString, z.ZodUnknown>;
            }, z.core.$strict>]>>;
            roots: z.ZodOptional<z.ZodArray<z.ZodObject<{
                uri: z.ZodString;
                name: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
        }, z.core.$strict>>;
        save: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        expect: z.ZodOptional<z.ZodArray<z.ZodObject<{
            isError: z.ZodOptional<z.ZodBoolean>;
            path: z.ZodOptional<z.ZodString>;
            equals: z.ZodOptional<z.ZodUnknown>;
            matches: z.ZodOptional<z.ZodString>;
            contains: z.ZodOptional<z.ZodUnknown>;
            exists: z.ZodOptional<z.ZodBoolean>;
            schema: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
            outputSchema: z.ZodOptional<z.ZodBoolean>;
            textContent: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
                contains: z.ZodOptional<z.ZodString>;
                matches: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>]>>;
            errorCode: z.ZodOptional<z.ZodNumber>;
            latencyMs: z.ZodOptional<z.ZodNumber>;
            latency: z.ZodOptional<z.ZodObject<{
                recordedMs: z.ZodNumber;
                factor: z.ZodOptional<z.ZodNumber>;
                minMs: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strict>>;
            notifications: z.ZodOptional<z.ZodArray<z.ZodString>>;
            snapshot: z.ZodOptional<z.ZodUnion<readonly [z.ZodBoolean, z.ZodString]>>;
            noFindings: z.ZodOptional<z.ZodEnum<{
                error: "error";
                warning: "warning";
                info: "info";
            }>>;
        }, z.core.$strict>>>;
        ask: z.ZodOptional<z.ZodString>;
        calls: z.ZodOptional<z.ZodUnion<readonly [z.ZodLiteral<"none">, z.ZodArray<z.ZodObject<{
            tool: z.ZodString;
            arguments: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
            expect: z.ZodOptional<z.ZodArray<z.ZodObject<{
                isError: z.ZodOptional<z.ZodBoolean>;
                path: z.ZodOptional<z.ZodString>;
                equals: z.ZodOptional<z.ZodUnknown>;
                matches: z.ZodOptional<z.ZodString>;
                contains: z.ZodOptional<z.ZodUnknown>;
                exists: z.ZodOptional<z.ZodBoolean>;
                schema: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
                outputSchema: z.ZodOptional<z.ZodBoolean>;
                textContent: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
                    contains: z.ZodOptional<z.ZodString>;
                    matches: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>]>>;
                errorCode: z.ZodOptional<z.ZodNumber>;
                latencyMs: z.ZodOptional<z.ZodNumber>;
                latency: z.ZodOptional<z.ZodObject<{
                    recordedMs: z.ZodNumber;
                    factor: z.ZodOptional<z.ZodNumber>;
                    minMs: z.ZodOptional<z.ZodNumber>;
                }, z.core.$strict>>;
                notifications: z.ZodOptional<z.ZodArray<z.ZodString>>;
                snapshot: z.ZodOptional<z.ZodUnion<readonly [z.ZodBoolean, z.ZodString]>>;
                noFindings: z.ZodOptional<z.ZodEnum<{
                    error: "error";
                    warning: "warning";
                    info: "info";
                }>>;
            }, z.core.$strict>>>;
        }, z.core.$strict>>]>>;
        inOrder: z.ZodOptional<z.ZodBoolean>;
        only: z.ZodOptional<z.ZodBoolean>;
        reply: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
            contains: z.ZodOptional<z.ZodString>;
            matches: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>]>>;
        runs: z.ZodOptional<z.ZodNumber>;
        passRate: z.ZodOptional<z.ZodNumber>;
        maxTurns: z.ZodOptional<z.ZodNumber>;
        timeoutMs: z.ZodOptional<z.ZodNumber>;
        skip: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type Collection = z.infer<typeof CollectionSchema>;
/** Which kind a step is (validated steps have exactly one). */
export declare function stepKind(step: Step): StepKind;
/** Which kind an expectation is (validated ones have exactly one). */
export declare function expectationKind(e: Expectation): ExpectationKind;
/** A step's name as reports show it: its own, else what it calls. */
export declare function stepName(step: Step, index: number): string;
