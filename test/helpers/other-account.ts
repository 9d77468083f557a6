import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A second local account for a test whose attacker is another person on the same machine
 * (issue 75: shared development boxes and CI runners). Made with useradd for the test and removed
 * after it; its processes run with its uid and gid. Only root can make one: elsewhere `skip` says
 * why the test cannot run.
 */
export interface OtherAccount {
  name: string;
  uid: number;
  gid: number;
  /** Run `node -e script ...args` as this account (cwd /, nothing of ours in its environment). */
  node(script: string, args?: string[]): ChildProcess;
  /** The same, to its end: resolves once the script has run (its "done" line), rejects with its stderr. */
  run(script: string, args?: string[]): Promise<void>;
  remove(): void;
}

/** Why no second account can be made here, or undefined when it can. */
export const NO_OTHER_ACCOUNT: string | undefined =
  process.platform !== "linux"
    ? "another local account is made with useradd (Linux only)"
    : process.getuid?.() !== 0
      ? "making a second local account (useradd) needs root; CI runs as root"
      : spawnSync("useradd", ["--help"]).error
        ? "useradd is not installed"
        : undefined;

export function otherAccount(): OtherAccount {
  const name = `mcpi-other-${randomBytes(3).toString("hex")}`;
  const made = withPasswdLock("useradd", ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", name]);
  if (made.status !== 0) throw new Error(`useradd ${name} failed: ${made.stderr}`);
  const id = (flag: string) => Number(spawnSync("id", [flag, name], { encoding: "utf8" }).stdout.trim());
  const uid = id("-u");
  const gid = id("-g");
  const children: ChildProcess[] = [];
  return {
    name,
    uid,
    gid,
    node(script, args = []) {
      const child = spawn(process.execPath, ["-e", script, ...args], {
        uid,
        gid,
        cwd: "/",
        env: { PATH: "/usr/bin:/bin" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      children.push(child);
      return child;
    },
    async run(script, args = []) {
      await lineOf(this.node(`${script}; console.log("done")`, args), /done/);
    },
    remove() {
      for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
      withPasswdLock("userdel", [name]);
    },
  };
}

/** A new folder anyone may write, as the system's temporary folder is (sticky, 1777). */
export function sharedFolder(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  chmodSync(dir, 0o1777);
  return dir;
}

/**
 * useradd and userdel lock /etc/passwd and give up at once when another holds it (two test files
 * in parallel workers): they wait for the lock here, as a person would type the command again.
 */
function withPasswdLock(command: string, args: string[]) {
  for (let i = 0; ; i++) {
    const r = spawnSync(command, args, { encoding: "utf8" });
    if (r.status === 0 || !/lock/i.test(r.stderr) || i >= 50) return r;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20 + Math.random() * 80);
  }
}

/** The first line of a child's stdout that matches, once it comes (its stderr on failure). */
export function lineOf(child: ChildProcess, pattern: RegExp, ms = 10_000): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${ms} ms:\n${out}\n${err}`)), ms);
    child.stderr?.on("data", (d: Buffer) => (err += d.toString()));
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      const m = pattern.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`exited (${code}) before ${pattern}:\n${out}\n${err}`));
    });
  });
}
