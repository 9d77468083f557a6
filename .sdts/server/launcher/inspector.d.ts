import type { Engine } from "../engine";
import type { RecordStore } from "../record/store";
import type { InspectorCore } from "./inspector-core";
import type { EngineCore } from "./engine-core";
import { type PageHandler } from "../bridge/http-server";
import type { SessionFile } from "../../lib/session/file";
export interface InspectorOptions {
    host?: string;
    port?: number;
    token?: string;
    extraHostnames?: string[];
    /** How the page is served; the launcher passes its static files, tests may pass a stub. */
    pages: PageHandler;
    recordMaxBytes?: number;
    /** A recorded session to show (from --open); served to the page, never run. */
    openedSession?: SessionFile;
    /** The Collections tab's folder (--collections); default mcp-tests/ in the working directory. */
    collectionsDir?: string;
    /** --config FILE: the page's server list shows its servers (absent: the host configurations found). */
    configFile?: string;
    /** --model (repeatable) and --model-base-url: the models the Chat tab offers first. */
    models?: readonly string[];
    modelBaseUrl?: string;
    /** Port of the MCP Apps sandbox origin (default: any free one); false: no sandbox (Apps do not render). */
    sandboxPort?: number | false;
    /** Port of `inspector mcp` over Streamable HTTP on loopback, for a coding agent (default: any free one); false: none. */
    agentPort?: number | false;
    /** The coding agent's own token (the page's token works there too, for scripts): kept apart so it can live in the agent's environment. */
    agentToken?: string;
    /** The folder the attached agent's save_session writes in (default the working directory). */
    agentRoot?: string;
    /** The page's socket module (ws) loads once this settles, or at the page's first socket (default: once the server listens). */
    loadSocketsAfter?: Promise<unknown>;
}
/** A port of the inspector's that another process holds: which one, and the flag and variable that move it. */
export declare class PortInUse extends Error {
    readonly what: string;
    readonly port: number;
    readonly flag: string;
    readonly variable?: string | undefined;
    constructor(what: string, port: number, flag: string, variable?: string | undefined);
}
export interface RunningInspector {
    url: string;
    /** The page URL with `?token=`, for fixtures and scripts (the launcher prints a one-time `?launch=` link instead: launch-code.ts). */
    pageUrl: string;
    port: number;
    token: string;
    /** The MCP Apps sandbox origin's port (0 when there is none). */
    sandboxPort: number;
    /** `inspector mcp` over Streamable HTTP for a coding agent, on the page's engine (the agent's token or the page's). */
    agentUrl?: string;
    engine: Engine;
    /** The engine as the person drives it: what the launcher connects on their command line is theirs. */
    person: Engine;
    record: RecordStore;
    close(): Promise<void>;
}
/** The HTTP server listens; the engine may still be loading (`ready` resolves once it is there). */
export interface ListeningInspector {
    url: string;
    pageUrl: string;
    port: number;
    token: string;
    sandboxPort: number;
    agentUrl?: string;
    ready: Promise<RunningInspector>;
    close(): Promise<void>;
}
/** Start the backend: record, engine, bridge and one HTTP server for page, API and socket. Resolves once all of it is up. */
export declare function startInspector(opts: InspectorOptions): Promise<RunningInspector>;
/**
 * The same, resolving as soon as the HTTP server listens: the page is served at once while the
 * engine's half loads (server/launcher/inspector-core.ts; `loadCore` replaces that in tests). The socket
 * and the API wait for it (a frame sent sooner waits in the socket, not lost); `onCore` runs
 * before anything else sees the engine (the launcher starts its connection there, so no request
 * finds an engine that has not started connecting yet).
 */
export declare function listenInspector(opts: InspectorOptions & {
    onCore?(inspector: RunningInspector): void;
    /** As soon as the engine exists, before the bridge loads (the launcher starts its connect there); with `loadCore`, just before onCore. */
    onEngine?(core: EngineCore): void;
    loadCore?(): Promise<InspectorCore>;
}): Promise<ListeningInspector>;
