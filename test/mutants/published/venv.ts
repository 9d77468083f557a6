// The Python servers' interpreters: venvs under node_modules/.cache, each with one pypi package at
// a pinned version, made once (python3 -m venv, then pip install) and reused while its marker says
// that version. Nothing is skipped: when python3 or pip fails, the error says which command and why.
// The corpus's venv has `mcp` (its MCPServer); check's tool-failure test adds one with `fastmcp`.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const CACHE = path.resolve(import.meta.dirname, "../../../node_modules/.cache");

/** A venv holding one pinned pypi package; `ensure` makes it when missing and returns its python. */
export interface PinnedVenv {
  python: string;
  ensure(): Promise<string>;
}

/** A venv in node_modules/.cache/`folder` with `pkg==version` installed. */
export function pinnedVenv(folder: string, pkg: string, version: string): PinnedVenv {
  const venv = path.join(CACHE, folder);
  const python = path.join(venv, "bin", "python");
  const marker = path.join(venv, `${pkg}-version.txt`);
  const ready = () => existsSync(python) && existsSync(marker) && readFileSync(marker, "utf8").trim() === version;

  /**
   * Several test files (vitest workers) may call it at once: one takes a lock folder and builds in
   * a folder of its own, then renames it into place (a venv's python finds its packages relative
   * to itself); the others wait for it, and build themselves only if the lock is left stale.
   */
  async function ensure(): Promise<string> {
    if (ready()) return python;
    mkdirSync(CACHE, { recursive: true });
    const lock = `${venv}.lock`;
    const deadline = Date.now() + 600_000;
    for (;;) {
      try {
        mkdirSync(lock);
        break;
      } catch {
        if (ready()) return python;
        const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? 0);
        if (age > 600_000 || Date.now() > deadline) rmSync(lock, { recursive: true, force: true });
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
    try {
      if (ready()) return python;
      await build();
      if (!ready()) throw new Error(`the ${pkg} venv is not at ${venv} after it was made`);
      return python;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }

  async function build(): Promise<void> {
    const building = `${venv}.building-${process.pid}-${Date.now()}`;
    const step = async (what: string, file: string, args: string[]) => {
      try {
        await run(file, args, { maxBuffer: 16 * 1024 * 1024, timeout: 300_000 });
      } catch (e) {
        rmSync(building, { recursive: true, force: true });
        const err = e as { stderr?: string; stdout?: string; message: string };
        const said = (err.stderr || err.stdout || err.message).trim().split("\n").slice(-15).join("\n");
        throw new Error(`the ${pkg} venv could not be made: ${what} failed (${[file, ...args].join(" ")}):\n${said}`);
      }
    };
    await step("python3 -m venv", "python3", ["-m", "venv", building]);
    const pip = ["-m", "pip", "install", "--disable-pip-version-check", "--quiet", `${pkg}==${version}`];
    await step(`pip install ${pkg}==${version}`, path.join(building, "bin", "python"), pip);
    writeFileSync(path.join(building, `${pkg}-version.txt`), `${version}\n`);
    rmSync(venv, { recursive: true, force: true });
    renameSync(building, venv);
  }

  return { python, ensure };
}

/** The pinned `mcp` release the corpus's Python server is built on. */
export const MCP_PY_VERSION = "2.3.0";
const MCP_VENV = pinnedVenv("mcp-py-venv", "mcp", MCP_PY_VERSION);
/** The venv's interpreter (what the corpus starts the Python server with). */
export const VENV_PYTHON = MCP_VENV.python;
/** Makes the `mcp` venv if it is missing or of another version; returns its python. */
export const ensureVenv = (): Promise<string> => MCP_VENV.ensure();

/** The pinned FastMCP release (pypi `fastmcp`, which brings its own `mcp`): a venv of its own. */
export const FASTMCP_VERSION = "4.1.6";
export const FASTMCP_VENV = pinnedVenv("fastmcp-venv", "fastmcp", FASTMCP_VERSION);
