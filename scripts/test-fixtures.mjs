// The suite's peers that only download and compile: the Python venvs (pypi's `mcp`, FastMCP,
// Locust), Qwen Code from npm, the Go fixture servers (the official Go SDK's) and the bundles our
// own fixture servers load their SDK from (test/fixtures/sdk/load.mjs). `npm test` makes them all in a stage
// of their own at its start, beside the build and the checks (scripts/test-stages.mjs), so no
// vitest file waits on pip or `go build` while the suite's other files run; its time is its own
// line in the run's report. A vitest file run alone still makes what it needs through the same
// functions (test/mutants/published/venv.ts, test/load/locust-venv.ts, test/helpers/go-build.ts),
// and finds it made when this ran first.
//
// Each lives under node_modules/.cache, made once and reused: a venv while its marker names its
// pinned version, a Go binary while its sources hash the same. Several processes (this stage,
// vitest's workers) may ask at once: one takes a lock folder and builds (a venv in place, its
// marker last; a Go binary under a name of its own, then renamed into place); the others wait
// for it, and build themselves only if the lock is left stale. Nothing is skipped: when python3, pip, uv or go fails, the error says which command and why.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CACHE = path.join(ROOT, "node_modules/.cache");
const STALE_MS = 600_000;

/** The pinned pypi packages, each in a venv of its own under node_modules/.cache. */
export const VENVS = {
  /** The corpus's Python server (MCPServer), the Python client of the tap's test. */
  mcp: { folder: "mcp-py-venv", pkg: "mcp", version: "2.3.0" },
  /** FastMCP (it brings its own `mcp`): check's tool-failure test. */
  fastmcp: { folder: "fastmcp-venv", pkg: "fastmcp", version: "4.1.6" },
  /** Locust, the version the exported locustfile was written and tested against. */
  locust: { folder: "locust-venv", pkg: "locust", version: "2.47.0" },
};

/**
 * The pinned npm peers installed apart from devDependencies: Qwen Code (issue 90's host peer)
 * depends on per-platform packages the registry here serves only for this platform, so a lock file
 * that holds it fails `npm ci`; installed into node_modules/.cache/`folder`, it needs no lock.
 */
export const NPM_PEERS = {
  qwen: { folder: "qwen-code", pkg: "@qwen-code/qwen-code", version: "0.24.4", entry: "cli-entry.js" },
};

/** The Go fixture servers, folders relative to the repository (test/lint of the stage: each `goBuild` is listed). */
export const GO_BUILDS = ["test/fixtures/sdk-tools/go"];

