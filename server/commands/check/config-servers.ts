import path from "node:path";
import type { Io } from "../command";
import { mapAtMost } from "../shared/map-at-most";
import { connectHeadless, bareSession } from "../../headless/connect";
import { emptyAnswers } from "../shared/target-flags";
import { asHost } from "./as-host";
import { listAll } from "../../headless/listing";
import type { ConfigEnv } from "../../../lib/target/config-file";
import { toolsAfterFilters, type HostServer } from "../../../lib/target/host-config";
import { toolNameProblems } from "../../../lib/target/tool-names";
import { visible } from "../../../lib/text/visible";
import { maskKnown } from "../../check/mask-known";
import { consentToStart, type Consent } from "./consent";
import { readHostFile, type ReadConfig } from "./read-config";

/** Servers checked at once (each may spawn a process). */
const AT_ONCE = 3;
/** A host's startup timeout when its file names none. */
const DEFAULT_STARTUP_MS = 30_000;

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
export async function checkConfigServers(
  file: string,
  env: ConfigEnv,
  io: Io,
  o: Consent & { host?: string; read?: ReadConfig } = {},
): Promise<number> {
  const read = o.read ?? readHostFile(file, env, o.host);
  const { host, servers } = read;
  await consentToStart(
    read,
    servers.filter((s) => s.enabled && s.ok),
    io,
    o,
  );
  const verdicts = await mapAtMost(servers, AT_ONCE, (s) => checkOne(s, read));
  io.out(`${visible(file)} (${host}): ${servers.length} server(s)`);
  for (const v of verdicts) io.out(v.line);
  for (const p of toolNameProblems(
    host,
    verdicts.filter((v) => !v.failed && v.server.enabled).map((v) => ({ server: v.server.name, tools: v.tools })),
  ))
    io.out(`  tool name: ${visible(p.server)}/${visible(p.tool)} ${p.problem}`);
  return verdicts.some((v) => v.failed) ? 1 : 0;
}

async function checkOne(s: HostServer, read: ReadConfig): Promise<Verdict> {
  const name = visible(s.name);
  const mask = maskKnown(s.ok ? s.target : undefined, s.filled);
  const notes = s.notes.map((n) => `\n     note: ${visible(n)}`).join("");
  if (!s.enabled) return { server: s, line: `skip ${name}: ${s.skipped}`, failed: false, tools: [] };
  // The host asks the person for an input when it starts the server: not a failure of the file.
  if (s.needsInput !== undefined)
    return { server: s, line: `input ${name}: ${visible(mask(s.ok ? "" : s.message))}`, failed: false, tools: [] };
  if (!s.ok) return { server: s, line: `FAIL ${name}: ${visible(mask(s.message))}${notes}`, failed: true, tools: [] };
  const startup = s.filters.startupTimeoutMs ?? DEFAULT_STARTUP_MS;
  // A relative cwd is the file's folder's, as everywhere --config is read.
  const target =
    s.target.transport === "stdio" && s.target.cwd ? { ...s.target, cwd: path.resolve(path.dirname(s.file), s.target.cwd) } : s.target;
  // Declaring what the host declares, so the tools counted are the ones it sees (issue 90 item 8).
  const bare = { ...bareSession(target), timeouts: { initializeMs: startup }, auth: { mode: "off" as const } };
  const { session } = asHost(bare, read.host, read.workspace ?? process.cwd(), emptyAnswers());
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
      return { server: s, line: `FAIL ${name}: ${visible(mask(why))}${notes}`, failed: true, tools: [] };
    }
    const ms = Math.round(performance.now() - t0);
    const caps = state.negotiated?.serverCapabilities ?? {};
    const all = "tools" in caps ? (await listAll(engine, "tools/list", "tools")).items.map((t) => String(t.name)) : [];
    const exposed = toolsAfterFilters(all, s.filters);
    const hidden = all.length - exposed.length;
    return {
      server: s,
      line: `ok   ${name}: started in ${ms} ms; ${exposed.length} tool(s) the host exposes${hidden ? ` (${hidden} filtered out)` : ""}${exposed.length ? `: ${exposed.map(visible).join(", ")}` : ""}${notes}`,
      failed: false,
      tools: exposed,
    };
  } finally {
    await engine.disconnect().catch(() => undefined);
    release();
  }
}
