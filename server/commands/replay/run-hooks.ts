import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { visible } from "../../../lib/text/visible";

/** Per-run preparation of a stateful server (issue 36 item 4): fresh paths, setup and teardown commands. */
export interface RunHooks {
  /** `NAME`: a path that does not exist yet in a new empty folder; `NAME/`: that empty folder itself. */
  freshEnv: readonly string[];
  setup?: string;
  teardown?: string;
}

/** The variables a run gets: each NAME a new path, so no run sees what the one before it stored. */
export function freshPaths(names: readonly string[]): { vars: Record<string, string>; cleanup: () => void } {
  if (!names.length) return { vars: {}, cleanup: () => undefined };
  const dir = mkdtempSync(path.join(tmpdir(), "inspector-run-"));
  const vars: Record<string, string> = {};
  for (const n of names) vars[n.replace(/\/$/, "")] = n.endsWith("/") ? dir : path.join(dir, n.toLowerCase());
  return { vars, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Run a --setup or --teardown command in a shell (the person typed it on this command line, as
 * they would in CI's `run:`), in the server's directory with the server's variables; its output
 * goes to stderr (stdout is the report's). Resolves with the exit code, or -1 when it cannot start.
 */
export function runHook(
  what: "setup" | "teardown",
  command: string,
  o: { cwd?: string; env: Record<string, string | undefined>; err: (line: string) => void },
): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, cwd: o.cwd, env: o.env, stdio: ["ignore", "pipe", "pipe"] });
    const say = (chunk: Buffer) =>
      chunk
        .toString("utf8")
        .split("\n")
        .filter(Boolean)
        .forEach((l) => o.err(`${what}: ${visible(l)}`));
    child.stdout.on("data", say);
    child.stderr.on("data", say);
    child.on("error", (e) => {
      o.err(`inspector: --${what} could not start: ${e.message}`);
      resolve(-1);
    });
    child.on("close", (code) => resolve(code ?? -1));
  });
}