/** Takes the lock folder for `target`, or returns false once `ready()` says another process made it. */
async function lock(target, ready) {
  const folder = `${target}.lock`;
  for (;;) {
    try {
      mkdirSync(folder);
      return true;
    } catch {
      if (ready()) return false;
      const age = Date.now() - (statSync(folder, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_MS) rmSync(folder, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/**
 * Makes `target` once: `make` runs under the target's lock folder unless `ready()` says it is
 * made (already, or by the process that held the lock meanwhile).
 */
async function madeOnce(target, ready, make) {
  if (ready()) return;
  mkdirSync(path.dirname(target), { recursive: true });
  if (!(await lock(target, ready))) return;
  try {
    if (!ready()) await make();
  } finally {
    rmSync(`${target}.lock`, { recursive: true, force: true });
  }
}

/**
 * Makes `dir` in place, once (madeOnce): emptied first, removed again when `make` fails, and
 * `ready()` must say it is whole afterwards (`make` writes its marker last).
 */
async function madeInPlace(dir, ready, what, make) {
  await madeOnce(dir, ready, async () => {
    rmSync(dir, { recursive: true, force: true });
    try {
      await make();
    } catch (e) {
      rmSync(dir, { recursive: true, force: true });
      throw e;
    }
    if (!ready()) throw new Error(`${what} is not at ${dir} after it was made`);
  });
}

/** Runs a command to its end; a failure says which command and its last lines. */
async function must(what, file, args, options = {}) {
  try {
    await run(file, args, { maxBuffer: 16 * 1024 * 1024, timeout: 600_000, ...options });
  } catch (e) {
    const said = (e.stderr || e.stdout || e.message).trim().split("\n").slice(-15).join("\n");
    throw new Error(`${what} failed (${[file, ...args].join(" ")}):\n${said}`);
  }
}

/**
 * uv, pinned, installed by the machine's pip into node_modules/.cache/uv: it makes the venvs. pip
 * took 60 s and 17.6 CPU s to install pypi's `mcp` into a venv (its resolver and installer in
 * Python), uv 8.5 s and 3.5 CPU s with the same files compiled to bytecode (the machine sets
 * PYTHONDONTWRITEBYTECODE=1, so a venv without them compiles at each server's start); the three
 * venvs hold the same packages at the same versions either way (`uv pip freeze`, compared).
 */
export const UV = { folder: "uv", version: "0.13.9" };

let uvMade;
/** The pinned uv's binary, installed once (the machine's pip, `--target`). */
export function pinnedUv() {
  const dir = path.join(CACHE, UV.folder);
  const bin = path.join(dir, "bin", "uv");
  const marker = path.join(dir, "uv-version.txt");
  const ready = () => existsSync(bin) && existsSync(marker) && readFileSync(marker, "utf8").trim() === UV.version;
  uvMade ??= madeInPlace(dir, ready, "uv", async () => {
    const install = ["-m", "pip", "install", "--disable-pip-version-check", "--quiet", "--target", dir, `uv==${UV.version}`];
    await must(`uv could not be installed: pip install uv==${UV.version}`, "python3", install);
    writeFileSync(marker, `${UV.version}\n`);
  }).then(() => bin);
  return uvMade;
}

/**
 * uv's settings: the machine's certificate store, as pip is told to use it (PIP_CERT), pip's own
 * index and wheel folders where the machine sets them, the machine's python3 only (never one uv
 * downloads), and nothing of a user's uv configuration file.
 */
const UV_ENV = {
  ...process.env,
  UV_NATIVE_TLS: "1",
  UV_NO_CONFIG: "1",
  UV_PYTHON_DOWNLOADS: "never",
  ...(process.env.PIP_INDEX_URL ? { UV_DEFAULT_INDEX: process.env.PIP_INDEX_URL } : {}),
  ...(findLinks() ? { UV_FIND_LINKS: findLinks() } : {}),
};

/** PIP_FIND_LINKS's folders that exist and its URLs, as uv takes them (comma-separated). */
function findLinks() {
  const links = (process.env.PIP_FIND_LINKS ?? "").split(/\s+/).filter((l) => /^https?:\/\//.test(l) || (l && existsSync(l)));
  return links.join(",");
}

/** A venv in node_modules/.cache/`folder` with `pkg==version` installed: its python, and `ensure` that makes it. */
export function pinnedVenv({ folder, pkg, version }) {
  const venv = path.join(CACHE, folder);
  const python = path.join(venv, "bin", "python");
  const marker = path.join(venv, `${pkg}-version.txt`);
  const ready = () => existsSync(python) && existsSync(marker) && readFileSync(marker, "utf8").trim() === version;

  async function ensure() {
    // Made where it stays: a venv cannot move (the installer writes its path into the scripts it
    // installs, `bin/locust`'s first line), and the marker, written last, is what says it is whole.
    await madeInPlace(venv, ready, `the ${pkg} venv`, async () => {
      const uv = await pinnedUv();
      // The machine's python3, as `python3 -m venv` took it; no pip inside (nothing runs one).
      await must(`the ${pkg} venv could not be made: uv venv`, uv, ["venv", "--quiet", "--python", "python3", venv], { env: UV_ENV });
      const install = ["pip", "install", "--quiet", "--compile-bytecode", "--python", python, `${pkg}==${version}`];
      await must(`the ${pkg} venv could not be made: uv pip install ${pkg}==${version}`, uv, install, { env: UV_ENV });
      writeFileSync(marker, `${version}\n`);
    });
    return python;
  }

  return { python, bin: path.dirname(python), ensure };
}

/** An npm package in node_modules/.cache/`folder`, `pkg@version` installed: its entry file, and `ensure` that makes it. */
export function pinnedNpm({ folder, pkg, version, entry }) {
  const prefix = path.join(CACHE, folder);
  const main = path.join(prefix, "node_modules", pkg, entry);
  const marker = path.join(prefix, `${pkg.replace(/[@/]/g, "_")}-version.txt`);
  const ready = () => existsSync(main) && existsSync(marker) && readFileSync(marker, "utf8").trim() === version;

  async function ensure() {
    await madeInPlace(prefix, ready, pkg, async () => {
      mkdirSync(prefix, { recursive: true });
      // A package.json of its own: npm installs here, never into the repository's tree above.
      writeFileSync(path.join(prefix, "package.json"), '{ "private": true }\n');
      const args = ["install", "--prefix", prefix, "--no-audit", "--no-fund", "--no-package-lock", "--ignore-scripts", `${pkg}@${version}`];
      await must(`${pkg}@${version} could not be installed: npm install`, "npm", args, { cwd: prefix });
      writeFileSync(marker, `${version}\n`);
    });
    return main;
  }

  return { main, ensure };
}

/** Builds (or finds built) the Go program in `folder` (relative to the repository); returns the binary's path. */
export async function goBuild(folder) {
  const src = path.join(ROOT, folder);
  const hash = createHash("sha256");
  for (const f of readdirSync(src).sort()) if (/\.go$|^go\.(mod|sum)$/.test(f)) hash.update(f).update(readFileSync(path.join(src, f)));
  const bin = path.join(CACHE, "go-builds", `${path.basename(src)}-${hash.digest("hex").slice(0, 16)}`);
  await madeOnce(
    bin,
    () => existsSync(bin),
    async () => {
      const building = `${bin}.building-${process.pid}`;
      await must(`go build in ${folder}`, "go", ["build", "-o", building, "."], { cwd: src });
      renameSync(building, bin);
    },
  );
  return bin;
}

/** The fixture servers' SDKs (test/fixtures/sdk/): each one's entries bundled, so a fixture's start skips loading two module trees. */
export const FIXTURE_SDKS = ["v1", "v2"];

/** Bundles (or finds bundled) the entries of the fixture servers' SDK `sdk`; returns the folder (test/fixtures/sdk/load.mjs names it). */
export async function fixtureSdk(sdk) {
  const { sdkBundleDir, sdkEntries } = await import("../test/fixtures/sdk/load.mjs");
  const dir = sdkBundleDir(sdk);
  await madeOnce(
    dir,
    () => existsSync(dir),
    async () => {
      const { build } = await import("esbuild");
      const building = `${dir}.building-${process.pid}`;
      rmSync(building, { recursive: true, force: true });
      await build({
        entryPoints: sdkEntries(sdk).map((f) => ({ in: path.join(ROOT, "test/fixtures/sdk", f), out: f.replace(/\.mjs$/, "") })),
        outdir: building,
        outExtension: { ".js": ".mjs" },
        bundle: true,
        // The entries share one copy of the package code (one McpError, one set of schemas).
        splitting: true,
        platform: "node",
        format: "esm",
        target: "node20",
        logLevel: "warning",
        // The packages' CommonJS dependencies (ajv's) require Node's modules: an ES module has no require of its own.
        banner: {
          js: 'import { createRequire as __fixtureRequire } from "node:module"; const require = __fixtureRequire(import.meta.url);',
        },
      });
      renameSync(building, dir);
    },
  );
  return dir;
}

/** Makes every venv, npm peer, Go build and fixture SDK bundle at once; each one's time (or failure) goes to `log`. Rejects if any failed. */
export async function makeAll(log = (line) => process.stdout.write(line + "\n")) {
  const jobs = [
    ...Object.values(VENVS).map((v) => [`venv ${v.pkg}==${v.version}`, () => pinnedVenv(v).ensure()]),
    ...Object.values(NPM_PEERS).map((p) => [`npm ${p.pkg}@${p.version}`, () => pinnedNpm(p).ensure()]),
    ...GO_BUILDS.map((f) => [`go build ${f}`, () => goBuild(f)]),
    ...FIXTURE_SDKS.map((n) => [`fixture SDK ${n}`, () => fixtureSdk(n)]),
  ];
  const results = await Promise.allSettled(
    jobs.map(async ([name, make]) => {
      const started = Date.now();
      try {
        await make();
        log(`fixtures: ${name} ${((Date.now() - started) / 1000).toFixed(1)} s`);
      } catch (e) {
        log(`fixtures: ${name} FAILED after ${((Date.now() - started) / 1000).toFixed(1)} s: ${e.message}`);
        throw e;
      }
    }),
  );
  if (results.some((r) => r.status === "rejected")) throw new Error("fixtures: some of the tests' peers could not be made (above)");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await makeAll().catch((e) => {
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  });
}
