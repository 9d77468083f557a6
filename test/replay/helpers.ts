import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCommandLine } from "../../server/commands/main";
import { FIXTURES } from "../helpers/targets";

/** The replay fixture server (test/fixtures/replay-server.mjs) with its switches. */
export function fixture(env: Record<string, string> = {}) {
  return { transport: "stdio" as const, command: process.execPath, args: [path.join(FIXTURES, "replay-server.mjs")], env };
}

/** Everything the recording client offers, so the fixture may ask for sampling and roots. */
export const ASKING = { sampling: true, elicitationForm: true, elicitationUrl: false, roots: true, tasks: false };

export function tempDir(prefix = "replay-"): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** Write a session where replay reads it, as pretty JSON with a final newline (as every writer does). */
export function saveSession(session: unknown, dir = tempDir()): string {
  const file = path.join(dir, "rec.mcp-session.json");
  writeFileSync(file, JSON.stringify(session, null, 2) + "\n");
  return file;
}

/** `inspector replay …` in-process: exit code, stdout and stderr. */
export async function replayCli(argv: string[], env: Record<string, string> = {}) {
  let out = "";
  let err = "";
  const code = await runCommandLine(["replay", ...argv], env, { out: (s) => void (out += s + "\n"), err: (s) => void (err += s + "\n") });
  return { code, out, err };
}
