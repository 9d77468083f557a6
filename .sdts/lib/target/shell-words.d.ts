/**
 * Command lines as a person types them: split like a POSIX shell without expansion
 * (whitespace separates; '…', "…" and backslash quote), and joined back so that splitting
 * gives the same words. Shared by the page's connection form, the launcher and target labels.
 */
export declare function splitShellWords(text: string): {
    ok: true;
    args: string[];
} | {
    ok: false;
    message: string;
};
export declare function joinShellWords(args: readonly string[]): string;
