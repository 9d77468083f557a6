import { TraceMap } from "@jridgewell/trace-mapping";
import { type OriginalPlace } from "./app-frames";
/**
 * Reading an App's source maps (issue 73), the one home of it for the backend's external scripts
 * (server/bridge/app-source-maps.ts) and the page's inline ones (lib/apps/app-inline-maps.ts). The
 * map is the App's: parsed as data, never run; what it names is bounded and only shown as text.
 */
/** A map past this is not read (a real bundle's map is rarely past a few MiB). */
export declare const SOURCE_MAP_BYTES_MAX: number;
/** The map's URL a script names: its header first, else its last `//# sourceMappingURL=` comment. */
export declare function sourceMapUrlOf(script: string, header?: string): string | undefined;
/** A data: URL's text (base64 or percent-encoded, read as UTF-8); throws with a short reason. */
export declare function dataUrlText(url: string): string;
/** A map's JSON parsed; throws with a short reason. `base` resolves its sources (a script's URL), when there is one. */
export declare function traceMapOf(json: string, base?: string): TraceMap;
/** Where the map puts a 1-based place of its generated code; the source as the map names it (its `sources` entry), bounded. */
export declare function originalOf(map: TraceMap, line: number, column: number): OriginalPlace | undefined;
