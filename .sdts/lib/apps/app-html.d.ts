/** The HTML of a UI resource's contents: its text, or its base64 blob decoded as UTF-8; undefined when it has neither. */
export declare function appHtmlOf(content: {
    text?: unknown;
    blob?: unknown;
} | undefined): string | undefined;
/** The content of a resources/read result for `uri` (or its first one). */
export declare function contentOf(result: unknown, uri: string): Record<string, unknown> | undefined;
