import type { Engine } from "../engine";
import type { LauncherArgs } from "../cli/args";

/**
 * The one call of `inspector --cli`: the method and parameters the flags name, sent through
 * the engine like any page request. Resolves with the raw result.
 */
export async function cliCall(engine: Engine, a: LauncherArgs): Promise<unknown> {
  switch (a.method) {
    case "tools/call": {
      const out = await engine.callTool(a.toolName!, a.toolArgs);
      if (out.error) throw Object.assign(new Error(out.error.message), { rpc: out.error });
      return out.result;
    }
    case "resources/read":
      return (await engine.request("resources/read", { uri: a.uri })).result;
    case "prompts/get":
      return (await engine.request("prompts/get", { name: a.promptName, arguments: a.promptArgs })).result;
    case "logging/setLevel":
      return (await engine.request("logging/setLevel", { level: a.logLevel })).result;
    case "ping":
      return (await engine.request("ping", undefined)).result;
    default:
      return (await engine.request(a.method!, {})).result;
  }
}
