import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./targets";

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
  // Exited once its output is read, not at 'exit': Node may emit 'exit' before the pipes are read to
  // their end ("stdio streams might still be open"), and a test then reads a message that is still
  // on its way (seen once in a fresh clone's suite: `diff only-one`'s exit 2 with stderr empty).
  // 'close' comes after both pipes ended. A process the launcher left running with the pipes open
  // would hold 'close' off, so 'exit' and 5 s more end the wait too.
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once("exit", (code, signal) => setTimeout(() => resolve({ code, signal }), 5000).unref());
    child.once("close", (code, signal) => resolve({ code, signal }));
  });
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
