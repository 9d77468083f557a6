import { type AppBackend } from "./backend";
import type { McpInspector, McpInspectorPool } from "./types";
export declare function backendOf(inspector: McpInspector): AppBackend;
/** A pool keyed by the server (its JSON; an in-process server object by itself) and the connect options. */
export declare function inspectorPool(): McpInspectorPool & {
    close(): Promise<void>;
};
