import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./targets";
import { exitedAndRead } from "./exited";

export interface LauncherRun {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the page URL once printed (its one-time `#launch=` link), or rejects with the output if the launcher exits first. */
  ready: Promise<string>;
  /** The access token printed under the URL (read once `ready` has resolved). */
  token(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Run `inspector …` as a user would (node bin/inspector.mjs), never opening a browser. */
export function runLauncher(args: string[], env: Record<string, string> = {}): LauncherRun {
  const child = spawn(process.execPath, [path.join(ROOT, "bin/inspector.mjs"), ...args], {
    cwd: ROOT,
    env: { ...process.env, INSPECTOR_BROWSER: "true", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (err += d));
  // Exited once its output is read (not at 'exit': a test reads stderr right after).
  const exited = exitedAndRead(child);
  const ready = new Promise<string>((resolve, reject) => {
    const check = () => {
      // The token's line comes with the URL's, in the same write; waiting for it costs nothing.
      const m = /is up at (\S+)\n^Access token/m.exec(out);
      if (m) resolve(m[1]);
    };
    child.stdout!.on("data", check);
    void exited.then(({ code }) => reject(new Error(`launcher exited (${code}) before it was up:\n${out}\n${err}`)));
  });
  ready.catch(() => undefined);
  const token = () => /^Access token[^:\n]*: (\S+)$/m.exec(out)?.[1] ?? "";
  return { child, stdout: () => out, stderr: () => err, ready, token, exited };
}

/** True while the process runs. A zombie (dead, not yet reaped: its parent died and PID 1 may never reap it) is not alive. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    // Linux: the state after the command name in /proc/PID/stat; "Z" is a zombie.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true;
  }
}
