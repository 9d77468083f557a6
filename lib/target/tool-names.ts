import type { Host } from "./host-entry";

/**
 * The name a host gives a server's tool before a model sees it, and what it refuses: Claude
 * Desktop and Claude Code call it `mcp__SERVER__TOOL`; a model's tool names allow letters, digits,
 * `_` and `-` only, up to 64 characters (Cursor keeps 60 for server and tool together).
 */
const MAX_LENGTH: Record<Host, number> = {
  "claude-desktop": 64,
  "claude-code": 64,
  cursor: 60,
  vscode: 64,
  kiro: 64,
  kimi: 64,
  gemini: 64,
  codex: 64,
  opencode: 64,
  copilot: 64,
  cline: 64,
  qwen: 64,
};
const ALLOWED = /^[A-Za-z0-9_-]+$/;

export interface ToolNameProblem {
  server: string;
  tool: string;
  problem: string;
}

/**
 * The name the host shows the model for `tool` of `server`: `mcp__SERVER__TOOL`, but Copilot CLI's
 * `SERVER-TOOL` (its command reference, "MCP tool name sanitization") and opencode's `SERVER_TOOL`
 * (its MCP page: tools are registered with the server's name as prefix).
 */
export function hostToolName(server: string, tool: string, host?: Host): string {
  if (host === "copilot") return `${server}-${tool}`;
  if (host === "opencode") return `${server}_${tool}`;
  return `mcp__${server}__${tool}`;
}

/** Tool names the host would refuse or cut, and names two servers would share, for every server's tools at once. */
export function toolNameProblems(host: Host, servers: ReadonlyArray<{ server: string; tools: readonly string[] }>): ToolNameProblem[] {
  const max = MAX_LENGTH[host];
  const out: ToolNameProblem[] = [];
  const owners = new Map<string, string>();
  for (const { server, tools } of servers)
    for (const tool of tools) {
      const full = hostToolName(server, tool, host);
      if (!ALLOWED.test(tool))
        out.push({ server, tool, problem: `has characters a model's tool name does not allow (only A-Z a-z 0-9 _ -)` });
      if (full.length > max)
        out.push({ server, tool, problem: `${full} is ${full.length} characters: over ${host}'s ${max}, it is cut or refused` });
      const key = full.slice(0, max).toLowerCase();
      const other = owners.get(key);
      if (other !== undefined && other !== server)
        out.push({ server, tool, problem: `collides with server "${other}"'s tool of the same name as the host writes it` });
      else owners.set(key, server);
    }
  return out;
}
