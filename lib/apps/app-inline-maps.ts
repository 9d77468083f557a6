import type { TraceMap } from "@jridgewell/trace-mapping";
import type { AppFrame, AppSourceMapReply, MappedFrame } from "./app-frames";
import { SOURCE_MAP_BYTES_MAX, dataUrlText, originalOf, sourceMapUrlOf, traceMapOf } from "./source-map-trace";

/**
 * Source-mapped places in a script inline in the App's HTML (issue 73): a bundle inlined into one
 * HTML file (as single-file builds make them) with its map as a `//# sourceMappingURL=data:…`
 * comment. The App's error reporter names such a frame by the App's resource and the line and
 * column in its HTML (lib/apps/app-errors.ts); a map counts from the script's own first character,
 * so the place is taken relative to where the script's text starts. Pure, run on the page, which
 * holds the HTML (nothing is fetched: a map that is not a data: URL is not read), and loaded only
 * when an App error names its HTML (it brings the map parser).
 */

/** An inline script of the App's HTML: its text, and where the text starts (1-based line, 0-based column in that line). */
export interface InlineScript {
  line: number;
  column: number;
  text: string;
}

// A <script> start tag (an attribute may quote a ">"), its text, and the end tag that ends it.
const SCRIPT = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi;
const HAS_SRC = /(?:^|\s)src\s*=/i;

/** The App's inline scripts (not those with a `src`), in document order. */
export function inlineScriptsOf(html: string): InlineScript[] {
  const out: InlineScript[] = [];
  let line = 1;
  let counted = 0;
  for (const m of html.matchAll(SCRIPT)) {
    if (HAS_SRC.test(m[1])) continue;
    const start = m.index + "<script".length + m[1].length + 1;
    for (let i = html.indexOf("\n", counted); i >= 0 && i < start; i = html.indexOf("\n", i + 1)) line++;
    counted = start;
    out.push({ line, column: start - (html.lastIndexOf("\n", start - 1) + 1), text: m[2] });
  }
  return out;
}

/** Whether a 1-based place in the HTML is inside the script's text. */
function holds(s: InlineScript, f: AppFrame): boolean {
  const last = s.line + (s.text.match(/\n/g)?.length ?? 0);
  return f.line <= last && (f.line > s.line || f.column > s.column);
}

/** The script's map when it names a data: URL one; undefined when it names none; throws with a short reason. */
function mapOfInline(s: InlineScript, maxBytes: number): TraceMap | undefined {
  const named = sourceMapUrlOf(s.text);
  if (!named) return undefined;
  if (!/^data:/i.test(named))
    throw new Error(`its map ${named.slice(0, 300)} is not a data: URL (only an inline map is read for an inline script)`);
  if (named.length > maxBytes * 2) throw new Error(`its map is over ${maxBytes} bytes`);
  return traceMapOf(dataUrlText(named));
}

/**
 * Each frame in the App's HTML with its original place where the inline script holding it has a
 * data: URL map. A script with no map leaves its frames as they are, silently (most single-file
 * Apps ship none); a map that cannot be read leaves them too, with one note saying why.
 */
export function resolveInlineFrames(frames: readonly AppFrame[], html: string, maxBytes = SOURCE_MAP_BYTES_MAX): AppSourceMapReply {
  const scripts = inlineScriptsOf(html);
  const maps = new Map<InlineScript, TraceMap | undefined>();
  const notes: string[] = [];
  const mapOf = (s: InlineScript) => {
    if (!maps.has(s)) {
      try {
        maps.set(s, mapOfInline(s, maxBytes));
      } catch (e) {
        maps.set(s, undefined);
        notes.push(`the inline script at line ${s.line}: no source map used (${e instanceof Error ? e.message : String(e)})`.slice(0, 500));
      }
    }
    return maps.get(s);
  };
  const out: MappedFrame[] = frames.map((f) => {
    const s = scripts.find((x) => holds(x, f));
    const map = s && mapOf(s);
    // The map's line 1 is the script's first line; on that line its column 1 is the script's first character.
    const original = s && map && originalOf(map, f.line - s.line + 1, f.line === s.line ? f.column - s.column : f.column);
    return original ? { ...f, original } : { ...f };
  });
  return { frames: out, notes };
}
