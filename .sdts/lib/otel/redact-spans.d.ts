import type { SpanDraft } from "./spans";
/**
 * The strings a span carries, redacted as a shared session's are (lib/session/redact.ts): the
 * same patterns (a token in a URI's query, a bearer token in an error message), the same marker,
 * and a secret a pattern found once is hidden wherever it appears after, in any form. The live
 * export and `export --otlp` both pass every span through here (lib/otel/outgoing.ts), so what
 * one hides the other hides (issue 72: a token in a resource URI went out live in five places).
 */
export declare class SpanRedactor {
    private readonly salt;
    private readonly found;
    private forms;
    /** Strings seen again and again (methods, tool names) are redacted once. */
    private readonly memo;
    constructor(salt?: string);
    span(d: SpanDraft): SpanDraft;
    text(s: string): string;
}
