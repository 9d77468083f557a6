import { KEY_VARIABLES, type KeyVariable } from "../../lib/model/spec";
import { SecretForms } from "../../lib/session/secret-forms";

/** What a masked key shows as, in errors, the record and the page. */
export const MASK = "••••";

/**
 * Keys shorter than this are not searched for in text: a one-letter "key" would mask every
 * occurrence of that letter. No provider issues keys this short.
 */
const MIN_MASKED = 6;
/** Providers echo a key's head in their 401 ("Incorrect API key provided: sk-proj-abcd…wxyz"). */
const HEAD = 12;

/**
 * The model keys of this backend process, in memory only: never written to a file, the record,
 * a link or a child's argv or environment (issue 40). Filled from the environment at start and
 * from what the person types in the page.
 */
export class KeyStore {
  private readonly keys = new Map<string, string>();
  /** The search for every held key in every form a text may carry it, made again when a key changes. */
  private forms?: SecretForms;

  /** The keys in ANTHROPIC_API_KEY, OPENAI_API_KEY and MODEL_API_KEY (the environment is left as it is). */
  static fromEnv(env: NodeJS.ProcessEnv): KeyStore {
    const store = new KeyStore();
    for (const name of KEY_VARIABLES) {
      const value = env[name]?.trim();
      if (value) store.set(name, value);
    }
    return store;
  }

  set(variable: KeyVariable | string, key: string): void {
    const trimmed = key.trim();
    if (trimmed) this.keys.set(variable, trimmed);
    else this.keys.delete(variable);
    this.forms = undefined;
  }

  has(variable: KeyVariable | string): boolean {
    return this.keys.has(variable);
  }

  get(variable: KeyVariable | string): string | undefined {
    return this.keys.get(variable);
  }

  /** Which variables hold a key (names only: what the page may be told). */
  variables(): string[] {
    return [...this.keys.keys()];
  }

  /**
   * `text` with every held key, and the head of every long key, replaced by "••••": as written and
   * in every form an answer may carry it (issue 52 item 4: JSON-escaped, percent-encoded, in
   * another case, split by invisible characters, hex, base64 or base64url at any alignment, split
   * across a stream's chunks; lib/session/secret-forms.ts).
   */
  mask(text: string): string {
    if (!this.keys.size) return text;
    this.forms ??= new SecretForms(
      [...this.keys.values()].flatMap((key) => (key.length > HEAD * 2 ? [key, key.slice(0, HEAD)] : [key])),
      { formsMin: MIN_MASKED, literalMin: MIN_MASKED },
    );
    return this.forms.replace(text, () => MASK).text;
  }

  /** A value (an event, a tool call's arguments) with every string in it, object keys included, masked. */
  maskDeep<T>(value: T): T {
    return this.keys.size ? (deepMask(value, (s) => this.mask(s)) as T) : value;
  }
}

function deepMask(value: unknown, mask: (s: string) => string): unknown {
  if (typeof value === "string") return mask(value);
  if (Array.isArray(value)) return value.map((v) => deepMask(v, mask));
  // Plain objects only: a Uint8Array (an image part) or a URL is kept as it is.
  const proto = value && typeof value === "object" ? Object.getPrototypeOf(value) : undefined;
  if (proto === Object.prototype || proto === null)
    return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [mask(k), deepMask(v, mask)]));
  return value;
}
