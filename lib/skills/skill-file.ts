import { parse as parseYaml } from "yaml";

// A SKILL.md is YAML frontmatter between `---` lines, then markdown. SEP-2640: the listing's
// `frontmatter` is the file's, field for field, so a host can decide from the listing alone.

/** The frontmatter text (without its fences) and the markdown body; no frontmatter when the file has no fenced block. */
export function splitSkillFile(text: string): { frontmatter?: string; body: string } {
  if (!/^---[ \t]*\r?\n/.test(text)) return { body: text };
  const rest = text.slice(text.indexOf("\n") + 1);
  const close = rest.search(/^---[ \t]*\r?$/m);
  if (close === -1) return { body: text };
  const frontmatter = rest.slice(0, close).replace(/\r?\n$/, "");
  const after = rest.slice(close);
  const newline = after.indexOf("\n");
  return newline === -1 ? { frontmatter, body: "" } : { frontmatter, body: after.slice(newline + 1).replace(/^\r?\n/, "") };
}

const MAX_DEPTH = 64;

/** The frontmatter's fields, or why they cannot be compared (not YAML, not a mapping, an alias cycle, too deep). */
export function parseFrontmatter(yamlText: string): { fields: Record<string, unknown> } | { error: string } {
  let parsed: unknown;
  try {
    // maxAliasCount bounds the "billion laughs" expansion of a hostile file.
    parsed = parseYaml(yamlText, { maxAliasCount: 100 });
  } catch (e) {
    return { error: (e as Error).message.split("\n")[0] };
  }
  if (parsed === null || parsed === undefined) {
    const hasContent = yamlText.split("\n").some((l) => l.trim() !== "" && !l.trimStart().startsWith("#"));
    return hasContent ? { error: "frontmatter is not a YAML mapping of fields" } : { fields: {} };
  }
  if (typeof parsed !== "object" || Array.isArray(parsed)) return { error: "frontmatter is not a YAML mapping of fields" };
  const graph = jsonGraphError(parsed);
  return graph ? { error: graph } : { fields: parsed as Record<string, unknown> };
}

/** Why a value has no JSON equivalent to compare (a cycle, or nesting past MAX_DEPTH); undefined when it has one. */
export function jsonGraphError(value: unknown, seen = new Set<object>(), depth = 0): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  if (depth > MAX_DEPTH) return `frontmatter nests deeper than ${MAX_DEPTH} levels`;
  if (seen.has(value)) return "frontmatter contains a cyclic YAML alias, which has no JSON equivalent";
  seen.add(value);
  for (const member of Array.isArray(value) ? value : Object.values(value)) {
    const error = jsonGraphError(member, seen, depth + 1);
    if (error) return error;
  }
  seen.delete(value);
  return undefined;
}

/** Deep equality of JSON-like values (YAML may give Dates or NaN: compared by identity then). */
export function jsonLikeEqual(a: unknown, b: unknown): boolean {
  if (typeof a === "number" || typeof b === "number") return typeof a === typeof b && Object.is(a, b);
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const y = b as unknown[];
    return a.length === y.length && a.every((v, i) => jsonLikeEqual(v, y[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => Object.hasOwn(y, k) && jsonLikeEqual(x[k], y[k]));
}
