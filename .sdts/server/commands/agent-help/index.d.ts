import type { Command, CommonArgs } from "../command";
/** The skill shipped in the package (Agent Skills format). */
export declare const SKILL_PATH: string;
/** What to paste into CLAUDE.md or AGENTS.md so an agent reaches for the inspector. */
export declare function agentHelpText(): string;
/** `inspector agent-help`: where the skill is, and a block for CLAUDE.md / AGENTS.md. */
export declare const agentHelpCommand: Command<CommonArgs>;
