/**
 * The hosts whose configuration the tap knows, and the entry each one takes for a stdio server:
 * the file it reads and the shape under it. `inspector tap --print-config` prints these; nothing
 * here writes a host's file.
 */
export const HOSTS = [
  "claude-desktop",
  "claude-code",
  "cursor",
  "vscode",
  "kiro",
  "kimi",
  "gemini",
  "codex",
  "opencode",
  "copilot",
  "cline",
  "qwen",
] as const;
export type Host = (typeof HOSTS)[number];

const HOST_LABELS: Record<Host, string> = {
  "claude-desktop": "Claude Desktop",
  "claude-code": "Claude Code",
  cursor: "Cursor",
  vscode: "VS Code",
  kiro: "Kiro",
  kimi: "Kimi Code",
  gemini: "Gemini CLI",
  codex: "Codex CLI",
  opencode: "opencode",
  copilot: "Copilot CLI",
  cline: "Cline",
  qwen: "Qwen Code",
};

/** A host's name as people write it (the page's server list and check's notes say the same). */
export function hostLabel(host: Host): string {
  return HOST_LABELS[host];
}

export interface HostEntry {
  /** Where the host reads it (the project's file first, where it has one). */
  file: string;
  /** The JSON to merge into that file: the server's entry under the host's own key (Codex: the same as TOML, `toml` says how). */
  json: Record<string, unknown>;
  /** Codex CLI reads TOML: the entry is printed as a `[mcp_servers.NAME]` table. */
  toml?: true;
  /** A command that adds it instead, where the host has one. */
  command?: string;
}

const HOST_FILES: Record<Host, string> = {
  "claude-desktop": "claude_desktop_config.json (macOS: ~/Library/Application Support/Claude/, Windows: %APPDATA%\\Claude\\)",
  "claude-code": ".mcp.json in the project (or ~/.claude.json for every project)",
  cursor: ".cursor/mcp.json in the project (or ~/.cursor/mcp.json)",
  vscode: ".vscode/mcp.json in the workspace (or the user's mcp.json)",
  kiro: ".kiro/settings/mcp.json in the workspace (or ~/.kiro/settings/mcp.json)",
  kimi: ".kimi/mcp.json in the project (or ~/.kimi/mcp.json)",
  gemini: ".gemini/settings.json in the project (or ~/.gemini/settings.json)",
  codex: "~/.codex/config.toml (or .codex/config.toml in a trusted project)",
  opencode: "opencode.json in the project (or ~/.config/opencode/opencode.json)",
  copilot: "~/.copilot/mcp-config.json (or .github/mcp.json in the repository)",
  cline: "~/.cline/data/settings/cline_mcp_settings.json (the VS Code extension: its MCP Servers view, Configure MCP Servers)",
  qwen: ".qwen/settings.json in the project (or ~/.qwen/settings.json)",
};

/** A host's name as a person types it, or undefined (the caller lists HOSTS). */
export function hostOf(name: string): Host | undefined {
  const n = name.toLowerCase().replace(/[\s_]+/g, "-");
  const alias: Record<string, Host> = {
    claude: "claude-desktop",
    code: "vscode",
    "vs-code": "vscode",
    "kimi-code": "kimi",
    "gemini-cli": "gemini",
    "codex-cli": "codex",
    "copilot-cli": "copilot",
    "github-copilot": "copilot",
    "qwen-code": "qwen",
  };
  return (HOSTS as readonly string[]).includes(n) ? (n as Host) : alias[n];
}

/** The entry for `name` running `command args…` (already the tap's command line) in `host`'s configuration. */
export function hostEntry(host: Host, name: string, command: string, args: readonly string[]): HostEntry {
  const stdio = { command, args: [...args] };
  const file = HOST_FILES[host];
  switch (host) {
    case "vscode":
      // VS Code's mcp.json keeps servers under "servers" (beside "inputs"), each with its type.
      return { file, json: { servers: { [name]: { type: "stdio", ...stdio } } } };
    case "claude-code":
      return {
        file,
        json: { mcpServers: { [name]: { type: "stdio", ...stdio } } },
        command: [...mcpAdd("claude", name), command, ...args].map(shellWord).join(" "),
      };
    case "kiro":
      return { file, json: { mcpServers: { [name]: { ...stdio, disabled: false } } } };
    case "kimi":
      return { file, json: { mcpServers: { [name]: { ...stdio, enabled: true } } } };
    case "codex":
      // `codex mcp add NAME -- COMMAND…` (developers.openai.com/codex/mcp); the words after -- are the server's.
      return {
        file,
        json: { mcp_servers: { [name]: stdio } },
        toml: true,
        command: [...mcpAdd("codex", name), command, ...args].map(shellWord).join(" "),
      };
    case "opencode":
      // opencode's `mcp` entry: the command and its arguments in one array (opencode.ai/docs/mcp-servers).
      return { file, json: { mcp: { [name]: { type: "local", command: [command, ...args], enabled: true } } } };
    case "copilot":
      // Copilot CLI wants `tools` on every server ("*": all of them); `copilot mcp add --tools '*' NAME -- COMMAND…` adds it.
      return {
        file,
        json: { mcpServers: { [name]: { type: "local", ...stdio, tools: ["*"] } } },
        // After `--` comes the command, so a NAME that starts with `-` has no place in that line: the JSON only.
        ...(name.startsWith("-")
          ? {}
          : { command: ["copilot", "mcp", "add", "--tools", "*", name, "--", command, ...args].map(shellWord).join(" ") }),
      };
    case "cline":
      return { file, json: { mcpServers: { [name]: { ...stdio, disabled: false } } } };
    default:
      return { file, json: { mcpServers: { [name]: stdio } } };
  }
}

/**
 * `claude mcp add NAME --` puts the server's words after `--`, where they are not read as
 * options. A NAME that starts with `-` would itself be read as one (`-x`: "unknown option"), so
 * then the `--` goes before NAME: every word after it is an operand, NAME the first, the
 * command the second (a later `--`, the tap's own, is passed on as a word).
 */
function mcpAdd(cli: "claude" | "codex", name: string): string[] {
  return name.startsWith("-") ? [cli, "mcp", "add", "--", name] : [cli, "mcp", "add", name, "--"];
}

/** Hosts that refuse some server names, and what they allow (Claude Code's `claude mcp add`, Codex CLI's, Copilot CLI's). */
export const NAME_RULES: Partial<Record<Host, { allowed: RegExp; says: string }>> = {
  "claude-code": { allowed: /^[A-Za-z0-9_-]+$/, says: "letters, digits, - and _ only" },
  codex: { allowed: /^[A-Za-z0-9_-]+$/, says: "letters, digits, - and _ only" },
  // Its command reference, "MCP server naming": spaces and Unicode are fine, not these.
  copilot: { allowed: /^[^\u0000-\u001f\u007f}]+$/, says: "no control character and no }" },
};

/** A word as a POSIX shell reads it back unchanged. */
function shellWord(w: string): string {
  return /^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`;
}
