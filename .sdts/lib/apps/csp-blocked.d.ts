import type { AppCsp } from "./app-meta";
/** The CSP field (MCP Apps `_meta.ui.csp`, and ChatGPT's `openai/widgetCSP` name for it) that allows what a directive refused. */
export interface CspField {
    field: keyof AppCsp;
    openai: string;
}
/** The field that allows what `directive` refused; undefined for one no field governs (eval, base-uri, form-action…). */
export declare function cspFieldOf(directive: string): CspField | undefined;
/** A refused load from another origin: what the App could have declared, and the origin to declare. */
export interface BlockedLoad {
    directive: string;
    url: string;
    origin: string;
    field: CspField;
}
/**
 * The loads a CSP violation stands for that a declaration would allow: an http(s) or ws(s) URL of
 * an origin that may stand as a CSP source (lib/apps/csp.ts). Eval, inline code and data: are not
 * (no field can allow them), nor an origin the host would drop anyway.
 */
export declare function blockedLoadOf(v: {
    directive: string;
    blockedUri: string;
}): BlockedLoad | undefined;
/** The loads once each by origin and field, in the order first refused. */
export declare function distinctBlocked(loads: readonly BlockedLoad[]): BlockedLoad[];
/**
 * The declared CSP widened by the refused origins (the "relaxed" mode, for one page session): each
 * origin added to the field that allows it. What a server declares is never narrowed.
 */
export declare function relaxedCsp(declared: AppCsp | undefined, loads: readonly BlockedLoad[]): AppCsp;
/** What the server would declare to allow the loads: ChatGPT's `openai/widgetCSP`, or MCP Apps' `_meta.ui.csp`, as JSON. */
export declare function cspDeclarationOf(loads: readonly BlockedLoad[], openai: boolean): string;
