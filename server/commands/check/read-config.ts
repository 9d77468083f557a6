import { readFileSync, realpathSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { UsageError } from "../usage-error";
import { ConfigError, type ConfigEnv } from "../../../lib/target/config-file";
import { hostServers, type HostServer } from "../../../lib/target/host-config";
import { HOSTS, hostOf, type Host } from "../../../lib/target/host-entry";
import { hostOfPath, type FileHost } from "../../../lib/target/host-paths";
import { HOST_KEY } from "../../../lib/target/host-rules";

/** A host's file as `check --config` reads it: its host, its layer, and its servers in that host's terms. */
export interface ReadConfig extends FileHost {
  file: string;
  servers: HostServer[];
}

/**
 * Read `file` as its host does. The host is known from where the file is once resolved (`cd
 * .vscode && check --config mcp.json` is VS Code's file), then from its shape; `--host` names it
 * for a file elsewhere (its layer still comes from where it is: a project's file stays one).
 */
export function readHostFile(file: string, env: ConfigEnv, asked?: string): ReadConfig {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
  }
  const home = homedir();
  const abs = path.resolve(file);
  let where = hostOfPath(abs, home, text);
  // A link (a dotfiles repo's ~/.cursor/mcp.json → ~/dotfiles/cursor.json): where it really is, if that says more.
  if (where.scope === "file") {
    const real = tryRealpath(abs);
    if (real !== abs) where = hostOfPath(real, home, text);
  }
  // Issue 90 point 7: a format no host here has is said as such, not blamed on Claude Desktop's.
  if (where.unknown && !asked)
    throw new UsageError(
      `${file}: a format no host here knows (no "mcpServers", "servers", "mcp" or [mcp_servers]); if a host reads it, name it with --host (one of: ${HOSTS.join(", ")})`,
    );
  const host: Host = asked ? namedHost(asked) : where.host;
  try {
    const servers = hostServers(
      host,
      [{ file, text, scope: where.scope, ...(where.workspace ? { workspace: where.workspace } : {}) }],
      env,
      {
        home,
        cwd: process.cwd(),
        sep: path.sep,
        readFile: (p) => readFileSync(p, "utf8"),
      },
    );
    if (servers.length === 0 && !new RegExp(`["\\[]${HOST_KEY[host]}\\b`).test(text))
      throw new UsageError(`${file} has no "${HOST_KEY[host]}", where ${host} keeps its servers (name another host with --host)`);
    return { ...where, host, file, servers };
  } catch (e) {
    if (e instanceof ConfigError) throw new UsageError(e.message);
    throw e;
  }
}

function namedHost(asked: string): Host {
  const h = hostOf(asked);
  if (!h) throw new UsageError(`--host: unknown host "${asked}"; one of: ${HOSTS.join(", ")}`);
  return h;
}

function tryRealpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}
