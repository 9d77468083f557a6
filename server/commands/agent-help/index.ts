import path from "node:path";
import type { Command, CommonArgs } from "../command";
import { COMMON_FLAGS } from "../common-flags";
import { UsageError } from "../usage-error";
import { ROOT } from "../../paths";
import { AGENT_COMMAND } from "../mcp";

/** The skill shipped in the package (Agent Skills format). */
export const SKILL_PATH = path.join(ROOT, "skills/inspector/SKILL.md");

/** What to paste into CLAUDE.md or AGENTS.md so an agent reaches for the inspector. */
export function agentHelpText(): string {
  return [
    `The inspector's skill for coding agents: ${SKILL_PATH}`,
    "  Claude Code: copy or link its folder into .claude/skills/ (or ~/.claude/skills/).",
    "",
    `Add the MCP server:  claude mcp add inspector -- ${AGENT_COMMAND}`,
    "",
    "For CLAUDE.md or AGENTS.md:",
    "",
    "## Testing the MCP server",
    "Use the `inspector` MCP server's tools to see what this server really does, never guess:",
    "connect (command and args) -> call_tool -> target_output and findings when it fails ->",
    "fix the code -> rebuild -> restart (it says what changed in the surface) -> call again.",
    "Connect only to servers of this project or ones the person named; never print secrets",
    "(tokens, env values) from its answers; save_session to share a recording.",
  ].join("\n");
}

/** `inspector agent-help`: where the skill is, and a block for CLAUDE.md / AGENTS.md. */
export const agentHelpCommand: Command<CommonArgs> = {
  name: "agent-help",
  usage: "Usage: inspector agent-help\nPrints where the inspector's agent skill is and a block for CLAUDE.md or AGENTS.md.",
  summary: "the agent skill's path and a block for CLAUDE.md / AGENTS.md",
  groups: [COMMON_FLAGS],
  usageExit: 2,
  takesTarget: false,
  empty: () => ({ help: false, version: false }),
  operands: (_a, words) => {
    if (words.length) throw new UsageError(`agent-help takes no arguments, got: ${words.join(" ")}`);
  },
  validate: () => undefined,
  run: async (_a, { io }) => (io.out(agentHelpText()), 0),
};
