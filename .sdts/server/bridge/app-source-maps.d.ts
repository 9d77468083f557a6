import { type AppFrame, type AppSourceMapReply } from "../../lib/apps/app-source-map";
/**
 * The `app-source-map` command (issue 73): an App error's frames resolved through its scripts'
 * source maps. The page's CSP lets it connect to its own origin only, so the backend fetches the
 * script (for its `SourceMap` header or `//# sourceMappingURL=` comment) and the map, only from an
 * origin the App's CSP allows (lib/apps/app-source-map.ts appFetchRefusal), bounded in bytes and
 * time, redirects refused (one could lead anywhere). The map is the App's: parsed as data, never run.
 */
/** Each fetch gives up after this. */
export declare const SOURCE_MAP_FETCH_MS = 5000;
export interface SourceMapFetchOptions {
    maxBytes?: number;
    timeoutMs?: number;
}
/**
 * Each frame with its original place where its script's map has one. A script whose map cannot
 * be found, fetched or parsed leaves its frames as they are, with one note saying why.
 */
export declare function resolveAppFrames(frames: readonly AppFrame[], allowed: readonly string[], options?: SourceMapFetchOptions): Promise<AppSourceMapReply>;
