import type { Engine } from "../engine";
import type { ProbeResult } from "./result";
/**
 * MCP Apps: read the `ui://` resource of every tool that names one, so the App lint (apps/*: the
 * resource is there, has the App mime type, a CSP with well-formed domains) judges it like any
 * record. A tool's App is read once however many tools share it, and not again when it is a
 * listed resource (check reads those already). Nothing is rendered or run.
 */
export declare function probeAppResources(engine: Engine, tools: readonly Record<string, unknown>[], alreadyRead: ReadonlySet<string>): Promise<ProbeResult[]>;
