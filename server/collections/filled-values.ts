import { outsideNameRefs, type Filled } from "../../lib/collections/variables";

/**
 * The values a collection run filled from the environment (`${NAME}`) are the person's secrets
 * until shown otherwise: the runner knows exactly which they are, so exactly those are taken out
 * of whatever the run produces (reports, CLI lines, recordings), whatever pattern or field name
 * would have missed them (issue 52 point 2). Values shorter than the session redaction's minimum
 * (4 characters) are left: they would blank out ordinary words.
 */
const MIN_LENGTH = 4;

/** The forms a filled value takes in what comes back: as it was, and JSON-escaped (inside a string that holds JSON). */
function formsOf(filled: ReadonlyMap<string, string>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [name, value] of filled) {
    if (value.length < MIN_LENGTH) continue;
    const marker = `[redacted: \${${name}}]`;
    out.push([value, marker]);
    const escaped = JSON.stringify(value).slice(1, -1);
    if (escaped !== value) out.push([escaped, marker]);
  }
  // Longest first, so a value that contains another is replaced whole.
  return out.sort((a, b) => b[0].length - a[0].length);
}

/** The value with every filled value (in any string, key or equal number) replaced by `[redacted: ${NAME}]`. */
export function redactFilled<T>(value: T, filled: ReadonlyMap<string, string>): T {
  const forms = formsOf(filled);
  if (!forms.length) return value;
  const one = (s: string) => forms.reduce((acc, [v, marker]) => (acc.includes(v) ? acc.split(v).join(marker) : acc), s);
  // A `${NAME}` is a name, never a value: a refusal keeps the name it refused when a filled value equals it (issue 62).
  const text = (s: string): string => outsideNameRefs(s, one);
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return text(v);
    if (typeof v === "number") {
      const hit = forms.find(([f]) => f === String(v));
      return hit ? hit[1] : v;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [text(k), walk(x)]));
    return v;
  };
  return walk(value) as T;
}

/** The values themselves, for the session redaction's `extra` (it finds their escaped forms in raw frames itself). */
export function filledValues(filled: ReadonlyMap<string, string>): string[] {
  return [...new Set(filled.values())].filter((v) => v.length >= MIN_LENGTH);
}

/**
 * What collection runs filled on a live connection's record (the page's, an agent connection's),
 * so whoever saves that record (the page's export, the agent's save_session) can take the values
 * out: `filledOn(record)` gives them.
 */
const byRecord = new WeakMap<object, Filled>();

export function noteFilled(record: object, filled: Filled): void {
  const kept = byRecord.get(record) ?? new Map<string, string>();
  for (const [k, v] of filled) kept.set(k, v);
  byRecord.set(record, kept);
}

/** The values collection runs filled into this record's requests (empty when none did). */
export function filledOn(record: object): string[] {
  return filledValues(byRecord.get(record) ?? new Map());
}

/** The same, by name, for redactFilled (its marker names the variable). */
export function filledByNameOn(record: object): ReadonlyMap<string, string> {
  return byRecord.get(record) ?? new Map();
}
