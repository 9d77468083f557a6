import type { Engine } from "../../engine";
import { asRecord } from "../../../lib/json/shape";

/**
 * Why a tools/call result breaks its tool's outputSchema, as the official CLI (2.12.0) judges it
 * before it prints anything: no structuredContent on a result that is not isError, or a
 * structuredContent (isError or not) that does not validate. Undefined when the tool declares no
 * outputSchema or the result fits. The tool's schema comes from the server's tools/list, asked
 * for here (the official lists before every call), unless the engine already knows it.
 */
export async function outputSchemaBreak(
  engine: Engine,
  tool: string,
  result: unknown,
  listsTool: () => Promise<boolean | undefined>,
): Promise<string | undefined> {
  let verdict = await engine.outputVerdict(tool, result);
  if (!verdict) {
    await listsTool();
    verdict = await engine.outputVerdict(tool, result);
  }
  if (!verdict) return undefined;
  const r = asRecord(result);
  if (r.structuredContent === undefined || r.structuredContent === null)
    return r.isError === true ? undefined : `tool ${tool} declares an outputSchema but returned no structuredContent`;
  // The verdict's notes on isError and on what it could not check are not breaks (the official
  // validates the structuredContent alone, and lets a schema it cannot compile pass).
  const broken = verdict.errors.filter((e) => e.path !== "/isError" && e.path !== "(outputSchema)");
  if (!broken.length) return undefined;
  return `tool ${tool}'s structuredContent breaks its outputSchema: ${broken.map((e) => `${e.path} ${e.message}`).join("; ")}`;
}
