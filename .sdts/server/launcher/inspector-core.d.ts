import type { TransportFactory } from "../engine";
import { Bridge } from "../bridge/ws-bridge";
import { type EngineCore } from "./engine-core";
import { type StateMasker } from "../bridge/masking-engine";
/**
 * The heavy half of the backend: the record, the engine (the SDK, the lint, Ajv) and the bridge.
 * Loaded on its own (a chunk of its own in the bundle) once the HTTP server listens, so the
 * launcher prints its URL and serves the page while this half loads; the engine's part first
 * (engine-core.ts), so that a connect starts before the bridge loads.
 */
export interface InspectorCore extends EngineCore {
    bridge: Bridge;
    /** The version of the record format /api/record serves (its module is heavy: it stays in this half). */
    RECORD_FORMAT_VERSION: number;
    /** Hides a configured server's values (the page's server list) from /api/state too. */
    servers?: StateMasker;
}
/** The whole half at once (the test library's page backend). */
export declare function createCore(opts: CoreOptions & {
    recordMaxBytes?: number;
    transports?: TransportFactory;
}): InspectorCore;
/** `collectionsDir`: the folder the page's Collections tab reads and writes (default `mcp-tests/` in the working directory). */
export interface CoreOptions {
    collectionsDir?: string;
    /** --model and --model-base-url: the Chat tab's models (keys come from the environment or the page, never from here). */
    models?: readonly string[];
    modelBaseUrl?: string;
    /** --config FILE: the page's server list shows its servers (absent: the host configurations found). */
    configFile?: string;
}
/** The bridge on an engine's half already made. */
export declare function withBridge(core: EngineCore, opts: CoreOptions): InspectorCore;
