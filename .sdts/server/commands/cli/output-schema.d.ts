import type { Engine } from "../../engine";
/**
 * Why a tools/call result breaks its tool's outputSchema, as the official CLI (2.12.0) judges it
 * before it prints anything: no structuredContent on a result that is not isError, or a
 * structuredContent (isError or not) that does not validate. Undefined when the tool declares no
 * outputSchema or the result fits. The tool's schema comes from the server's tools/list, asked
 * for here (the official lists before every call), unless the engine already knows it.
 */
export declare function outputSchemaBreak(engine: Engine, tool: string, result: unknown, listsTool: () => Promise<boolean | undefined>): Promise<string | undefined>;
