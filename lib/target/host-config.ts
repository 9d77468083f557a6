import { parse as parseToml } from "smol-toml";
import { asRecord } from "../json/shape";
import { ConfigError, configJson, entryToTarget, jsoncText, type ConfigEnv, type ConfiguredServer } from "./config-file";
import type { Host } from "./host-entry";
import { HOST_KEY, readHostEntry, skipOf, type HostFilters, type ReadContext } from "./host-rules";
import { ProtocolEraChoiceSchema } from "./target";

export type { HostFilters } from "./host-rules";

/** One file of a host's configuration, as read (the caller reads files; this is pure). */
export interface ConfigLayer {
  file: string;
  text: string;
  /** "user", "project", "workspace": what the host calls this layer. */
  scope: string;
  /** The folder the host opened (`${workspaceFolder}`, a relative envFile); default: the context's cwd. */
  workspace?: string;
}

/** What `${userHome}`, `${workspaceFolder}` and an envFile need; absent parts are empty (nothing read). */
export interface HostContext {
  home?: string;
  cwd?: string;
  sep?: string;
  readFile?: (path: string) => string;
}

/** One server as a host would see it: from which layer, whether it would start it, and its target or why not. */
export type HostServer = ConfiguredServer & {
  host: Host;
  /** The file (the layer) whose entry won. */
  file: string;
  scope: string;
  /** False when the host would not start it (`disabled: true`, `enabled: false`): `skipped` says why. */
  enabled: boolean;
  skipped?: string;
  filters: HostFilters;
  /** Values the host would fill from the environment or an envFile: every report masks them. */
  filled: string[];
  /** VS Code's `${input:ID}`: the person is asked when the host starts it, so it is not started here. */
  needsInput?: string;
  /** What the host does with a key another host honours. */
  notes: string[];
};

/**
 * The servers of a host's configuration, its layers merged as the host merges them: `layers` go
 * lowest first (the user's, then the project's or workspace's), and a server named in a higher
 * layer replaces the lower one's entry whole (Claude Code: project .mcp.json over the user's;
 * Kiro: workspace over user; Kimi Code: project over user; Cursor: project over global; VS Code:
 * workspace over user; Gemini CLI, Qwen Code, Codex CLI and opencode: project over user; Copilot
 * CLI: a repository's file over ~/.copilot/mcp-config.json). Each entry is read by its
 * host's rules (host-rules.ts: the keys it honours, how it fills `${…}`).
 */
export function hostServers(host: Host, layers: readonly ConfigLayer[], env: ConfigEnv, c: HostContext = {}): HostServer[] {
  const byName = new Map<string, HostServer>();
  for (const layer of layers) {
    const whole = asRecord(
      host === "codex" ? tomlOf(layer.text, layer.file) : configJson(host === "opencode" ? jsoncText(layer.text) : layer.text, layer.file),
    );
    const raw = whole[HOST_KEY[host]] ?? bareServers(host, whole);
    if (raw === undefined) continue;
    if (typeof raw !== "object" || raw === null || Array.isArray(raw))
      throw new ConfigError(`${layer.file}: "${HOST_KEY[host]}" is not an object`);
    const ctx: ReadContext = {
      env,
      home: c.home ?? "",
      workspace: layer.workspace ?? c.cwd ?? "",
      sep: c.sep ?? "/",
      // opencode's `{file:…}` is relative to the configuration file's folder.
      dir: layer.file.replace(/[\\/][^\\/]*$/, ""),
      readFile:
        c.readFile ??
        (() => {
          throw new Error("files are not read here");
        }),
    };
    // Gemini CLI's `mcp.excluded`: servers named there are not started. Qwen Code's `mcp.excluded`
    // and `mcp.allowed` take glob patterns, and excluded wins (its MCP page).
    const lists = host === "gemini" || host === "qwen" ? asRecord(whole.mcp) : {};
    const glob = host === "qwen";
    for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
      const server = readOne(host, name, value, layer, ctx, whole);
      if (listed(lists.excluded, name, glob))
        Object.assign(server, { enabled: false, skipped: "named in mcp.excluded (the host does not start it)" });
      else if (glob && Array.isArray(lists.allowed) && !listed(lists.allowed, name, glob))
        Object.assign(server, { enabled: false, skipped: "not named in mcp.allowed (the host does not start it)" });
      // The order is the first layer's that names it; a later layer's entry replaces it whole.
      byName.set(name, server);
    }
  }
  return [...byName.values()];
}

