import { isObject } from "../../lib/json/shape";

/**
 * What an array's "Add" button says: the item's own title, or the array's name made singular
 * ("tags" → "tag"), so that nested arrays do not all read "+ Add item".
 */
export function addLabelOf(schema: unknown, title: string | undefined): string {
  const items = isObject(schema) && isObject(schema.items) ? schema.items : undefined;
  const itemTitle = typeof items?.title === "string" && items.title.trim() ? items.title.trim() : undefined;
  const noun = itemTitle ?? (title?.trim() ? singular(title.trim()) : "item");
  return `Add ${lowerFirst(noun)}`;
}

/** English plural → singular for the common endings of property names; anything else as it is. */
export function singular(word: string): string {
  if (/ies$/i.test(word) && word.length > 4) return word.slice(0, -3) + (word.endsWith("IES") ? "Y" : "y");
  if (/(ss|us|is)$/i.test(word)) return word;
  if (/(x|ch|sh|ss|zz)es$/i.test(word)) return word.slice(0, -2);
  if (/s$/i.test(word) && word.length > 1) return word.slice(0, -1);
  return word;
}

/** "Items" → "items", but "URLs" and "IDs" stay as written. */
function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}
