import { Engine, type RequestOptions, type SentRequest } from "../engine";
import { RecordStore } from "../record/store";
import type { AgentMark } from "./agent-mark";
import type { Entry } from "../../lib/record/format";
import type { ConnectSpecInput, Target } from "../../lib/target/target";
import type { SessionState } from "../../lib/session/state";
import type { RequestOutcome, ToolCallOutcome } from "../../lib/wire/protocol";
import type { Surface } from "../../lib/surface";
/**
 * How long an agent's request waits for the server by default: 10 s, as `check` waits (it was
 * the engine's 60 s: an agent sat a minute on a hanging call). A call's `timeoutMs`, or connect's,
 * says otherwise; a request waiting for the person pauses it (server/engine/requests.ts).
 */
export declare const AGENT_REQUEST_MS = 10000;
/** The engine and record an agent's connection runs on: its own, or the page's (shared with the person). */
export interface AgentLink {
    engine: Engine;
    record: RecordStore;
    /** The page's engine: a person drives it too (answers its held requests); never closed by the agent unless asked. */
    shared: boolean;
    /** Marks the agent's frames in a shared record (see agent-mark.ts). */
    mark?: AgentMark;
}
/** A link of its own: a fresh record and engine, as a headless run has (server/headless/connect.ts). */
export declare function ownLink(): AgentLink;
/** Which process a verdict is about: the connection that came up last, from its `connecting` row on. */
export interface ProcessScope {
    /** The seq of this connection's `connecting` row: rows before it are about earlier processes. */
    since: number;
    generation: number;
    pid?: number;
    /** When it started (ISO time of the `connecting` row). */
    started?: string;
}
/** A tool as the server listed it (what call_tool checks arguments and results against). */
export interface ListedTool {
    name: string;
    inputSchema?: object;
    outputSchema?: object;
}
/**
 * One named connection an agent drives: what it connected to, the surface it last saw (for the
 * diff after a restart), the live lint of its record, the tools its current process listed.
 */
export declare class AgentConnection {
    readonly name: string;
    readonly link: AgentLink;
    spec?: ConnectSpecInput;
    /** The generation of the connection the agent itself made with connect (on the page's engine: then it is the agent's to replace). */
    agentMade?: number;
    /** The surface of the last connection that came up, and that connection's generation. */
    surface?: Surface;
    surfaceGeneration?: number;
    private readonly lint;
    private callback?;
    private scopeMade?;
    private toolsSeen?;
    constructor(name: string, link: AgentLink);
    get engine(): Engine;
    get target(): Target | undefined;
    state(): SessionState;
    /**
     * Whether this answer should carry the server's instructions: the first time, and again only
     * when they changed (issue 62: status and restart repeated them on every call). Remembered as
     * given once it says true.
     */
    instructionsFresh(): boolean;
    private instructionsGiven?;
    /** Who did a row (on the page's record): "agent", "person", or "server" for what no one asked for. */
    by(e: Entry): "agent" | "person" | "server" | undefined;
    /** The process the connection's verdicts are about: the last `connecting` row and what followed it. */
    scope(): ProcessScope;
    /** The live lint's findings, once the checkers they need (Ajv, YAML) have loaded. */
    findings(severity?: "error" | "warning" | "info"): Promise<import("../test-library").Finding[]>;
    /**
     * The tools the current process listed (to whoever asked: the person, the agent), read from
     * the record; undefined when nobody listed them yet.
     */
    listedTools(): Map<string, ListedTool> | undefined;
    /**
     * Connect (replacing this name's connection). An HTTP target that wants a login gets a loopback
     * callback first, so the login URL can be handed to the agent for the person.
     */
    connect(spec: ConnectSpecInput): Promise<SessionState>;
    /** Connect again with the last settings, whoever made them (the person's connection has no spec of ours). */
    restart(): Promise<SessionState>;
    /** Any request, sent as the agent's. */
    send(method: string, params: Record<string, unknown> | undefined, opts?: RequestOptions): SentRequest<RequestOutcome>;
    /** On the page's connection (the person's time limits), the agent's own requests still wait AGENT_REQUEST_MS unless told. */
    private timed;
    /** tools/call as the agent's: the result as sent, a JSON-RPC error as an outcome. */
    callTool(name: string, args: Record<string, unknown>, opts?: RequestOptions): SentRequest<ToolCallOutcome>;
    request(method: string, params?: Record<string, unknown>): Promise<RequestOutcome>;
    /** End the connection; a shared engine is only disconnected (the page stays), an own one is closed. */
    close(): Promise<void>;
    private acting;
    private asAgent;
}
