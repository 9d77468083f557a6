import type { AppCsp, AppPermissions } from "./app-meta";
/** Why a declared CSP domain is not used, or undefined when it is a valid origin. */
export declare function cspSourceProblem(source: string): string | undefined;
/** The declared origins that may stand as CSP sources (each checked by `cspSourceProblem`), without a trailing slash, once each. */
export declare function frameSourcesOf(list: readonly string[] | undefined): string[];
/** The policy an App's document runs under: deny-all by default, widened only by the resource's own `_meta.ui.csp`. */
export declare function buildAppCsp(csp: AppCsp | undefined): string;
/**
 * The App's document with its policy as the first thing the parser meets, before any of the
 * App's own bytes (which are never parsed or edited here): a later `<html>` or `<head>` in the
 * App merges into the one this starts, and a meta CSP the App adds can only narrow it. Then the
 * App's error reporter (lib/apps/app-errors.ts), the CSP reporter and the prelude that removes what
 * a CSP does not govern (lib/apps/app-prelude.ts). `source` names the App's HTML in its errors (its ui:// uri).
 */
export declare function wrapAppHtml(html: string, csp: string, hostScript?: string, source?: string): string;
/**
 * Why a CSP violation is the host's policy rather than the App's fault, or undefined when the App
 * could have avoided it. eval (and wasm-eval) is refused by the MCP Apps spec's default policy and
 * by the official hosts, and no `_meta.ui.csp` field can allow it: a bundle that probes for eval
 * and falls back (the official example Apps do) is following the rules, so this is information.
 */
export declare function hostPolicyReason(v: {
    directive: string;
    blockedUri: string;
}): string | undefined;
/** The key of the envelope the App's frame posts a CSP violation in (not JSON-RPC, so the bridge ignores it). */
export declare const CSP_VIOLATION_KEY = "mcp-inspector/csp-violation";
/** The inner frame's `sandbox`: scripts and forms, never same-origin, popups or top navigation. */
export declare const APP_SANDBOX = "allow-scripts allow-forms";
/** The frame's `allow` (permissions policy) for what the resource asked for. */
export declare function allowAttribute(permissions: AppPermissions | undefined): string;
