/**
 * RFC 6570 URI Templates, levels 1–4: the variables a template names (so a form can ask for
 * each) and the expansion of string values. Lists and maps are not offered by the form, so a
 * variable's value is one string; the explode modifier is accepted and treated like a string.
 *
 * Why not the SDK's `UriTemplate` (@modelcontextprotocol/client 2.4, tried on the templates the
 * official inspector lists): `{+v}`, `{?q,r}`, `{&k}`, `{.e}`, `{/p*}` and `{#f}` expand right, and
 * `{a,b}` expands to `1,2`; but `{;id}` is not an operator to it (the variable is named ";id" and
 * `{id: "7"}` expands to nothing instead of `;id=7`), `{id:3}` is not a prefix (the variable is
 * named "id:3", so `id` expands to nothing instead of its first 3 characters), and its `match()`
 * gives null for `{a,b}` and keeps the `#` in `{#f}`'s value. The page may not import the SDK
 * anyway (only server/engine and lib/protocol do), so this file stays.
 */
export interface TemplateVariable {
  name: string;
  /** The expression operator: "" (simple), +, #, ., /, ;, ?, & */
  operator: string;
  /** `:n` prefix length, if any. */
  maxLength?: number;
  explode: boolean;
}

const OPERATORS = new Set(["+", "#", ".", "/", ";", "?", "&"]);
const EXPRESSION = /\{([^{}]*)\}/g;

/** Each variable once, in the order it first appears. Malformed expressions are skipped. */
export function templateVariables(template: string): TemplateVariable[] {
  const seen = new Set<string>();
  const out: TemplateVariable[] = [];
  for (const m of template.matchAll(EXPRESSION)) {
    let body = m[1];
    let operator = "";
    if (body && OPERATORS.has(body[0])) {
      operator = body[0];
      body = body.slice(1);
    }
    for (const spec of body.split(",")) {
      const v = parseVarSpec(spec.trim(), operator);
      if (v && !seen.has(v.name)) {
        seen.add(v.name);
        out.push(v);
      }
    }
  }
  return out;
}

function parseVarSpec(spec: string, operator: string): TemplateVariable | undefined {
  const m = /^((?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2})(?:\.?(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2}))*)(?::([1-9]\d{0,3})|(\*))?$/.exec(spec);
  if (!m) return undefined;
  return { name: m[1], operator, maxLength: m[2] ? Number(m[2]) : undefined, explode: m[3] === "*" };
}

const OP_RULES: Record<string, { first: string; sep: string; named: boolean; ifEmpty: string; allowReserved: boolean }> = {
  "": { first: "", sep: ",", named: false, ifEmpty: "", allowReserved: false },
  "+": { first: "", sep: ",", named: false, ifEmpty: "", allowReserved: true },
  "#": { first: "#", sep: ",", named: false, ifEmpty: "", allowReserved: true },
  ".": { first: ".", sep: ".", named: false, ifEmpty: "", allowReserved: false },
  "/": { first: "/", sep: "/", named: false, ifEmpty: "", allowReserved: false },
  ";": { first: ";", sep: ";", named: true, ifEmpty: "", allowReserved: false },
  "?": { first: "?", sep: "&", named: true, ifEmpty: "=", allowReserved: false },
  "&": { first: "&", sep: "&", named: true, ifEmpty: "=", allowReserved: false },
};

/** Expands the template; undefined values are left out, as RFC 6570 says. */
export function expandTemplate(template: string, values: Record<string, string | undefined>): string {
  return template.replace(EXPRESSION, (_, raw: string) => {
    let body = raw;
    let op = "";
    if (body && OPERATORS.has(body[0])) {
      op = body[0];
      body = body.slice(1);
    }
    const rule = OP_RULES[op];
    const parts: string[] = [];
    for (const spec of body.split(",")) {
      const v = parseVarSpec(spec.trim(), op);
      if (!v) continue;
      const value = values[v.name];
      if (value === undefined) continue;
      const cut = v.maxLength !== undefined ? [...value].slice(0, v.maxLength).join("") : value;
      const enc = encode(cut, rule.allowReserved);
      parts.push(rule.named ? (enc === "" ? `${v.name}${rule.ifEmpty}` : `${v.name}=${enc}`) : enc);
    }
    return parts.length ? rule.first + parts.join(rule.sep) : "";
  });
}

const UNRESERVED = /[A-Za-z0-9\-._~]/;
const RESERVED = /[:/?#[\]@!$&'()*+,;=]/;

function encode(s: string, allowReserved: boolean): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (UNRESERVED.test(c) || (allowReserved && RESERVED.test(c))) out += c;
    else if (allowReserved && c === "%" && /^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) out += c;
    else {
      const cp = s.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      if (ch.length === 2) i++;
      out += [...new TextEncoder().encode(ch)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("");
    }
  }
  return out;
}
