import { Engine, type TransportFactory } from "../engine";
import { RecordStore } from "../record/store";
import { AgentMark } from "../agent/agent-mark";
/**
 * The engine's half without the page's bridge: the record and the engine (the SDK, the lint).
 * The launcher starts its target's connect as soon as this is there and loads the bridge
 * (the page's wire protocol, its schemas and the session file's) after: the page needs the
 * bridge only for its socket, which comes later (issue 49: about 18 ms off the way to "connected").
 */
export interface EngineCore {
    engine: Engine;
    record: RecordStore;
    /** Marks what a coding agent attached through `inspector mcp` sends (by: "agent" in the record). */
    agentMark?: AgentMark;
    /** The engine as the person drives it (the page, the launcher's own connect): their connects and disconnects are said to be theirs. */
    person: Engine;
}
/** `transports`: how the engine reaches a target that is no process or URL (the test library's in-process server). */
export declare function createEngineCore(opts: {
    recordMaxBytes?: number;
    transports?: TransportFactory;
}): EngineCore;
