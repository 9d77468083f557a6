import type { AppCsp, AppPermissions } from "./app-meta";
import { APP_PRELUDE } from "./app-prelude";
import { APP_SIZE_KEY } from "./sandbox-events";
import { appErrorReporter } from "./app-errors";

/**
 * A CSP source an App may name: an https (or wss, for connections) origin, optionally with a
 * `*.` subdomain wildcard; plain http only for loopback (local development). Anything else is
 * malformed or wider than an origin (`https:`, `*`, a path that smuggles `;`) and is dropped:
 * the host never loosens the App's policy beyond what the spec's fields can mean.
 */
const ORIGIN = /^(https|wss):\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?\/?$/i;
const LOOPBACK = /^(http|ws):\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?\/?$/i;

/** Why a declared CSP domain is not used, or undefined when it is a valid origin. */
export function cspSourceProblem(source: string): string | undefined {
  if (/[\s;,'"]/.test(source)) return "contains a space, quote, comma or semicolon (it would inject CSP syntax)";
  if (source === "*" || /^[a-z]+:$/i.test(source)) return "is wider than an origin (a bare scheme or *)";
  if (ORIGIN.test(source) || LOOPBACK.test(source)) return undefined;
  if (/^http:\/\//i.test(source)) return "is plain http on a non-loopback host (only https origins)";
  return "is not an https origin (scheme://host[:port])";
}

function valid(list: readonly string[] | undefined): string[] {
  return (list ?? []).filter((s) => cspSourceProblem(s) === undefined).map((s) => s.replace(/\/$/, ""));
}

/** The declared origins that may stand as CSP sources (each checked by `cspSourceProblem`), without a trailing slash, once each. */
export function frameSourcesOf(list: readonly string[] | undefined): string[] {
  return [...new Set(valid(list))];
}

/** The policy an App's document runs under: deny-all by default, widened only by the resource's own `_meta.ui.csp`. */
export function buildAppCsp(csp: AppCsp | undefined): string {
  const resource = valid(csp?.resourceDomains);
  const connect = valid(csp?.connectDomains);
  const frame = valid(csp?.frameDomains);
  const base = valid(csp?.baseUriDomains);
  const with_ = (fixed: string, extra: string[]) => [fixed, ...extra].join(" ");
  return [
    "default-src 'none'",
    // An App is one self-contained HTML file (its bundle inline): inline script and style are how it runs.
    // 'report-sample' puts the first 40 characters of refused code in the violation report: it tells
    // a library's eval probe (`new Function("")`, zod 4's allowsEval) from an App that evals its code.
    with_("script-src 'self' 'unsafe-inline' 'report-sample'", resource),
    with_("style-src 'self' 'unsafe-inline'", resource),
    with_("img-src 'self' data: blob:", resource),
    with_("font-src 'self' data:", resource),
    with_("media-src 'self' data: blob:", resource),
    `connect-src ${connect.length ? connect.join(" ") : "'none'"}`,
    `frame-src ${frame.length ? frame.join(" ") : "'none'"}`,
    `base-uri ${base.length ? base.join(" ") : "'self'"}`,
    "object-src 'none'",
    "form-action 'none'",
  ].join("; ");
}

function escapeAttribute(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * The App's document with its policy as the first thing the parser meets, before any of the
 * App's own bytes (which are never parsed or edited here): a later `<html>` or `<head>` in the
 * App merges into the one this starts, and a meta CSP the App adds can only narrow it. Then the
 * App's error reporter (lib/apps/app-errors.ts), the CSP reporter and the prelude that removes what
 * a CSP does not govern (lib/apps/app-prelude.ts). `source` names the App's HTML in its errors (its ui:// uri).
 */
export function wrapAppHtml(html: string, csp: string, hostScript = "", source = "the App's HTML"): string {
  const head = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">`;
  const rest = `${CSP_REPORTER}${SIZE_REPORTER}${APP_PRELUDE}${hostScript}`;
  // The App's bytes start on a line of their own, after the host's: its line N is the srcdoc's
  // line N + offset, so the error reporter (lib/apps/app-errors.ts) names the App's own lines.
  const offset = lineCount(head) + lineCount(rest) + 1;
  return `<!doctype html>${head}${appErrorReporter(offset, source)}${rest}\n${html}`;
}

const lineCount = (s: string) => s.split("\n").length - 1;

/**
 * Reports the App document's content height to the host (APP_SIZE_KEY, lib/apps/sandbox-events.ts)
 * on every DOM change, load and resize, measured as ext-apps' own App does (the root at
 * max-content). The App's size-changed comes from a ResizeObserver in an animation frame, and
 * Chromium runs neither in a cross-origin frame out of view: painted below the fold, the frame
 * kept its starting 320 px while the App was 600 px tall (issue 50). A MutationObserver callback
 * and a timer run there too. DOM changes are measured once per task that made them, in a timer:
 * measured in the observer's own microtask, each batch of the App's start-up forced a layout
 * before its first paint (figure 8's trace: 17 ms of its 160 ms first task); so are the document's
 * own events (DOMContentLoaded, each load, resize, fonts): measured in the DOMContentLoaded task,
 * the root at max-content was a second full layout just before the App's first paint (14 ms). The
 * root's own style changes (this measure's and the App SDK's) are not DOM changes for it.
 * Until a first height is reported, a measure of 0 is tried again, 20 ms later and doubling, eight
 * times (~5 s): Chromium can lay a new frame's document out as 0 px tall in its first tasks (the
 * root's offsetHeight 0 with the body's 8-px margins), and an App with nothing more to change (its
 * script refused by its CSP) then gave no event to measure again on: it was never sized nor
 * brought into view (issue 76, e2e/apps-pizzaz, ~1 run in 13 on a loaded machine).
 */
const SIZE_REPORTER = `<script>(function(){var p=window.parent,last=0;function m(){var d=document.documentElement;if(!d||!document.body)return;var o=d.style.height;d.style.height="max-content";var h=Math.ceil(d.getBoundingClientRect().height);d.style.height=o;if(h>0&&h!==last){last=h;try{p.postMessage({"${APP_SIZE_KEY}":{height:h}},"*")}catch(_){}}else if(!last&&tries<8)setTimeout(soon,20<<tries++)}var tries=0;var t=0;function later(){t=0;m()}function soon(){if(!t)t=setTimeout(later,0)}new MutationObserver(function(rs){for(var i=0;i<rs.length;i++){var r=rs[i];if(!(r.type==="attributes"&&r.target===document.documentElement)){soon();return}}}).observe(document,{childList:true,subtree:true,characterData:true,attributes:true});addEventListener("load",soon,true);addEventListener("resize",soon);document.addEventListener("DOMContentLoaded",soon);try{document.fonts&&document.fonts.addEventListener("loadingdone",soon)}catch(_){}})()</script>`;

/**
 * Why a CSP violation is the host's policy rather than the App's fault, or undefined when the App
 * could have avoided it. eval (and wasm-eval) is refused by the MCP Apps spec's default policy and
 * by the official hosts, and no `_meta.ui.csp` field can allow it: a bundle that probes for eval
 * and falls back (the official example Apps do) is following the rules, so this is information.
 */
export function hostPolicyReason(v: { directive: string; blockedUri: string }): string | undefined {
  if (isEvalProbe(v))
    return "a library's probe for eval (it builds an empty function and runs nothing), refused as every MCP Apps host refuses eval";
  if (/^script-src/.test(v.directive) && /^(eval|wasm-eval)$/.test(v.blockedUri))
    return "the MCP Apps default policy (and the official hosts) never allow eval; an App that tries it and goes on works everywhere";
  return undefined;
}

/**
 * Whether a refused eval is a feature probe rather than code the App meant to run: the refused
 * code (the report's sample, from `'report-sample'`) is a function with an empty body, as zod 4's
 * `allowsEval` builds (`const F = Function; new F("")`, in every ext-apps example's bundle), and
 * an empty function runs nothing, whatever the App does with it. Without a sample (a recording
 * made before samples were reported) it is not a probe: real eval stays flagged.
 */
export function isEvalProbe(v: { directive: string; blockedUri: string; sample?: string }): boolean {
  if (!/^script-src/.test(v.directive) || v.blockedUri !== "eval" || v.sample === undefined) return false;
  return /^\(?function anonymous\([\w$,\s]*\)\s*\{\s*\}\)?$/.test(v.sample);
}

/** The key of the envelope the App's frame posts a CSP violation in (not JSON-RPC, so the bridge ignores it). */
export const CSP_VIOLATION_KEY = "mcp-inspector/csp-violation";

/**
 * Reports each CSP violation in the App's document to the host. A meta policy cannot carry
 * report-uri, and the event fires only inside the App's (opaque-origin) document, which neither
 * the page nor the sandbox proxy can reach: so a listener goes in ahead of the App's bytes,
 * holding `parent` before the App's script could replace it. The App can post a forged one; the
 * timeline says it is what the frame reported.
 */
const CSP_REPORTER = `<script>(function(){var p=window.parent;document.addEventListener("securitypolicyviolation",function(e){try{p.postMessage({"${CSP_VIOLATION_KEY}":{directive:String(e.effectiveDirective||e.violatedDirective||""),blockedUri:String(e.blockedURI||""),sourceFile:e.sourceFile?String(e.sourceFile):undefined,line:e.lineNumber||undefined,disposition:String(e.disposition||""),sample:e.sample?String(e.sample):undefined}},"*")}catch(_){}})})()</script>`;

/** The inner frame's `sandbox`: scripts and forms, never same-origin, popups or top navigation. */
export const APP_SANDBOX = "allow-scripts allow-forms";

/** The frame's `allow` (permissions policy) for what the resource asked for. */
export function allowAttribute(permissions: AppPermissions | undefined): string {
  const names: [keyof AppPermissions, string][] = [
    ["camera", "camera"],
    ["microphone", "microphone"],
    ["geolocation", "geolocation"],
    ["clipboardWrite", "clipboard-write"],
  ];
  return names
    .filter(([k]) => permissions?.[k] !== undefined)
    .map(([, feature]) => feature)
    .join("; ");
}
