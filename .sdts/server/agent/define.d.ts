import type * as z from "zod";
import type { Connections } from "./connections";
import type { AgentFiles } from "./files";
/** What every agent tool runs with. */
export interface AgentContext {
    connections: Connections;
    /** Attached to a running page: the "page" connection is the person's, their page answers its held requests. */
    attached: boolean;
    /** Where cut answers go and the folder the agent may write in (files.ts). */
    files: AgentFiles;
    /**
     * The `${NAME}`s the agent's collections may fill beyond the target's own env: those the person
     * listed in INSPECTOR_COLLECTION_ENV when this agent server was made (createAgentServer reads it
     * then; an agent cannot add one). None when absent.
     */
    collectionNames?: readonly string[];
}
/** MCP tool annotations (2025-06-18 `ToolAnnotations`): hints a client may use to auto-approve read-only tools. */
export interface AgentToolAnnotations {
    readOnlyHint?: boolean;
    destructiveHint?: boolean;
    idempotentHint?: boolean;
    openWorldHint?: boolean;
}
/**
 * One tool of `inspector mcp`, as data: the MCP server registers it (mcp-server.ts), the skill's
 * test reads its name and arguments. `run` returns the structured answer; bounding it and turning
 * a throw into one error line is the server's job, once for all tools.
 */
export interface AgentTool {
    name: string;
    description: string;
    input: z.ZodRawShape;
    /** The answer's shape; listed as outputSchema only with `listOutput` (each listed schema costs every agent context). */
    output?: z.ZodRawShape;
    listOutput?: boolean;
    annotations?: AgentToolAnnotations;
    run(args: Record<string, unknown>, ctx: AgentContext): Promise<Record<string, unknown>>;
}
/** A tool with its arguments typed from its input shape. */
export declare function tool<I extends z.ZodRawShape>(def: {
    name: string;
    description: string;
    input: I;
    output?: z.ZodRawShape;
    listOutput?: boolean;
    annotations?: AgentToolAnnotations;
    run(args: z.infer<z.ZodObject<I>>, ctx: AgentContext): Promise<Record<string, unknown>>;
}): AgentTool;
/** Reads and changes nothing (status, list, timeline, findings…): safe to auto-approve. The other hints mean nothing beside it. */
export declare const READ_ONLY: AgentToolAnnotations;
/**
 * Sends what the agent wrote to the server under test: it may change that server's state, so
 * the spec's defaults (destructive, open world) hold and are said.
 */
export declare const SENDS: AgentToolAnnotations;
