import { TraceMap, originalPositionFor } from "@jridgewell/trace-mapping";
import { APP_FRAME_URL_MAX, type OriginalPlace } from "./app-frames";

/**
 * Reading an App's source maps (issue 73), the one home of it for the backend's external scripts
 * (server/bridge/app-source-maps.ts) and the page's inline ones (lib/apps/app-inline-maps.ts). The
 * map is the App's: parsed as data, never run; what it names is bounded and only shown as text.
 */

/** A map past this is not read (a real bundle's map is rarely past a few MiB). */
export const SOURCE_MAP_BYTES_MAX = 4 * 1024 * 1024;

/** The map's URL a script names: its header first, else its last `//# sourceMappingURL=` comment. */
export function sourceMapUrlOf(script: string, header?: string): string | undefined {
  if (header?.trim()) return header.trim();
  // The comment is the script's last one: looked for from its end (a bundle may be MiBs).
  const at = script.lastIndexOf("sourceMappingURL=");
  if (at < 3 || !/\/\/[#@] ?$/.test(script.slice(Math.max(0, at - 4), at))) return undefined;
  return /^\S+/.exec(script.slice(at + "sourceMappingURL=".length))?.[0];
}

/** A data: URL's text (base64 or percent-encoded, read as UTF-8); throws with a short reason. */
export function dataUrlText(url: string): string {
  const comma = url.indexOf(",");
  if (comma < 0) throw new Error("its data: URL has no data");
  const meta = url.slice(5, comma);
  const data = url.slice(comma + 1);
  if (!/;base64$/i.test(meta)) return decodeURIComponent(data);
  let binary: string;
  try {
    binary = atob(data);
  } catch {
    throw new Error("its data: URL is not base64");
  }
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** A map's JSON parsed; throws with a short reason. `base` resolves its sources (a script's URL), when there is one. */
export function traceMapOf(json: string, base?: string): TraceMap {
  try {
    return new TraceMap(json, base);
  } catch {
    throw new Error("its map is not a source map this reads");
  }
}

/** Where the map puts a 1-based place of its generated code; the source as the map names it (its `sources` entry), bounded. */
export function originalOf(map: TraceMap, line: number, column: number): OriginalPlace | undefined {
  const p = originalPositionFor(map, { line, column: column - 1 });
  if (p.source === null || p.line === null || p.column === null) return undefined;
  const i = map.resolvedSources.indexOf(p.source);
  const named = (i >= 0 ? map.sources[i] : undefined) ?? p.source;
  return { source: named.slice(0, APP_FRAME_URL_MAX), line: p.line, column: p.column + 1 };
}