function readOne(
  host: Host,
  name: string,
  value: unknown,
  layer: ConfigLayer,
  ctx: ReadContext,
  whole: Record<string, unknown>,
): HostServer {
  const entry = asRecord(value);
  const where = `${layer.file}: server "${name}"`;
  const base = { name, entry, host, file: layer.file, scope: layer.scope };
  // Kept outside the reading: a value filled before the entry failed is still masked in its message.
  const filled: string[] = [];
  try {
    const r = readHostEntry(host, value, ctx, where, filled);
    const about = {
      enabled: r.enabled,
      ...(r.skipped ? { skipped: r.skipped } : {}),
      filters: r.filters,
      filled: r.filled,
      notes: r.notes,
    };
    if (r.needsInput)
      return {
        ...base,
        ...about,
        ok: false,
        needsInput: r.needsInput,
        message: `needs the input "${r.needsInput}", which VS Code asks for when it starts the server`,
      };
    const era = ProtocolEraChoiceSchema.safeParse(entry.protocolEra ?? whole.protocolEra);
    if ((entry.protocolEra ?? whole.protocolEra) !== undefined && !era.success)
      throw new ConfigError(
        `${where}: protocolEra must be "legacy", "auto" or "modern", got ${JSON.stringify(entry.protocolEra ?? whole.protocolEra)}`,
      );
    const target = entryToTarget(r.entry, where);
    return { ...base, ...about, ok: true, target, ...(era.success && era.data ? { protocolEra: era.data } : {}) };
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    const skipped = skipOf(host, entry);
    return { ...base, ok: false, message: e.message, enabled: !skipped, ...(skipped ? { skipped } : {}), filters: {}, filled, notes: [] };
  }
}

/** A server list's name matches: exactly, or (Qwen Code) as a glob where `*` is any run and `?` one character. */
function listed(list: unknown, name: string, glob: boolean): boolean {
  if (!Array.isArray(list)) return false;
  return list.some(
    (p) =>
      typeof p === "string" &&
      (p === name ||
        (glob &&
          new RegExp(
            `^${p
              .replace(/[.+^${}()|[\]\\]/g, "\\$&")
              .replace(/\*/g, ".*")
              .replace(/\?/g, ".")}$`,
            "s",
          ).test(name))),
  );
}

/**
 * Copilot CLI's project files may hold the servers at the top, each key a server's name, with no
 * `mcpServers` around them (its docs' "bare top-level format"): read as such when every value is
 * an entry (a command or a url).
 */
function bareServers(host: Host, whole: Record<string, unknown>): Record<string, unknown> | undefined {
  if (host !== "copilot") return undefined;
  const values = Object.values(whole);
  const entry = (v: unknown) => typeof v === "object" && v !== null && ("command" in v || "url" in v);
  return values.length > 0 && values.every(entry) ? whole : undefined;
}

function tomlOf(text: string, file: string): unknown {
  try {
    return parseToml(text);
  } catch (e) {
    throw new ConfigError(`${file} is not valid TOML: ${(e as Error).message.split("\n")[0]}`);
  }
}

/** The tools a host exposes after its filters: enabledTools (when given) keeps only those, disabledTools removes. */
export function toolsAfterFilters(tools: readonly string[], f: HostFilters): string[] {
  return tools.filter((t) => (!f.enabledTools || f.enabledTools.includes(t)) && !f.disabledTools?.includes(t));
}
