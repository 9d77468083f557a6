import { TraceMap, originalPositionFor } from "@jridgewell/trace-mapping";
import {
  APP_FRAME_URL_MAX,
  appFetchRefusal,
  type AppFrame,
  type AppSourceMapReply,
  type MappedFrame,
  type OriginalPlace,
} from "../../lib/apps/app-source-map";

/**
 * The `app-source-map` command (issue 73): an App error's frames resolved through its scripts'
 * source maps. The page's CSP lets it connect to its own origin only, so the backend fetches the
 * script (for its `SourceMap` header or `//# sourceMappingURL=` comment) and the map, only from an
 * origin the App's CSP allows (lib/apps/app-source-map.ts appFetchRefusal), bounded in bytes and
 * time, redirects refused (one could lead anywhere). The map is the App's: parsed as data, never run.
 */

/** A script or a map past this is not read (a real bundle's map is rarely past a few MiB). */
export const SOURCE_MAP_BYTES_MAX = 4 * 1024 * 1024;
/** Each fetch gives up after this. */
export const SOURCE_MAP_FETCH_MS = 5000;

export interface SourceMapFetchOptions {
  maxBytes?: number;
  timeoutMs?: number;
}

/** The body of a GET, as text, with its SourceMap header; throws with a short reason. */
async function fetchBounded(url: string, o: Required<SourceMapFetchOptions>): Promise<{ text: string; header?: string }> {
  const res = await fetch(url, { redirect: "error", signal: AbortSignal.timeout(o.timeoutMs), credentials: "omit" }).catch((e: unknown) => {
    throw new Error(e instanceof Error && e.name === "TimeoutError" ? `no answer in ${o.timeoutMs} ms` : "it could not be fetched");
  });
  if (!res.ok) throw new Error(`it answered HTTP ${res.status}`);
  const declared = Number(res.headers.get("content-length"));
  if (declared > o.maxBytes) throw new Error(`it is over ${o.maxBytes} bytes`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body?.getReader();
  for (;;) {
    const r = reader ? await reader.read() : { done: true as const, value: undefined };
    if (r.done) break;
    size += r.value.byteLength;
    if (size > o.maxBytes) {
      await reader?.cancel();
      throw new Error(`it is over ${o.maxBytes} bytes`);
    }
    chunks.push(r.value);
  }
  const header = res.headers.get("sourcemap") ?? res.headers.get("x-sourcemap") ?? undefined;
  return { text: Buffer.concat(chunks).toString("utf8"), header };
}

/** The map's URL a script names: its header first, else its last `//# sourceMappingURL=` comment. */
export function sourceMapUrlOf(script: string, header?: string): string | undefined {
  if (header?.trim()) return header.trim();
  // The comment is the script's last one: looked for from its end (a bundle may be MiBs).
  const at = script.lastIndexOf("sourceMappingURL=");
  if (at < 3 || !/\/\/[#@] ?$/.test(script.slice(Math.max(0, at - 4), at))) return undefined;
  return /^\S+/.exec(script.slice(at + "sourceMappingURL=".length))?.[0];
}

/** A data: URL's JSON text (base64 or percent-encoded). */
function dataUrlText(url: string): string {
  const comma = url.indexOf(",");
  if (comma < 0) throw new Error("its data: URL has no data");
  const meta = url.slice(5, comma);
  const data = url.slice(comma + 1);
  return /;base64$/i.test(meta) ? Buffer.from(data, "base64").toString("utf8") : decodeURIComponent(data);
}

/** The map of one script, fetched and parsed; throws with a short reason. */
async function mapOfScript(script: string, allowed: readonly string[], o: Required<SourceMapFetchOptions>): Promise<TraceMap> {
  const { text, header } = await fetchBounded(script, o);
  const named = sourceMapUrlOf(text, header);
  if (!named) throw new Error("the script names no source map");
  let json: string;
  let base: string;
  if (/^data:/i.test(named)) {
    if (named.length > o.maxBytes * 2) throw new Error(`its map is over ${o.maxBytes} bytes`);
    json = dataUrlText(named);
    base = script;
  } else {
    base = new URL(named, script).href;
    const refused = appFetchRefusal(base, allowed);
    if (refused) throw new Error(`its map ${base.slice(0, 300)} is not fetched: ${refused}`);
    json = (await fetchBounded(base, o)).text;
  }
  try {
    return new TraceMap(json, base);
  } catch {
    throw new Error("its map is not a source map this reads");
  }
}

/** Where the map puts a frame; the source as the map names it (its `sources` entry), bounded. */
function originalOf(map: TraceMap, f: AppFrame): OriginalPlace | undefined {
  const p = originalPositionFor(map, { line: f.line, column: f.column - 1 });
  if (p.source === null || p.line === null || p.column === null) return undefined;
  const i = map.resolvedSources.indexOf(p.source);
  const named = (i >= 0 ? map.sources[i] : undefined) ?? p.source;
  return { source: named.slice(0, APP_FRAME_URL_MAX), line: p.line, column: p.column + 1 };
}

/**
 * Each frame with its original place where its script's map has one. A script whose map cannot
 * be found, fetched or parsed leaves its frames as they are, with one note saying why.
 */
export async function resolveAppFrames(
  frames: readonly AppFrame[],
  allowed: readonly string[],
  options: SourceMapFetchOptions = {},
): Promise<AppSourceMapReply> {
  const o = { maxBytes: options.maxBytes ?? SOURCE_MAP_BYTES_MAX, timeoutMs: options.timeoutMs ?? SOURCE_MAP_FETCH_MS };
  const notes: string[] = [];
  const maps = new Map<string, TraceMap | undefined>();
  for (const url of new Set(frames.map((f) => f.url))) {
    const refused = appFetchRefusal(url, allowed);
    if (refused) {
      notes.push(`${url.slice(0, 300)}: not fetched (${refused})`);
      continue;
    }
    maps.set(
      url,
      await mapOfScript(url, allowed, o).catch((e: unknown) => {
        notes.push(`${url.slice(0, 300)}: no source map used (${e instanceof Error ? e.message : String(e)})`);
        return undefined;
      }),
    );
  }
  const out: MappedFrame[] = frames.map((f) => {
    const map = maps.get(f.url);
    const original = map && originalOf(map, f);
    return original ? { ...f, original } : { ...f };
  });
  return { frames: out, notes: notes.map((n) => n.slice(0, 500)) };
}
