// The Python server's interpreter: a venv under node_modules/.cache with pypi's `mcp` at a pinned
// version, made once (python3 -m venv, then pip install) and reused while its marker says that
// version. Nothing is skipped: when python3 or pip fails, the error says which command and why.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The pinned `mcp` release the Python server is built on. */
export const MCP_PY_VERSION = "2.3.0";
export const VENV = path.resolve(import.meta.dirname, "../../../node_modules/.cache/mcp-py-venv");
/** The venv's interpreter (what the corpus starts the Python server with). */
export const VENV_PYTHON = path.join(VENV, "bin", "python");
const MARKER = path.join(VENV, "mcp-version.txt");

const ready = () => existsSync(VENV_PYTHON) && existsSync(MARKER) && readFileSync(MARKER, "utf8").trim() === MCP_PY_VERSION;

/**
 * Makes the venv if it is missing or of another `mcp` version; returns its python. Several test
 * files (vitest workers) may call it at once: one takes a lock folder and builds in a folder of
 * its own, then renames it into place (a venv's python finds its packages relative to itself);
 * the others wait for it, and build themselves only if the lock is left stale.
 */
export async function ensureVenv(): Promise<string> {
  if (ready()) return VENV_PYTHON;
  mkdirSync(path.dirname(VENV), { recursive: true });
  const lock = `${VENV}.lock`;
  const deadline = Date.now() + 600_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (ready()) return VENV_PYTHON;
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? 0);
      if (age > 600_000 || Date.now() > deadline) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  try {
    if (ready()) return VENV_PYTHON;
    return await build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

async function build(): Promise<string> {
  const building = `${VENV}.building-${process.pid}-${Date.now()}`;
  const step = async (what: string, file: string, args: string[]) => {
    try {
      await run(file, args, { maxBuffer: 16 * 1024 * 1024, timeout: 300_000 });
    } catch (e) {
      rmSync(building, { recursive: true, force: true });
      const err = e as { stderr?: string; stdout?: string; message: string };
      const said = (err.stderr || err.stdout || err.message).trim().split("\n").slice(-15).join("\n");
      throw new Error(`the Python server's venv could not be made: ${what} failed (${[file, ...args].join(" ")}):\n${said}`);
    }
  };
  await step("python3 -m venv", "python3", ["-m", "venv", building]);
  await step(`pip install mcp==${MCP_PY_VERSION}`, path.join(building, "bin", "python"), [
    "-m",
    "pip",
    "install",
    "--disable-pip-version-check",
    "--quiet",
    `mcp==${MCP_PY_VERSION}`,
  ]);
  writeFileSync(path.join(building, "mcp-version.txt"), `${MCP_PY_VERSION}\n`);
  rmSync(VENV, { recursive: true, force: true });
  renameSync(building, VENV);
  if (!ready()) throw new Error(`the Python server's venv is not at ${VENV} after it was made`);
  return VENV_PYTHON;
}
