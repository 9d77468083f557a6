import { KEY_VARIABLES, type KeyVariable } from "../../lib/model/spec";

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

  /** `text` with every held key, and the head of every long key, replaced by "••••". */
  mask(text: string): string {
    let out = text;
    for (const key of this.keys.values()) {
      if (key.length < MIN_MASKED) continue;
      out = out.split(key).join(MASK);
      if (key.length > HEAD * 2) out = out.split(key.slice(0, HEAD)).join(MASK);
    }
    return out;
  }
}
