import { SecretForms } from "../../lib/session/secret-forms";
import { redactPatterns } from "../../lib/session/secret-patterns";
import type { Target } from "../../lib/target/target";

/** Shorter values are left: "1", "true", "debug" would be masked in ordinary words. */
const MIN_LENGTH = 6;

/**
 * What a report about `target` may not show: its env and header values (a `Bearer` header's token
 * alone too), in every form a text may carry them, and tokens by pattern. A server's stderr or an
 * error may repeat them, and a check's report is logged and shared (red-team 7). `filled`: the
 * values a host's file took from the environment (`${VAR}`, an envFile, a variable a field names),
 * wherever they went: an argument, the command, a URL (issue 71).
 */
export function maskKnown(target: Target | undefined, filled: readonly string[] = []): (text: string) => string {
  const values = [
    ...filled,
    ...(target?.transport === "stdio"
      ? Object.values(target.env ?? {})
      : Object.values(target?.headers ?? {}).flatMap((v) => [v, /^(?:Bearer|Basic|Token|Bot)\s+(\S+)$/i.exec(v.trim())?.[1] ?? ""])),
  ];
  const known = values.filter((v) => v.length >= MIN_LENGTH).sort((a, b) => b.length - a.length);
  const forms = new SecretForms(known);
  return (text) => redactPatterns(known.length ? forms.replace(text, () => "[redacted]").text : text, (_s, what) => `[redacted: ${what}]`);
}

/** Every string of a JSON-shaped value (a report) through `mask`. */
export function maskStrings<T>(value: T, mask: (text: string) => string): T {
  const walk = (v: unknown): unknown =>
    typeof v === "string"
      ? mask(v)
      : Array.isArray(v)
        ? v.map(walk)
        : v && typeof v === "object"
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]))
          : v;
  return walk(value) as T;
}
