/**
 * A small JSON path: `$`, `.name`, `[0]`, `[-1]` (from the end), `['a key']` / `["a key"]`. Enough
 * to point at a field of a result; no filters or wildcards, so a path names one value or none.
 */
export type PathSegment = string | number;

/** The path's segments, or an Error saying what is wrong with it. */
export function parsePath(path: string): PathSegment[] | Error {
  if (!path.startsWith("$")) return new Error(`a path starts with $, got ${path}`);
  const out: PathSegment[] = [];
  const re = /\.([A-Za-z_$][\w$-]*)|\[(-?\d+)\]|\['((?:[^'\\]|\\.)*)'\]|\["((?:[^"\\]|\\.)*)"\]/y;
  let i = 1;
  while (i < path.length) {
    re.lastIndex = i;
    const m = re.exec(path);
    if (!m) return new Error(`cannot read the path ${path} at "${path.slice(i)}" (write .name, [0] or ['a key'])`);
    out.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (m[3] ?? m[4]).replace(/\\(.)/g, "$1")));
    i = re.lastIndex;
  }
  return out;
}

/** The value at the path, and whether there is one (a present `null` is found). */
export function valueAtPath(root: unknown, path: string): { found: boolean; value?: unknown; error?: string } {
  const segments = parsePath(path);
  if (segments instanceof Error) return { found: false, error: segments.message };
  let v: unknown = root;
  for (const s of segments) {
    if (typeof s === "number") {
      if (!Array.isArray(v)) return { found: false };
      const i = s < 0 ? v.length + s : s;
      if (i < 0 || i >= v.length) return { found: false };
      v = v[i];
    } else {
      if (typeof v !== "object" || v === null || Array.isArray(v) || !Object.hasOwn(v, s)) return { found: false };
      v = (v as Record<string, unknown>)[s];
    }
  }
  return { found: true, value: v };
}

/** Structural equality of JSON values (key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => jsonEqual(x, (b as unknown[])[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && jsonEqual((a as never)[k], (b as never)[k]));
}
