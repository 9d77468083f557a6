import * as z from "zod";
/**
 * The arguments as the tool's shape reads them, or a `usage` error an agent can act on: every
 * unknown key is refused (it was silently dropped: `params` for `arguments` called the tool with
 * none), naming the known ones and, for a lookalike, the one meant. `name` is refused with its
 * own hint: in MCP `name` is the tool, here the connection is `connection`.
 */
export declare function checkArguments(tool: string, shape: z.ZodRawShape, args: unknown): Record<string, unknown>;
/** The tool's input shape as listed: types, enums, what is required, and no key it does not name. */
export declare function inputJsonSchema(shape: z.ZodRawShape): Record<string, unknown>;
