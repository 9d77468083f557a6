import type { CannedRule } from "./schema";
/**
 * Canned sampling responses: rules that answer sampling/createMessage requests whose text
 * matches, without asking. Off by default; the page shows loudly when they are on.
 */
/** Every text a sampling request carries: the system prompt and each text block of each message. */
export declare function samplingText(params: unknown): string;
/** A rule's matcher, or an error in words when its regular expression does not compile. */
export declare function compileRule(match: string): ((text: string) => boolean) | Error;
/** The first rule matching the request, as the CreateMessageResult to send; else undefined. */
export declare function cannedAnswer(rules: readonly CannedRule[], params: unknown): {
    rule: number;
    result: Record<string, unknown>;
} | undefined;
