import { existsSync, statSync } from "node:fs";
import path from "node:path";
import type { Command, CommonArgs } from "../command";
import type { FlagGroup } from "../flag-spec";
import { COMMON_FLAGS } from "../common-flags";
import { UsageError } from "../usage-error";

/** The command a coding agent's configuration runs: the package's own bin, so no other package can answer to it (issue 51). */
export const AGENT_COMMAND = "npx -y mcp-inspector-harness mcp";

export interface McpArgs extends CommonArgs {
  /** --dir: the folder save_session writes in (default the working directory). */
  dir?: string;
}

const MCP_FLAGS: FlagGroup<McpArgs> = {
  title: "inspector mcp",
  flags: [
    {
      names: ["--dir"],
      value: "DIR",
      help: "the folder the agent's save_session may write in (default: the working directory)",
      set: (a, v) => (a.dir = v),
    },
  ],
};

/** `inspector mcp`: the inspector as an MCP server over stdio, for coding agents (docs/agents.md). */
export const mcpCommand: Command<McpArgs> = {
  name: "mcp",
  usage: `Usage: inspector mcp [--dir DIR]\nThe inspector as an MCP server over stdio, for a coding agent: claude mcp add inspector -- ${AGENT_COMMAND}`,
  summary: "the inspector as an MCP server for coding agents (connect, call, stderr, findings, restart, diff)",
  groups: [MCP_FLAGS, COMMON_FLAGS],
  usageExit: 2,
  takesTarget: false,
  empty: () => ({ help: false, version: false }),
  operands: (_a, words) => {
    if (words.length) throw new UsageError(`mcp takes no target (the agent connects with its connect tool), got: ${words.join(" ")}`);
  },
  validate: (a) => {
    if (a.dir !== undefined && !(existsSync(a.dir) && statSync(a.dir).isDirectory()))
      throw new UsageError(`--dir ${a.dir}: no such folder`);
  },
  run: async (a) => {
    // Loaded only for this command: the SDK's server side stays out of every other command's start.
    await (await import("../../agent/serve-stdio")).serveStdio({ root: a.dir ? path.resolve(a.dir) : undefined });
    return 0;
  },
  helpFooter: [
    "Tools",
    "  connect, list, call_tool, target_output, findings, timeline, restart (with the surface diff), … (docs/agents.md)",
    "",
  ],
};
