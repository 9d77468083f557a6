/** The frontmatter text (without its fences) and the markdown body; no frontmatter when the file has no fenced block. */
export declare function splitSkillFile(text: string): {
    frontmatter?: string;
    body: string;
};
/** The frontmatter's fields, or why they cannot be compared (not YAML, not a mapping, an alias cycle, too deep). */
export declare function parseFrontmatter(yamlText: string): {
    fields: Record<string, unknown>;
} | {
    error: string;
};
/** Why a value has no JSON equivalent to compare (a cycle, or nesting past MAX_DEPTH); undefined when it has one. */
export declare function jsonGraphError(value: unknown, seen?: Set<object>, depth?: number): string | undefined;
/** Deep equality of JSON-like values (YAML may give Dates or NaN: compared by identity then). */
export declare function jsonLikeEqual(a: unknown, b: unknown): boolean;
