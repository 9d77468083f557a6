import type { Engine } from "../engine";
import type { CliMethod } from "../cli/flags";

/** The one call of `inspector --cli`, as its flags name it. */
export interface CliCall {
  method: CliMethod;
  toolName?: string;
  toolArgs?: Record<string, unknown>;
  uri?: string;
  promptName?: string;
  promptArgs?: Record<string, string>;
  logLevel?: string;
  /** Run tools/call as a task and wait for its final result. */
  task?: boolean;
}

/** Send the call through the engine like any page request. Resolves with the raw result. */
export async function cliCall(engine: Engine, c: CliCall): Promise<unknown> {
  switch (c.method) {
    case "tools/call": {
      const out = await engine.callTool(c.toolName!, c.toolArgs ?? {}, c.task ? { task: {} } : {});
      if (out.error) throw Object.assign(new Error(out.error.message), { rpc: out.error });
      // A task-augmented call answers with its task; the engine follows it to the tool's result.
      const r = out.result as { task?: { taskId?: unknown }; resultType?: unknown; taskId?: unknown } | undefined;
      // 2025: { task: { taskId } }; 2026-07-28's tasks extension: the result is the task.
      const taskId = r?.resultType === "task" ? r.taskId : r?.task?.taskId;
      if (c.task && typeof taskId === "string") return (await engine.taskResult(taskId)).result;
      return out.result;
    }
    case "resources/read":
      return (await engine.request("resources/read", { uri: c.uri })).result;
    case "prompts/get":
      return (await engine.request("prompts/get", { name: c.promptName, arguments: c.promptArgs ?? {} })).result;
    case "logging/setLevel":
      return (await engine.request("logging/setLevel", { level: c.logLevel })).result;
    case "ping":
      return (await engine.request("ping", undefined)).result;
    default:
      return (await engine.request(c.method, {})).result;
  }
}
