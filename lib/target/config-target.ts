import { ConfigError, targetFromConfig, type ConfigEnv } from "./config-file";
import { hostServers, type HostContext } from "./host-config";
import type { Host } from "./host-entry";
import { hostOfPath } from "./host-paths";
import { HOST_KEY } from "./host-rules";
import type { ProtocolEraChoice, Target } from "./target";

/**
 * Hosts whose files are not the common `mcpServers` shape (issue 90): opencode's `mcp` with
 * `type: "local"` and a command array, Copilot CLI's `type: "local"`, Cline's `transport: {…}`,
 * Qwen Code's `httpUrl`. Their files are read by the host's own rules, as `check --config` reads
 * them; every other file as the common shape, as before.
 */
const OWN_TERMS: readonly Host[] = ["opencode", "copilot", "cline", "qwen"];

/** The context of a read: `home` and the file's absolute path (`abs`) decide a user file from a project's. */
export type ConfigTargetContext = HostContext & { home: string; abs: string };

/**
 * The one server `--cli --config FILE --server NAME` and `connect({ config, server })` name (or
 * the only one), read as the host whose file it is would read it. Throws ConfigError.
 */
export function targetFromConfigFile(
  text: string,
  file: string,
  serverName: string | undefined,
  env: ConfigEnv,
  c: ConfigTargetContext,
): { name: string; target: Target; protocolEra?: ProtocolEraChoice } {
  const where = hostOfPath(c.abs, c.home, text);
  if (where.unknown || !OWN_TERMS.includes(where.host)) return targetFromConfig(text, file, serverName, env);
  const host = where.host;
  const layer = { file, text, scope: where.scope, ...(where.workspace ? { workspace: where.workspace } : {}) };
  const servers = hostServers(host, [layer], env, c);
  const names = servers.map((s) => s.name);
  if (names.length === 0) throw new ConfigError(`${file} lists no servers under "${HOST_KEY[host]}"`);
  let name = serverName;
  if (name === undefined) {
    if (names.length > 1) throw new ConfigError(`${file} has ${names.length} servers (${names.join(", ")}): choose one with --server NAME`);
    name = names[0];
  }
  const found = servers.find((s) => s.name === name);
  if (!found) throw new ConfigError(`server "${name}" is not in ${file} (it has: ${names.join(", ")})`);
  if (!found.ok) throw new ConfigError(found.message);
  return { name, target: found.target, ...(found.protocolEra ? { protocolEra: found.protocolEra } : {}) };
}
