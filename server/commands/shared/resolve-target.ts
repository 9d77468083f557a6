import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import type { ProtocolEraChoice, Target } from "../../../lib/target/target";
import { UsageError, cannotRead } from "../usage-error";
import type { Env } from "./env-flags";
import type { TargetArgs } from "./target-flags";
import { DEMO_SERVER } from "../../paths";

/**
 * The target the flags name, or undefined when the page's form will choose one. A --config or
 * --registry file's parser (zod's schemas for the config) loads only when a file is named: the
 * launcher starts a target given on the command line before anything heavy has loaded (issue 49).
 */
export async function resolveTarget(a: TargetArgs, env: Env): Promise<Target | undefined> {
  if (a.demo) return { transport: "stdio", command: process.execPath, args: [DEMO_SERVER, "stdio"], env: { ...a.env } };
  if (a.serverUrl) return { transport: a.transport === "sse" ? "sse" : "http", url: a.serverUrl, headers: a.headers };
  if (a.command) return { transport: "stdio", command: a.command, args: a.args, env: a.env, cwd: a.cwd };
  const file = a.config ?? a.registry;
  if (!file) return undefined;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(cannotRead(a.config ? "--config" : "--registry", file, e));
  }
  const found: { target: Target; protocolEra?: ProtocolEraChoice } = a.config
    ? await fromConfigFile(text, file, a.server, env)
    : (await import("./registry")).targetFromRegistry(text, file, a.server, env);
  const target = found.target;
  // The file's protocolEra applies unless --protocol-era gave one (the official CLI's rule).
  if (found.protocolEra && !a.protocolEra) a.protocolEra = found.protocolEra;
  if (target.transport === "stdio") {
    // Flags add to what the file says; a relative cwd is relative to the file.
    return {
      ...target,
      env: { ...target.env, ...a.env },
      args: [...target.args, ...a.args],
      cwd: a.cwd ?? (target.cwd ? path.resolve(path.dirname(file), target.cwd) : undefined),
    };
  }
  return { ...target, headers: { ...target.headers, ...a.headers } };
}

/**
 * The config file's one server, read as its host reads it (lib/target: opencode, Copilot CLI, Cline
 * and Qwen Code in their own terms); its reader's errors are the command line's usage errors.
 */
async function fromConfigFile(text: string, file: string, server: string | undefined, env: Env) {
  const { ConfigError } = await import("../../../lib/target/config-file");
  const { targetFromConfigFile } = await import("../../../lib/target/config-target");
  try {
    return targetFromConfigFile(text, file, server, env, {
      home: homedir(),
      abs: path.resolve(file),
      cwd: process.cwd(),
      sep: path.sep,
      readFile: (p) => readFileSync(p, "utf8"),
    });
  } catch (e) {
    throw e instanceof ConfigError ? new UsageError(e.message) : e;
  }
}
