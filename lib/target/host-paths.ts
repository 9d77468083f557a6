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
  ];
}

/** A file's host and layer, and the folder the host would have opened for it (`${workspaceFolder}`). */
export interface FileHost {
  host: Host;
  /** "project": a file that comes with a project (a clone may bring it); "user": the person's own; "file": neither. */
  scope: "user" | "project" | "file";
  workspace?: string;
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
];

/**
 * Which host reads a file, by its resolved location, then by its shape (`text`): a file elsewhere
 * with `servers` is VS Code's, `mcp_servers` TOML Codex's, `httpUrl`/`includeTools` Gemini CLI's,
 * `bearerTokenEnvVar`/`enabledTools` Kimi Code's; any other `mcpServers` file reads as Claude Desktop's.
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
    return { host: place.host, scope: "project", workspace: root };
  }
  return { host: hostOfShape(p, text), scope: "file" };
}

function hostOfShape(p: string, text: string | undefined): Host {
  if (text === undefined) return "claude-desktop";
  if (/\.toml$/i.test(p) || /^\s*\[mcp_servers[.\]]/m.test(text)) return "codex";
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return "claude-desktop";
  }
  const o = json && typeof json === "object" ? (json as Record<string, unknown>) : {};
  if (o.servers && typeof o.servers === "object" && !o.mcpServers) return "vscode";
  const entries = Object.values(o.mcpServers && typeof o.mcpServers === "object" ? o.mcpServers : {});
  const has = (...keys: string[]) => entries.some((e) => e && typeof e === "object" && keys.some((k) => k in e));
  if (has("httpUrl", "includeTools", "excludeTools", "trust")) return "gemini";
  if (has("bearerTokenEnvVar", "enabledTools", "startupTimeoutMs", "toolTimeoutMs")) return "kimi";
  return "claude-desktop";
}
