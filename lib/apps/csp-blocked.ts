import type { AppCsp } from "./app-meta";
import { cspSourceProblem, hostPolicyReason } from "./csp";

/** The CSP field (MCP Apps `_meta.ui.csp`, and ChatGPT's `openai/widgetCSP` name for it) that allows what a directive refused. */
export interface CspField {
  field: keyof AppCsp;
  openai: string;
}

const RESOURCE: CspField = { field: "resourceDomains", openai: "resource_domains" };
const CONNECT: CspField = { field: "connectDomains", openai: "connect_domains" };
const FRAME: CspField = { field: "frameDomains", openai: "frame_domains" };

/** The field that allows what `directive` refused; undefined for one no field governs (eval, base-uri, form-action…). */
export function cspFieldOf(directive: string): CspField | undefined {
  if (/^(script|style|img|font|media)-src/.test(directive)) return RESOURCE;
  if (/^connect-src/.test(directive)) return CONNECT;
  if (/^(frame|child)-src/.test(directive)) return FRAME;
  return undefined;
}

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
export function blockedLoadOf(v: { directive: string; blockedUri: string }): BlockedLoad | undefined {
  if (hostPolicyReason(v)) return undefined;
  const field = cspFieldOf(v.directive);
  // scheme://host[:port], as the frame reported it (no user info: a CSP source has none).
  const m = /^((?:https?|wss?):\/\/[^/?#\s@]+)(?:[/?#]|$)/i.exec(v.blockedUri);
  const origin = m?.[1].toLowerCase();
  if (!field || !origin || cspSourceProblem(origin) !== undefined) return undefined;
  return { directive: v.directive, url: v.blockedUri, origin, field };
}

/** The loads once each by origin and field, in the order first refused. */
export function distinctBlocked(loads: readonly BlockedLoad[]): BlockedLoad[] {
  const seen = new Set<string>();
  return loads.filter((l) => {
    const key = `${l.field.field} ${l.origin}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The declared CSP widened by the refused origins (the "relaxed" mode, for one page session): each
 * origin added to the field that allows it. What a server declares is never narrowed.
 */
export function relaxedCsp(declared: AppCsp | undefined, loads: readonly BlockedLoad[]): AppCsp {
  const out: AppCsp = { ...declared };
  for (const l of loads) {
    const list = out[l.field.field] ?? [];
    if (!list.includes(l.origin)) out[l.field.field] = [...list, l.origin];
  }
  return out;
}

/** What the server would declare to allow the loads: ChatGPT's `openai/widgetCSP`, or MCP Apps' `_meta.ui.csp`, as JSON. */
export function cspDeclarationOf(loads: readonly BlockedLoad[], openai: boolean): string {
  const fields: Record<string, string[]> = {};
  for (const l of distinctBlocked(loads)) (fields[openai ? l.field.openai : l.field.field] ??= []).push(l.origin);
  return openai ? JSON.stringify({ "openai/widgetCSP": fields }) : JSON.stringify({ ui: { csp: fields } });
}
