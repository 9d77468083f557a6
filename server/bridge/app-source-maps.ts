import type { TraceMap } from "@jridgewell/trace-mapping";
import { appFetchRefusal, type AppFrame, type AppSourceMapReply, type MappedFrame } from "../../lib/apps/app-source-map";
import { SOURCE_MAP_BYTES_MAX, dataUrlText, originalOf, sourceMapUrlOf, traceMapOf } from "../../lib/apps/source-map-trace";

/**
 * The `app-source-map` command (issue 73): an App error's frames resolved through its scripts'
 * source maps. The page's CSP lets it connect to its own origin only, so the backend fetches the
 * script (for its `SourceMap` header or `//# sourceMappingURL=` comment) and the map, only from an
 * origin the App's CSP allows (lib/apps/app-source-map.ts appFetchRefusal), bounded in bytes and
 * time, redirects refused (one could lead anywhere). The map is the App's: parsed as data, never run.
 */

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
  return traceMapOf(json, base);
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
    const original = map && originalOf(map, f.line, f.column);
    return original ? { ...f, original } : { ...f };
  });
  return { frames: out, notes: notes.map((n) => n.slice(0, 500)) };
}
