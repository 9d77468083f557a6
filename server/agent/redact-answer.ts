import { SecretForms } from "../../lib/session/secret-forms";
import { redactPatterns } from "../../lib/session/secret-patterns";
import { filledByNameOn } from "../collections/filled-values";
import type { Connections } from "./connections";
import { outsideNameRefs } from "../../lib/collections/variables";

/** Values shorter than this are left (they would blank out ordinary words), as in a saved session. */
const MIN_SECRET_LENGTH = 4;

/** A value the inspector knows is secret, and what to call it in the marker (never the value). */
interface Known {
  what: string;
  value: string;
}

/**
 * What the inspector knows is secret on the agent's connections: the `env` values given to a
 * stdio target, the header values given to an HTTP one (and a `Bearer` header's token alone), and
 * the values collection runs filled from the environment (`${NAME}`).
 */
export function knownSecrets(connections: Connections): Known[] {
  const out: Known[] = [];
  for (const c of connections.list()) {
    const t = c.target;
    if (t?.transport === "stdio") for (const [k, v] of Object.entries(t.env ?? {})) out.push({ what: `env ${k}`, value: v });
    else if (t) {
      for (const [k, v] of Object.entries(t.headers ?? {})) {
        out.push({ what: `header ${k}`, value: v });
        const token = /^(?:Bearer|Basic|Token|Bot)\s+(\S{8,})$/i.exec(v.trim());
        if (token) out.push({ what: `header ${k}`, value: token[1]! });
      }
    }
    for (const [k, v] of filledByNameOn(c.link.record)) out.push({ what: `\${${k}}`, value: v });
  }
  return out.filter((k) => k.value.length >= MIN_SECRET_LENGTH).sort((a, b) => b.value.length - a.value.length);
}

/**
 * An agent answer with every known secret taken out (issue 62 point 3): each value in any form a
 * text carries it (as written, JSON-escaped, percent-encoded, base64… lib/session/secret-forms.ts),
 * in strings, keys and equal numbers, replaced by `[redacted: env NAME]`; and tokens and key
 * shapes the session redaction finds by pattern (`[redacted: bearer token]`). Agent transcripts
 * are logged and shared: what the agent passed to connect never comes back in clear.
 */
export function redactAnswer<T>(answer: T, known: readonly Known[]): T {
  const forms = new SecretForms(known.map((k) => k.value));
  const byNumber = new Map(known.map((k) => [k.value, k.what]));
  const one = (s: string): string => {
    const { text: out } = forms.replace(s, (i) => `[redacted: ${known[i]!.what}]`);
    return redactPatterns(out, (_secret, what) => `[redacted: ${what}]`);
  };
  // A `${NAME}` is a name, never a value: a refusal keeps the name it refused when a secret equals it.
  const text = (s: string): string => outsideNameRefs(s, one);
  const walk = (v: unknown, depth: number): unknown => {
    if (typeof v === "string") return text(v);
    // Deeper than any answer of ours: its text, redacted, rather than a value left unread.
    if (depth > 64 && v && typeof v === "object") return text(JSON.stringify(v) ?? "");
    if (typeof v === "number") return byNumber.has(String(v)) ? `[redacted: ${byNumber.get(String(v))}]` : v;
    if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1));
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [text(k), walk(x, depth + 1)]));
    return v;
  };
  return walk(answer, 0) as T;
}
