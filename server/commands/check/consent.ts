import type { Io } from "../command";
import { UsageError } from "../usage-error";
import { describeTarget } from "../../../lib/target/target";
import type { HostServer } from "../../../lib/target/host-config";
import { visible } from "../../../lib/text/visible";
import { maskKnown } from "../../check/mask-known";
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
export async function consentToStart(read: ReadConfig, starting: readonly HostServer[], io: Io, c: Consent): Promise<void> {
  if (read.scope !== "project" || starting.length === 0 || c.yes) return;
  io.err(`${visible(read.file)} is a project's file (${read.host}): checking it starts these servers on this machine:`);
  for (const s of starting) {
    if (!s.ok) continue;
    const what = s.target.transport === "stdio" ? `runs ${describeTarget(s.target)}` : `connects to ${describeTarget(s.target)}`;
    io.err(`  ${visible(s.name)}: ${visible(maskKnown(s.target, s.filled)(what))}`);
  }
  if (!c.ask)
    throw new UsageError(
      `not started: ${read.file} is a project's file and there is no terminal to ask; after reading the list above, run again with --yes to start them`,
    );
  if (!(await c.ask("Start them? [y/N] "))) throw new UsageError("not started: you did not say yes");
}
