// The run's temporary folder (vitest's and Playwright's globalSetup): every test and everything it
// starts (servers, the CLI, Python, Chromium) makes its temporary files under one folder of this
// run's, removed when the run ends, instead of leaving ~330 folders in the machine's /tmp each run
// (folders a test made and did not remove, a killed server's, a tool's own). Set before the workers
// start, which inherit it, as do the processes they spawn (os.tmpdir() and Python's tempfile read
// TMPDIR). The folder is made like /tmp itself (world-writable, sticky), so code that looks at its
// temporary folder's mode sees what it sees on a machine.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export default function setup(): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), "vitest-tmp-"));
  chmodSync(dir, 0o1777);
  const before = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(dir, { recursive: true, force: true });
  };
}
