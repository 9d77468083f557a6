import { asRecord } from "../json/shape";
/** The HTML of a UI resource's contents: its text, or its base64 blob decoded as UTF-8; undefined when it has neither. */
export function appHtmlOf(content: { text?: unknown; blob?: unknown } | undefined): string | undefined {
  if (typeof content?.text === "string") return content.text;
  if (typeof content?.blob !== "string") return undefined;
  try {
    const bin = atob(content.blob);
    return new TextDecoder().decode(Uint8Array.from(bin, (ch) => ch.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/** The content of a resources/read result for `uri` (or its first one). */
export function contentOf(result: unknown, uri: string): Record<string, unknown> | undefined {
  const contents = asRecord(result).contents;
  if (!Array.isArray(contents)) return undefined;
  const c = contents.find((x) => asRecord(x).uri === uri) ?? contents[0];
  return typeof c === "object" && c !== null ? (c as Record<string, unknown>) : undefined;
}
