import type { Engine } from "../../engine";
import { RpcError } from "../../engine/errors";
import { asRecord } from "../../../lib/json/shape";
import type { CliArgs } from "./flags";

/**
 * Send the one call through the engine like any page request. Resolves with the raw result.
 * `_meta` from --metadata goes on every request; --tool-metadata adds to it for tools/call.
 */
export async function cliCall(engine: Engine, c: CliArgs): Promise<unknown> {
  const meta = Object.keys(c.metadata).length ? { _meta: c.metadata } : {};
  switch (c.method) {
    case "tools/call": {
      const toolMeta = { ...c.metadata, ...c.toolMetadata };
      const out = await engine.callTool(c.toolName!, c.toolArgsJson ?? c.toolArgs, {
        ...(Object.keys(toolMeta).length ? { meta: toolMeta } : {}),
        ...(c.task ? { task: {} } : {}),
      });
      if (out.error) throw new RpcError(out.error);
      // A task-augmented call answers with its task; the engine follows it to the tool's result.
      const r = asRecord(out.result);
      // 2025: { task: { taskId } }; 2026-07-28's tasks extension: the result is the task.
      const taskId = r.resultType === "task" ? r.taskId : asRecord(r.task).taskId;
      if (c.task && typeof taskId === "string") return (await engine.taskResult(taskId)).result;
      return out.result;
    }
    case "resources/read":
      return (await engine.request("resources/read", { uri: c.uri, ...meta })).result;
    case "prompts/get":
      return (await engine.request("prompts/get", { name: c.promptName, arguments: c.promptArgs, ...meta })).result;
    case "logging/setLevel":
      return (await engine.request("logging/setLevel", { level: c.logLevel, ...meta })).result;
    case "ping":
      return (await engine.request("ping", Object.keys(meta).length ? meta : undefined)).result;
    default:
      return (await engine.request(c.method!, { ...meta })).result;
  }
}
