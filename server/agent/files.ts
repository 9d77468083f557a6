import { constants, lstatSync, mkdtempSync, openSync, closeSync, writeSync, realpathSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * The files an agent's tools touch. Cut answers go to a folder this process creates itself
 * (mkdtemp: a fresh name, mode 0700, so no other local user can have made it or put a link in
 * it), each file opened with O_EXCL and O_NOFOLLOW, and the folder is removed when the process
 * exits. What the agent asks to write (save_session) stays under `root`: the working directory,
 * or the folder the person named when starting the inspector.
 */
export class AgentFiles {
  private dir?: string;
  private count = 0;
  private readonly removeAtExit = () => this.dispose();

  constructor(readonly root: string = process.cwd()) {}

  /** Write a cut answer's whole text to a new file of our own folder; its path. */
  spill(what: string, text: string): string {
    if (!this.dir) {
      this.dir = mkdtempSync(path.join(os.tmpdir(), "inspector-agent-"));
      process.once("exit", this.removeAtExit);
    }
    const file = path.join(this.dir, `${String(++this.count).padStart(4, "0")}-${what.replace(/[^a-z0-9_-]+/gi, "-")}.json`);
    const fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
    try {
      writeSync(fd, text);
    } finally {
      closeSync(fd);
    }
    return file;
  }

  /** The folder of cut answers, once one was written. */
  get spillDir(): string | undefined {
    return this.dir;
  }

  /**
   * An absolute path for `file` inside `root` (after resolving every link of its folder), or why
   * not: outside the folder, or an existing link. The file itself may not exist yet.
   */
  confined(file: string): { path: string } | { refused: string } {
    const root = realpathSync(this.root);
    const wanted = path.resolve(root, file);
    let parent: string;
    try {
      parent = realpathSync(path.dirname(wanted));
    } catch {
      return { refused: `its folder ${path.dirname(wanted)} does not exist` };
    }
    const abs = path.join(parent, path.basename(wanted));
    const rel = path.relative(root, abs);
    if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel))
      return {
        refused: `${file} is outside ${root}, the folder this inspector may write in (the person names another with inspector mcp --dir)`,
      };
    try {
      if (lstatSync(abs).isSymbolicLink()) return { refused: `${abs} is a symbolic link: not followed` };
    } catch {
      // Does not exist yet: fine.
    }
    return { path: abs };
  }

  /** Remove the folder of cut answers (at exit, or when the server closes). */
  dispose(): void {
    process.off("exit", this.removeAtExit);
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }
}
