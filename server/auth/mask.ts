import { OAUTH_SECRET_PARAMS } from "../../lib/session/secret-names";

/**
 * Secrets out of what the flow reports: tokens, client secrets, codes and verifiers are shown
 * as their length and last four characters (enough to tell two apart, not to use one).
 */

export const MAX_BODY = 4096;

/** Keys whose values are secrets, in form bodies, JSON bodies and query strings: the one list, lib/session/secret-names.ts. */
const SECRET_KEYS = OAUTH_SECRET_PARAMS;
const SECRET_HEADERS = new Set(["authorization", "cookie", "set-cookie", "proxy-authorization"]);
/** Headers holding a URL: a redirect back carries the authorization code in its query. */
const URL_HEADERS = new Set(["location", "content-location", "refresh"]);

const KEYS = [...SECRET_KEYS].sort((a, b) => b.length - a.length).join("|");
// key=value anywhere (a query string, a form, prose, a text/plain body); not error_code= or code_challenge=.
const IN_FORM = new RegExp(`(?<![A-Za-z0-9_.-])((?:${KEYS})=)([^&\\s"'<>]+)`, "gi");
// "key": "value" anywhere, even in JSON that does not parse (cut, or followed by junk): the closing quote is optional.
const IN_JSON = new RegExp(`("(?:${KEYS})"\\s*:\\s*")((?:[^"\\\\]|\\\\.)*)`, "gi");
// A value masked already: by maskSecret, or by it and then form-encoded.
const MASKED = /^(?:••••|(?:%E2%80%A2){4})/i;

/** "••••1a2b (36 chars)": a secret shown without being usable. */
export function maskSecret(secret: string): string {
  const tail = secret.length >= 16 ? secret.slice(-4) : "";
  return `••••${tail} (${secret.length} chars)`;
}

/** Header values with credentials masked: the scheme stays ("Bearer ••••…"). */
export function maskHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (URL_HEADERS.has(name)) out[name] = maskText(maskUrl(value));
    else if (!SECRET_HEADERS.has(name)) out[name] = value;
    else {
      const space = value.indexOf(" ");
      out[name] =
        space > 0 && name.endsWith("authorization") ? `${value.slice(0, space)} ${maskSecret(value.slice(space + 1))}` : maskSecret(value);
    }
  });
  return out;
}

function maskJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskJson);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, SECRET_KEYS.has(k) && typeof v === "string" ? maskSecret(v) : maskJson(v)]),
    );
  }
  return value;
}

function maskForm(text: string): string {
  const params = new URLSearchParams(text);
  for (const [k, v] of [...params]) if (SECRET_KEYS.has(k)) params.set(k, maskSecret(v));
  return params.toString();
}

/** A URL with secret query parameters masked (a callback carries the code). */
export function maskUrl(url: string): string {
  try {
    const u = new URL(url);
    if (![...u.searchParams.keys()].some((k) => SECRET_KEYS.has(k))) return url;
    u.search = maskForm(u.search.slice(1));
    return u.toString();
  } catch {
    return url;
  }
}

/**
 * Secrets in any text masked by their pattern: `access_token=…`, `code=…`, `"client_secret": "…"`
 * (the keys of SECRET_KEYS), whatever the content type says (issue 22: a text/plain token answer
 * was recorded as it came). Values masked already are left alone.
 */
export function maskText(text: string): string {
  const mask = (whole: string, key: string, value: string) => (MASKED.test(value) ? whole : `${key}${maskSecret(value)}`);
  return text.replace(IN_FORM, mask).replace(IN_JSON, mask);
}

/** A body with secrets masked, by what it is (JSON, a form), then by pattern whatever it is. */
export function maskBody(text: string, contentType: string | null): string {
  if (/json/i.test(contentType ?? "") || /^\s*[{[]/.test(text)) {
    try {
      return maskText(JSON.stringify(maskJson(JSON.parse(text))));
    } catch {
      // Not JSON after all: shown as text.
    }
  }
  if (/x-www-form-urlencoded/i.test(contentType ?? "")) return maskForm(text);
  return maskText(text);
}

/** At most MAX_BODY characters, and whether it was cut. */
export function bound(text: string): { body: string; truncated?: true } {
  return text.length > MAX_BODY ? { body: `${text.slice(0, MAX_BODY)}…`, truncated: true } : { body: text };
}
