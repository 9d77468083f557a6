// A Go fixture server, built once: `go build` of a folder under test/fixtures into
// node_modules/.cache/go-builds/<folder>-<hash of its sources>, reused while the sources are the
// same. Its modules come from the Go module proxy, pinned by the folder's go.mod and go.sum. Like
// the venvs (test/mutants/published/venv.ts), one vitest worker builds under a lock folder while
// the others wait, and a failed build says which command failed and why.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { ROOT } from "./targets";

const run = promisify(execFile);
const CACHE = path.join(ROOT, "node_modules/.cache/go-builds");

/** Builds (or finds built) the Go program in `folder` (relative to the repository); returns the binary's path. */
export async function goBuild(folder: string): Promise<string> {
  const src = path.join(ROOT, folder);
  const hash = createHash("sha256");
  for (const f of readdirSync(src).sort()) if (/\.go$|^go\.(mod|sum)$/.test(f)) hash.update(f).update(readFileSync(path.join(src, f)));
  const bin = path.join(CACHE, `${path.basename(src)}-${hash.digest("hex").slice(0, 16)}`);
  if (existsSync(bin)) return bin;
  mkdirSync(CACHE, { recursive: true });
  const lock = `${bin}.lock`;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(bin)) return bin;
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? 0);
      if (age > 600_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  try {
    if (existsSync(bin)) return bin;
    const building = `${bin}.building-${process.pid}`;
    try {
      await run("go", ["build", "-o", building, "."], { cwd: src, timeout: 600_000, maxBuffer: 16 * 1024 * 1024 });
    } catch (e) {
      const err = e as { stderr?: string; message: string };
      throw new Error(`go build in ${folder} failed:\n${(err.stderr || err.message).trim().split("\n").slice(-15).join("\n")}`);
    }
    renameSync(building, bin);
    return bin;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
