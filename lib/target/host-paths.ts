import { jsoncText } from "./config-file";
import type { Host } from "./host-entry";

/** Where a host's configuration file may be: the host, which layer it is, and its path. */
export interface HostConfigPath {
  host: Host;
  /** "user" (every project) or "project" (this folder): the project's wins (host-config.ts merges them). */
  scope: "user" | "project";
  file: string;
}

/** What the paths depend on (the caller reads them from Node: os.homedir(), process.cwd(), …). */
export interface PathContext {
  home: string;
  /** The project folder (the working directory). */
  cwd: string;
  /** process.platform: "darwin", "win32", "linux", … */
  platform: string;
  /** %APPDATA% on Windows (default HOME\AppData\Roaming). */
  appData?: string;
  /** $XDG_CONFIG_HOME elsewhere (default HOME/.config). */
  xdgConfig?: string;
  /** $CODEX_HOME (default HOME/.codex). */
  codexHome?: string;
  /** $COPILOT_HOME (default HOME/.copilot). */
  copilotHome?: string;
}

/**
 * The configuration files each host reads, each host's user layer first, then its project's (the
 * order `hostServers` merges in). Pure: it says where to look, the caller reads what exists.
 * Claude Desktop has no project layer; Claude Code's user servers are `mcpServers` in ~/.claude.json.
 */
export function hostConfigPaths(c: PathContext): HostConfigPath[] {
  const win = c.platform === "win32";
  const sep = win ? "\\" : "/";
  const join = (...parts: string[]) => parts.map((p, i) => (i === 0 ? p.replace(/[\\/]+$/, "") : p)).join(sep);
  /** Where desktop apps keep their settings: Application Support, %APPDATA%, or XDG's config folder. */
  const appDir =
    c.platform === "darwin"
      ? join(c.home, "Library", "Application Support")
      : win
        ? (c.appData ?? join(c.home, "AppData", "Roaming"))
        : (c.xdgConfig ?? join(c.home, ".config"));
  const both = (host: Host, user: string, project: string): HostConfigPath[] => [
    { host, scope: "user", file: user },
    { host, scope: "project", file: project },
  ];
  return [
    { host: "claude-desktop", scope: "user", file: join(appDir, "Claude", "claude_desktop_config.json") },
    ...both("claude-code", join(c.home, ".claude.json"), join(c.cwd, ".mcp.json")),
    ...both("cursor", join(c.home, ".cursor", "mcp.json"), join(c.cwd, ".cursor", "mcp.json")),
    ...both("vscode", join(appDir, "Code", "User", "mcp.json"), join(c.cwd, ".vscode", "mcp.json")),
    ...both("kiro", join(c.home, ".kiro", "settings", "mcp.json"), join(c.cwd, ".kiro", "settings", "mcp.json")),
    // Kimi Code's older folder and its newer one (its MCP page names ~/.kimi-code/ and .kimi-code/): the users' first.
    { host: "kimi", scope: "user", file: join(c.home, ".kimi", "mcp.json") },
    { host: "kimi", scope: "user", file: join(c.home, ".kimi-code", "mcp.json") },
    { host: "kimi", scope: "project", file: join(c.cwd, ".kimi", "mcp.json") },
    { host: "kimi", scope: "project", file: join(c.cwd, ".kimi-code", "mcp.json") },
    ...both("gemini", join(c.home, ".gemini", "settings.json"), join(c.cwd, ".gemini", "settings.json")),
    ...both("codex", join(c.codexHome ?? join(c.home, ".codex"), "config.toml"), join(c.cwd, ".codex", "config.toml")),
    // opencode: its global file, then the project's (opencode.json or opencode.jsonc at its root).
    { host: "opencode", scope: "user", file: join(c.xdgConfig ?? join(c.home, ".config"), "opencode", "opencode.json") },
    { host: "opencode", scope: "user", file: join(c.xdgConfig ?? join(c.home, ".config"), "opencode", "opencode.jsonc") },
    { host: "opencode", scope: "project", file: join(c.cwd, "opencode.json") },
    { host: "opencode", scope: "project", file: join(c.cwd, "opencode.jsonc") },
    // Copilot CLI also reads the project's .mcp.json (listed under Claude Code above).
    ...both("copilot", join(c.copilotHome ?? join(c.home, ".copilot"), "mcp-config.json"), join(c.cwd, ".github", "mcp.json")),
    // Cline: the file its CLI and (since it moved there) its extension share, then the VS Code extension's own.
    { host: "cline", scope: "user", file: join(c.home, ".cline", "data", "settings", "cline_mcp_settings.json") },
    {
      host: "cline",
      scope: "user",
      file: join(appDir, "Code", "User", "globalStorage", "saoudrizwan.claude-dev", "settings", "cline_mcp_settings.json"),
    },
    ...both("qwen", join(c.home, ".qwen", "settings.json"), join(c.cwd, ".qwen", "settings.json")),
  ];
}

/** A file's host and layer, and the folder the host would have opened for it (`${workspaceFolder}`). */
export interface FileHost {
  host: Host;
  /** "project": a file that comes with a project (a clone may bring it); "user": the person's own; "file": neither. */
  scope: "user" | "project" | "file";
  workspace?: string;
  /** Neither its place nor its shape is a host's here (no `mcpServers`, `servers`, `mcp`, `[mcp_servers]`): `host` is only a default. */
  unknown?: true;
}

