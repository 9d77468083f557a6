import type { Command, CommonArgs } from "../command";
import { COMMON_FLAGS } from "../common-flags";
import { UsageError } from "../usage-error";

/** `inspector mcp`: the inspector as an MCP server over stdio, for coding agents (docs/agents.md). */
export const mcpCommand: Command<CommonArgs> = {
  name: "mcp",
  usage:
    "Usage: inspector mcp\nThe inspector as an MCP server over stdio, for a coding agent: claude mcp add inspector -- npx inspector mcp",
  summary: "the inspector as an MCP server for coding agents (connect, call, stderr, findings, restart, diff)",
  groups: [COMMON_FLAGS],
  usageExit: 2,
  takesTarget: false,
  empty: () => ({ help: false, version: false }),
  operands: (_a, words) => {
    if (words.length) throw new UsageError(`mcp takes no target (the agent connects with its connect tool), got: ${words.join(" ")}`);
  },
  validate: () => undefined,
  run: async () => {
    // Loaded only for this command: the SDK's server side stays out of every other command's start.
    await (await import("../../agent/serve-stdio")).serveStdio();
    return 0;
  },
  helpFooter: [
    "Tools",
    "  connect, list, call_tool, target_output, findings, timeline, restart (with the surface diff), … (docs/agents.md)",
    "",
  ],
};
