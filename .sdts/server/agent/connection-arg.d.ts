import * as z from "zod";
/**
 * The argument that names one of the agent's connections. Called `connection`, never `name`:
 * in MCP `name` is the tool, and `call_tool {name: "get_weather"}` was read as a connection.
 * Optional: with one connection open, that one is used (the skill and docs/agents.md say so; a
 * description repeated on every tool cost 2,300 characters of each agent's context).
 */
export declare const CONNECTION_ARG: z.ZodOptional<z.ZodString>;
