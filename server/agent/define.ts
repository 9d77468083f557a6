import type * as z from "zod";
import type { Connections } from "./connections";

/** What every agent tool runs with. */
export interface AgentContext {
  connections: Connections;
  /** Attached to a running page: the "page" connection is the person's, their page answers its held requests. */
  attached: boolean;
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
  output: z.ZodRawShape;
  run(args: Record<string, unknown>, ctx: AgentContext): Promise<Record<string, unknown>>;
}

/** A tool with its arguments typed from its input shape. */
export function tool<I extends z.ZodRawShape>(def: {
  name: string;
  description: string;
  input: I;
  output: z.ZodRawShape;
  run(args: z.infer<z.ZodObject<I>>, ctx: AgentContext): Promise<Record<string, unknown>>;
}): AgentTool {
  return def as unknown as AgentTool;
}
