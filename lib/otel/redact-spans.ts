import { redactPatterns } from "../session/secret-patterns";
import { SecretForms } from "../session/secret-forms";
import { newSalt, redactionMarker } from "../session/secret-digest";
import type { SpanDraft } from "./spans";

/**
 * The strings a span carries, redacted as a shared session's are (lib/session/redact.ts): the
 * same patterns (a token in a URI's query, a bearer token in an error message), the same marker,
 * and a secret a pattern found once is hidden wherever it appears after, in any form. The live
 * export and `export --otlp` both pass every span through here (lib/otel/outgoing.ts), so what
 * one hides the other hides (issue 72: a token in a resource URI went out live in five places).
 */
export class SpanRedactor {
  private readonly found = new Map<string, string>();
  private forms: SecretForms | undefined;
  /** Strings seen again and again (methods, tool names) are redacted once. */
  private readonly memo = new Map<string, string>();

  constructor(private readonly salt: string = newSalt()) {}

  span(d: SpanDraft): SpanDraft {
    // Most spans hold nothing to hide: then the span itself, no copy (figure 11's garbage).
    if (this.unchanged(d)) return d;
    const attributes: SpanDraft["attributes"] = {};
    for (const k in d.attributes) {
      const v = d.attributes[k]!;
      attributes[k] = typeof v === "string" ? this.text(v) : v;
    }
    const out: SpanDraft = { ...d, name: this.text(d.name), attributes };
    if (d.error?.message !== undefined) out.error = { ...d.error, message: this.text(d.error.message) };
    return out;
  }

  /** Whether redacting `d` changes none of its strings. */
  private unchanged(d: SpanDraft): boolean {
    // In span()'s order: a secret found in one string is hidden in those after it.
    for (const k in d.attributes) {
      const v = d.attributes[k]!;
      if (typeof v === "string" && this.text(v) !== v) return false;
    }
    if (this.text(d.name) !== d.name) return false;
    return d.error?.message === undefined || this.text(d.error.message) === d.error.message;
  }

  text(s: string): string {
    const known = this.memo.get(s);
    if (known !== undefined) return known;
    const before = this.found.size;
    let out = s;
    if (this.forms) {
      const secrets = [...this.found.keys()];
      out = this.forms.replace(s, (i) => redactionMarker(this.found.get(secrets[i]!)!, secrets[i]!, this.salt)).text;
    }
    out = redactPatterns(out, (secret, what) => {
      if (!this.found.has(secret)) this.found.set(secret, what);
      return redactionMarker(what, secret, this.salt);
    });
    if (this.found.size !== before) {
      // A new secret: strings remembered before may hold it.
      this.forms = new SecretForms([...this.found.keys()]);
      this.memo.clear();
    }
    if (s.length <= MEMO_LENGTH) {
      if (this.memo.size >= MEMO_SIZE) this.memo.clear();
      this.memo.set(s, out);
    }
    return out;
  }
}

const MEMO_LENGTH = 512;
const MEMO_SIZE = 4096;
