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
export declare function hostConfigPaths(c: PathContext): HostConfigPath[];
/** A file's host and layer, and the folder the host would have opened for it (`${workspaceFolder}`). */
export interface FileHost {
    host: Host;
    /** "project": a file that comes with a project (a clone may bring it); "user": the person's own; "file": neither. */
    scope: "user" | "project" | "file";
    workspace?: string;
}
/**
 * Which host reads a file, by its resolved location, then by its shape (`text`): a file elsewhere
 * with `servers` is VS Code's, `mcp_servers` TOML Codex's, `httpUrl`/`includeTools` Gemini CLI's,
 * `bearerTokenEnvVar`/`enabledTools` Kimi Code's; any other `mcpServers` file reads as Claude Desktop's.
 */
export declare function hostOfPath(file: string, home?: string, text?: string): FileHost;
