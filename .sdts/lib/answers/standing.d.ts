import type { Root, StandingAnswers } from "./schema";
export type StandingReply = {
    result: Record<string, unknown>;
} | {
    error: {
        code: number;
        message: string;
    };
};
/**
 * What the standing answers say to a server->client request, or undefined when the person
 * must answer it: roots/list always from the roots list; sampling/createMessage when canned
 * rules are on and one matches; elicitation/create unless the policy is "ask".
 */
export declare function standingAnswer(method: string, params: unknown, answers: StandingAnswers): StandingReply | undefined;
/** What roots/list is answered with: names only when given. */
export declare function rootsResult(roots: readonly Root[]): {
    roots: Root[];
};
/**
 * The defaults a requestedSchema declares (SEP-1034: string, number, integer, boolean and enum
 * properties may carry `default`), as the content of an accepting ElicitResult. A property
 * without a default is left out: the server's own validation says whether it may be.
 */
export declare function schemaDefaults(schema: unknown): Record<string, unknown>;