/**
 * Each host's files by where they are (an absolute, resolved path: `cd .vscode && … mcp.json` is
 * `/…/.vscode/mcp.json`): the folder pattern, and whether it is the user's own when it sits in the
 * home folder (`~/.cursor/mcp.json` is Cursor's global file, `/repo/.cursor/mcp.json` a project's).
 */
const PLACES: Array<{ host: Host; re: RegExp; inHome?: true; user?: true }> = [
  { host: "vscode", re: /\/Code(?: - Insiders)?\/User\/(?:profiles\/[^/]+\/)?mcp\.json$/, user: true },
  { host: "vscode", re: /\/\.vscode\/mcp\.json$/ },
  { host: "cursor", re: /\/\.cursor\/mcp\.json$/, inHome: true },
  { host: "kiro", re: /\/\.kiro\/settings\/mcp\.json$/, inHome: true },
  { host: "kimi", re: /\/\.kimi(?:-code)?\/mcp\.json$/, inHome: true },
  { host: "gemini", re: /\/\.gemini\/settings\.json$/, inHome: true },
  { host: "codex", re: /\/\.codex\/config\.toml$/, inHome: true },
  { host: "claude-code", re: /\/\.claude\.json$/, user: true },
  { host: "claude-code", re: /\/\.mcp\.json$/ },
  { host: "claude-desktop", re: /\/claude_desktop_config\.json$/, user: true },
  { host: "qwen", re: /\/\.qwen\/settings\.json$/, inHome: true },
  { host: "copilot", re: /\/\.copilot\/mcp-config\.json$/, user: true },
  { host: "copilot", re: /\/\.github\/mcp\.json$/ },
  { host: "cline", re: /\/cline_mcp_settings\.json$/, user: true },
  { host: "opencode", re: /\/\.config\/opencode\/opencode\.jsonc?$/, user: true },
  // A project's opencode.json sits at its root: the folder that holds it is the project.
  { host: "opencode", re: /\/opencode\.jsonc?$/ },
];

/**
 * Which host reads a file, by its resolved location, then by its shape (`text`): a file elsewhere
 * with `servers` is VS Code's, `mcp_servers` TOML Codex's, `mcp` with "local"/"remote" entries
 * opencode's; under `mcpServers`, `transport`/`autoApprove`/`alwaysAllow` Cline's,
 * `tools`/`type: "local"` Copilot CLI's, `discoveryTimeoutMs` Qwen Code's, `httpUrl`/`includeTools`
 * Gemini CLI's, `bearerTokenEnvVar`/`enabledTools` Kimi Code's; any other `mcpServers` file reads
 * as Claude Desktop's. JSON with none of those keys is `unknown`.
 */
export function hostOfPath(file: string, home = "", text?: string): FileHost {
  const p = file.replace(/\\/g, "/");
  const h = home.replace(/\\/g, "/").replace(/\/+$/, "");
  for (const place of PLACES) {
    const m = place.re.exec(p);
    if (!m) continue;
    // The folder that holds the host's folder: the project the host opened.
    const root = p.slice(0, m.index) || "/";
    if (place.user || (place.inHome && h && root === h)) return { host: place.host, scope: "user" };
    // Copilot CLI reads a project's .mcp.json too: its own shape (`type: "local"`, `tools`) says it is Copilot's.
    if (place.host === "claude-code" && shapeOf(text) === "copilot") return { host: "copilot", scope: "project", workspace: root };
    return { host: place.host, scope: "project", workspace: root };
  }
  const shaped = /\.toml$/i.test(p) ? "codex" : shapeOf(text);
  // A file whose shape no host here has: named as unknown, never read as another host's.
  return shaped ? { host: shaped, scope: "file" } : { host: "claude-desktop", scope: "file", unknown: true };
}

/** Which host's file a text is by its shape, or undefined when no host here keeps its servers so. */
function shapeOf(text: string | undefined): Host | undefined {
  if (text === undefined) return "claude-desktop";
  if (/^\s*\[mcp_servers[.\]]/m.test(text)) return "codex";
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    try {
      json = JSON.parse(jsoncText(text));
    } catch {
      // Not JSON: reading it says so.
      return "claude-desktop";
    }
  }
  const o = json && typeof json === "object" ? (json as Record<string, unknown>) : {};
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
  if (isObject(o.servers) && !o.mcpServers) return "vscode";
  // opencode's `mcp`: entries with `type` "local" (a command array) or "remote".
  const mcp = isObject(o.mcp) ? Object.values(o.mcp) : [];
  if (!o.mcpServers && mcp.some((e) => isObject(e) && (e.type === "local" || e.type === "remote"))) return "opencode";
  if (!isObject(o.mcpServers)) return undefined;
  const entries = Object.values(o.mcpServers).filter(isObject);
  const has = (...keys: string[]) => entries.some((e) => keys.some((k) => k in e));
  if (has("transport", "autoApprove", "alwaysAllow") || entries.some((e) => e.type === "streamableHttp")) return "cline";
  if (has("tools") || entries.some((e) => e.type === "local")) return "copilot";
  if (has("discoveryTimeoutMs", "versionNegotiation")) return "qwen";
  if (has("httpUrl", "includeTools", "excludeTools", "trust")) return "gemini";
  if (has("bearerTokenEnvVar", "enabledTools", "startupTimeoutMs", "toolTimeoutMs")) return "kimi";
  return "claude-desktop";
}
