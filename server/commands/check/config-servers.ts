import { readFileSync } from "node:fs";
import path from "node:path";
import type { Io } from "../command";
import { UsageError } from "../usage-error";
import { connectHeadless, bareSession } from "../../headless/connect";
import { listAll } from "../../headless/listing";
import { ConfigError, targetFromConfig, type ConfigEnv } from "../../../lib/target/config-file";
import { hostServers, toolsAfterFilters, type HostServer } from "../../../lib/target/host-config";
import { hostOf, type Host } from "../../../lib/target/host-entry";
import { toolNameProblems } from "../../../lib/target/tool-names";
import { visible } from "../../../lib/text/visible";
import { redactPatterns } from "../../../lib/session/secret-patterns";
import { maskKnown } from "../../check/mask-known";

/** Servers checked at once (each may spawn a process). */
const AT_ONCE = 3;
/** A host's startup timeout when its file names none. */
const DEFAULT_STARTUP_MS = 30_000;

/** Which host wrote a file, by its name and folder; `mcpServers` files otherwise read as Claude Desktop's. */
export function hostOfFile(file: string, asked?: string): Host {
  if (asked) {
    const h = hostOf(asked);
    if (!h) throw new UsageError(`unknown host "${asked}"`);
    return h;
  }
  const p = file.split(path.sep).join("/");
  if (p.includes(".vscode/")) return "vscode";
  if (p.includes(".kiro/")) return "kiro";
  if (p.includes(".kimi/")) return "kimi";
  if (p.includes(".cursor/")) return "cursor";
  if (path.basename(p) === ".mcp.json" || path.basename(p) === ".claude.json") return "claude-code";
  return "claude-desktop";
}

/** True when the file is an `mcpServers` file of exactly one server that resolves (the single-server check applies). */
export function oneServerIn(file: string, env: ConfigEnv): boolean {
  try {
    targetFromConfig(readFileSync(file, "utf8"), file, undefined, env);
    return true;
  } catch {
    return false;
  }
}

interface Verdict {
  server: HostServer;
  line: string;
  failed: boolean;
  tools: string[];
}

/**
 * `check --config FILE` with no `--server`: every server of the file, a few at a time, one line
 * each in the host's terms (started or why not, the tools the host exposes after its filters),
 * then the tool names the host would refuse or cut. Exit 1 when an enabled server fails.
 * (The hook: server/commands/check calls this when --config names no --server.)
 */
export async function checkConfigServers(file: string, env: ConfigEnv, io: Io, hostName?: string): Promise<number> {
  const host = hostOfFile(file, hostName);
  let servers: HostServer[];
  try {
    servers = hostServers(host, [{ file, scope: "file", text: readFileSync(file, "utf8") }], env);
  } catch (e) {
    if (e instanceof ConfigError) throw new UsageError(e.message);
    throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
  }
  const verdicts: Verdict[] = new Array(servers.length);
  let next = 0;
  const worker = async () => {
    while (next < servers.length) {
      const i = next++;
      verdicts[i] = await checkOne(servers[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, servers.length) }, worker));
  io.out(`${visible(file)} (${host}): ${servers.length} server(s)`);
  for (const v of verdicts) io.out(v.line);
  for (const p of toolNameProblems(
    host,
    verdicts.filter((v) => !v.failed && v.server.enabled).map((v) => ({ server: v.server.name, tools: v.tools })),
  ))
    io.out(`  tool name: ${visible(p.server)}/${visible(p.tool)} ${p.problem}`);
  return verdicts.some((v) => v.failed) ? 1 : 0;
}

async function checkOne(s: HostServer): Promise<Verdict> {
  const name = visible(s.name);
  if (!s.enabled) return { server: s, line: `skip ${name}: ${s.skipped}`, failed: false, tools: [] };
  if (!s.ok)
    return {
      server: s,
      line: `FAIL ${name}: ${visible(redactPatterns(s.message, (_x, what) => `[redacted: ${what}]`))}`,
      failed: true,
      tools: [],
    };
  const mask = maskKnown(s.ok ? s.target : undefined);
  const startup = s.filters.startupTimeoutMs ?? DEFAULT_STARTUP_MS;
  const session = { ...bareSession(s.target), timeouts: { initializeMs: startup }, auth: { mode: "off" as const } };
  const t0 = performance.now();
  const { engine, state, release } = await connectHeadless("mcp-inspector-harness check", session);
  try {
    if (state.status !== "connected") {
      const e = state.error;
      const why =
        e?.kind === "command-not-found"
          ? `command not found: ${s.target.transport === "stdio" ? s.target.command : ""}`
          : e?.kind === "initialize-timeout"
            ? `too slow for the host's startup timeout (${startup} ms)`
            : e?.httpStatus === 401
              ? "401: the server wants authorization"
              : (e?.message ?? state.status);
      return { server: s, line: `FAIL ${name}: ${visible(mask(why))}`, failed: true, tools: [] };
    }
    const ms = Math.round(performance.now() - t0);
    const caps = state.negotiated?.serverCapabilities ?? {};
    const all = "tools" in caps ? (await listAll(engine, "tools/list", "tools")).items.map((t) => String(t.name)) : [];
    const exposed = toolsAfterFilters(all, s.filters);
    const hidden = all.length - exposed.length;
    return {
      server: s,
      line: `ok   ${name}: started in ${ms} ms; ${exposed.length} tool(s) the host exposes${hidden ? ` (${hidden} filtered out)` : ""}${exposed.length ? `: ${exposed.map(visible).join(", ")}` : ""}`,
      failed: false,
      tools: exposed,
    };
  } finally {
    await engine.disconnect().catch(() => undefined);
    release();
  }
}
