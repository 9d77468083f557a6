import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { ROOT } from "../helpers/targets";

/** Locust, pinned: the version the exported file was written and tested against. */
export const LOCUST_VERSION = "2.47.0";
const VENV = path.join(ROOT, "node_modules/.cache/locust-venv");
const BIN = path.join(VENV, "bin");

/**
 * Locust from PyPI in a virtual environment of the tests' own, made once and reused (a fresh
 * clone, and CI after its `npm ci`, make it here: about half a minute). Returns the venv's bin folder.
 */
export function ensureLocust(): string {
  const locust = path.join(BIN, "locust");
  if (existsSync(locust) && installed()) return BIN;
  rmSync(VENV, { recursive: true, force: true });
  mkdirSync(path.dirname(VENV), { recursive: true });
  must("python3", ["-m", "venv", VENV], "python3 -m venv (Debian: apt-get install python3-venv)");
  must(path.join(BIN, "pip"), ["install", "--quiet", "--disable-pip-version-check", `locust==${LOCUST_VERSION}`], "pip install locust");
  return BIN;
}

/**
 * Whether pip installed the pinned version, read off its dist-info folder: `locust --version`
 * said the same but started Python and imported gevent to say it (seconds at a high load).
 */
function installed(): boolean {
  const lib = path.join(VENV, "lib");
  return readdirSync(lib).some((py) => existsSync(path.join(lib, py, "site-packages", `locust-${LOCUST_VERSION}.dist-info`)));
}

function must(cmd: string, args: string[], what: string): void {
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout: 280_000 });
  if (r.status !== 0) throw new Error(`${what} failed (${r.status ?? r.signal}): ${r.stderr || r.error?.message}`);
}
