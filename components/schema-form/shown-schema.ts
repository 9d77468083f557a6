import { hasInvisible } from "../../lib/text/visible";
import { shownName, shownProse } from "../shown-text";

/** Keywords whose values are data, not schema: never rewritten. */
const DATA = new Set(["const", "default", "enum", "examples"]);

/**
 * The schema a form draws, with every `title` and `description` the server wrote escaped, and a
 * title given to each property whose name holds a character that could reorder or hide text
 * (issue 52 item 7): the form's labels come from these. Only what is shown changes: keys, types
 * and data keywords are kept, so validation and the arguments sent are the same.
 */
export function shownSchema<T>(schema: T): T {
  return walk(schema) as T;
}

function walk(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(walk);
  if (!node || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (DATA.has(k)) out[k] = v;
    else if (k === "title" && typeof v === "string") out[k] = shownName(v);
    else if (k === "description" && typeof v === "string") out[k] = shownProse(v);
    else if (k === "properties" && v && typeof v === "object" && !Array.isArray(v))
      out[k] = Object.fromEntries(
        Object.entries(v).map(([name, sub]) => {
          const s = walk(sub);
          const titled = s && typeof s === "object" && !Array.isArray(s) && !("title" in s) && hasInvisible(name);
          return [name, titled ? { ...(s as object), title: shownName(name) } : s];
        }),
      );
    else out[k] = walk(v);
  }
  return out;
}
