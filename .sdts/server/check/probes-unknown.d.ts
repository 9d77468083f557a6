import { type Engine } from "../engine";
import { type Era } from "./probes";
import type { ProbeResult } from "./result";
/**
 * tools/call of a tool that is not listed. 2025-11-25 (server/tools, Error Handling) lists unknown
 * tools among protocol errors, -32602 in its example; an isError result is common (SDKs turn any
 * handler error into one) and only noted.
 */
export declare function probeUnknownTool(engine: Engine, era?: Era): Promise<ProbeResult>;
/** prompts/get of a prompt that is not listed: "Invalid prompt name: -32602 (Invalid params)" (server/prompts, Error Handling). */
export declare function probeUnknownPrompt(engine: Engine, era?: Era): Promise<ProbeResult>;
/**
 * Reading a resource that does not exist must be an error: -32002 Resource not found in 2025-11-25,
 * -32602 Invalid params from 2026-07-28 on (its changelog moved the code to JSON-RPC's).
 */
export declare function probeMissingResource(engine: Engine, era?: Era): Promise<ProbeResult>;
