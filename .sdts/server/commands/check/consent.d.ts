import type { Io } from "../command";
import type { HostServer } from "../../../lib/target/host-config";
import type { ReadConfig } from "./read-config";
/** How the person says yes: `--yes`, or a question on the terminal (absent: no person to ask). */
export interface Consent {
    yes?: boolean;
    ask?: (question: string) => Promise<boolean>;
}
/**
 * A project's file (`.mcp.json`, `.vscode/mcp.json`, … : a clone brings it) runs its commands
 * only after the person says so, as Claude Code, Kimi Code and Codex CLI ask before they start a
 * project's servers: what would start is listed on stderr, then `--yes` or a "y" on the terminal;
 * without a terminal and without `--yes`, nothing starts. The person's own files (user layer) and
 * a file named elsewhere start as before.
 */
export declare function consentToStart(read: ReadConfig, starting: readonly HostServer[], io: Io, c: Consent): Promise<void>;
