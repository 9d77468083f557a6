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
    ...both("kimi", join(c.home, ".kimi", "mcp.json"), join(c.cwd, ".kimi", "mcp.json")),
  ];
}

/** Which host wrote a file, by its folder and name; any other `mcpServers` file reads as Claude Desktop's. */
export function hostOfPath(file: string): Host {
  const p = file.replace(/\\/g, "/");
  const base = p.slice(p.lastIndexOf("/") + 1);
  if (p.includes(".vscode/") || /\/Code\/User\/mcp\.json$/.test(p)) return "vscode";
  if (p.includes(".kiro/")) return "kiro";
  if (p.includes(".kimi/")) return "kimi";
  if (p.includes(".cursor/")) return "cursor";
  if (base === ".mcp.json" || base === ".claude.json") return "claude-code";
  return "claude-desktop";
}
