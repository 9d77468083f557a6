// Figure 6: the package as a user gets it, beside the official MCP Inspector installed the same
// way. Our tarball (`npm pack --ignore-scripts`: the current dist/) and
// @modelcontextprotocol/inspector from the npm registry are each `npm install`ed into an empty
// folder (`npm init -y` first), with the same warm npm cache. Measured:
//   1. node_modules on disk (`du -sk`) and the packages in it (folders with a package.json
//      directly under a node_modules, scoped ones included, nested node_modules too);
//   2. `npm install` wall time, 3 runs each, interleaved, into fresh folders;
//   3. the installed bin started on a tiny dependency-free stdio server (srv.mjs): spawn to the
//      URL line, to "Connected to", to the page's first contentful paint in Chromium; the same
//      for the official inspector (URL line, first paint); and the server's own start-up, the
//      baseline for "connected" (bench/tiny-server.ts). 6 runs interleaved, the first a warm-up;
//   4. the page's first load with --demo: bytes and time to interactive (bench/first-load.ts).
// Network: the npm registry (the official inspector's install) and loopback only; Chromium
// resolves no other host.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "@playwright/test";
import type { Figure, Row } from "../figure";
import { skipped } from "../figure";
import { ROOT, chromiumPath, demoBuilt, pageBuilt } from "../env";
import { LOOPBACK_ONLY, firstPaintEpoch, launchChromium } from "../browser";
import { firstLoadRuns } from "../first-load";
import { startUntil, stopGroup, untilMark } from "../proc";
import { median, round } from "../stats";
import { INIT_BASELINE, TINY_SERVER } from "../tiny-server";
import { freePort } from "../ports";

const THEIRS = "@modelcontextprotocol/inspector@2.12.0";
const INSTALL_RUNS = 3;
const START_RUNS = 11;
const LOAD_RUNS = 6;

/**
 * The page's first load of the version before packaging (commit 4a97827: Next.js's server inside
 * the backend), measured ONCE BY HAND on 2026-11-22, not by this bench: a worktree of 4a97827,
 * `npm ci && npm run build`, then
 * `node bench/out/first-load.mjs --cwd <worktree> --runs 6 -- node bin/inspector.mjs --demo --no-open --port 0`
 * (bench/first-load-cli.ts: the same code as row 4), medians of 5 runs after a warm-up.
 */
const BEFORE = {
  commit: "4a97827",
  date: "2026-11-22",
  wireKiB: 387.1,
  bodyKiB: 1280.2,
  requests: 12,
  ttiMs: 366,
  load: "1-minute load average 1.31 before, 1.20 after",
};

const epoch = () => performance.timeOrigin + performance.now();

/** npm's own environment variables (set by `npm run bench`) would configure the child npm: left out. */
function npmEnv(): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k)) env[k] = v;
  return { ...env, npm_config_update_notifier: "false" } as unknown as NodeJS.ProcessEnv;
}

/** Run to completion (bounded), throwing with its output when it fails; returns its wall time. */
function run(command: string, args: string[], cwd: string, timeoutMs = 300_000): { ms: number; stdout: string } {
  const t0 = performance.now();
  const r = spawnSync(command, args, { cwd, env: npmEnv(), encoding: "utf8", timeout: timeoutMs, killSignal: "SIGKILL" });
  const ms = performance.now() - t0;
  if (r.status !== 0)
    throw new Error(`${command} ${args.join(" ")} in ${cwd}: ${r.error?.message ?? `exit ${r.status}`}\n${r.stderr?.slice(-2000)}`);
  return { ms, stdout: r.stdout };
}

/** A fresh empty project folder, `npm init -y`'d, and `npm install <spec>` in it: the install's wall time. */
function installInto(dir: string, spec: string): number {
  mkdirSync(dir, { recursive: true });
  run("npm", ["init", "-y"], dir);
  return run("npm", ["install", "--no-audit", "--no-fund", spec], dir).ms;
}

const duMiB = (p: string) => Number(run("du", ["-sk", p], ROOT).stdout.split(/\s/)[0]) / 1024;

/** Installed packages: each folder with a package.json directly in a node_modules (@scope/name too), recursively. */
function countPackages(nodeModules: string): number {
  let n = 0;
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith(".")) continue;
      const p = path.join(dir, name);
      if (name.startsWith("@")) {
        for (const sub of readdirSync(p)) visitPackage(path.join(p, sub));
      } else visitPackage(p);
    }
  };
  const visitPackage = (p: string) => {
    if (!existsSync(path.join(p, "package.json"))) return;
    n++;
    if (existsSync(path.join(p, "node_modules"))) visit(path.join(p, "node_modules"));
  };
  visit(nodeModules);
  return n;
}

/** Spawn → first contentful paint of `url` in a fresh context (epoch ms), or undefined without one. */
async function paintEpoch(browser: Browser | undefined, url: string): Promise<number | undefined> {
  if (!browser) return undefined;
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "commit", timeout: 30_000 });
    return await firstPaintEpoch(page);
  } finally {
    await context.close();
  }
}

const ms = (x: number) => round(x, 0);

export const packageFigure: Figure = {
  id: "6",
  title: "package: install size and time, start from an install, first load",
  baseline: `the official inspector (${THEIRS}) installed the same way; for "connected", the target's own start-up (spawn node srv.mjs, initialize, response)`,
  async run() {
    if (!pageBuilt() || !demoBuilt()) return skipped("the package is not built (dist/page/index.html, dist/demo); run `npm run build`");
    const work = mkdtempSync(path.join(os.tmpdir(), "bench-package-"));
    const rows: Row[] = [];
    const notes: string[] = [];
    let browser: Browser | undefined;
    try {
      // 1. Install each once (not timed: this warms the cache and gives the folders measured below).
      const packed = run("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", work], ROOT)
        .stdout.trim()
        .split("\n")
        .pop()!;
      const tarball = path.join(work, packed);
      const ours = path.join(work, "ours");
      installInto(ours, tarball);
      const theirs = path.join(work, "theirs");
      let theirsOk = true;
      try {
        installInto(theirs, THEIRS);
      } catch (e) {
        theirsOk = false;
        notes.push(
          `the official inspector could not be installed, so it has no numbers here: ${(e instanceof Error ? e.message : String(e)).split("\n")[0]}`,
        );
      }

      const oursMiB = duMiB(path.join(ours, "node_modules"));
      const installedRoot = path.join(ours, "node_modules/mcp-inspector-harness");
      const demoMiB = duMiB(path.join(installedRoot, "dist/demo"));
      const oursPackages = countPackages(path.join(ours, "node_modules"));
      const theirsMiB = theirsOk ? duMiB(path.join(theirs, "node_modules")) : undefined;
      const theirsPackages = theirsOk ? countPackages(path.join(theirs, "node_modules")) : undefined;
      const vs = (a: number, b: number | undefined) => (b === undefined ? {} : { baseline: round(b, 1), ratio: round(a / b, 3) });
      rows.push(
        {
          metric: "installed size, node_modules",
          unit: "MiB",
          inspector: round(oursMiB, 1),
          ...vs(oursMiB, theirsMiB),
          target: "≤ 12 MiB (issue 49)",
          met: oursMiB <= 12,
        },
        {
          metric: "installed size without the demo target",
          unit: "MiB",
          inspector: round(oursMiB - demoMiB, 1),
          ...vs(oursMiB - demoMiB, theirsMiB),
          target: "≤ 25 MiB",
          met: oursMiB - demoMiB <= 25,
        },
        {
          metric: "packages installed",
          unit: "count",
          inspector: oursPackages,
          ...(theirsPackages === undefined ? {} : { baseline: theirsPackages, ratio: round(oursPackages / theirsPackages, 3) }),
          target: "≤ 15",
          met: oursPackages <= 15,
        },
      );

      // 2. Install time: fresh folders, interleaved, the same warm cache.
      const oursInstall: number[] = [];
      const theirsInstall: number[] = [];
      for (let i = 0; i < INSTALL_RUNS; i++) {
        const jobs: Array<[string, string, number[]]> = [["ours", tarball, oursInstall]];
        if (theirsOk) jobs[i % 2 ? "unshift" : "push"](["theirs", THEIRS, theirsInstall]);
        for (const [name, spec, bucket] of jobs) {
          const dir = path.join(work, `${name}-install-${i}`);
          bucket.push(installInto(dir, spec));
          rmSync(dir, { recursive: true, force: true });
        }
      }
      const oi = median(oursInstall);
      const ti = theirsOk ? median(theirsInstall) : undefined;
      rows.push({
        metric: "npm install wall",
        unit: "ms",
        inspector: ms(oi),
        ...(ti === undefined ? {} : { baseline: ms(ti), ratio: round(oi / ti, 3), met: oi <= ti / 3 }),
        target: "≤ 1/3 of baseline",
      });

      // 3. Start from the install folder.
      for (const dir of theirsOk ? [ours, theirs] : [ours]) {
        writeFileSync(path.join(dir, "srv.mjs"), TINY_SERVER);
        writeFileSync(path.join(dir, "init.mjs"), INIT_BASELINE);
      }
      if (chromiumPath()) browser = await launchChromium(LOOPBACK_ONLY);
      else notes.push("first paint and first load: SKIPPED, no Chromium (set CHROMIUM_PATH or install chromium)");
      const t = {
        oursUp: [] as number[],
        oursConnected: [] as number[],
        oursPaint: [] as number[],
        base: [] as number[],
        theirsUp: [] as number[],
        theirsPaint: [] as number[],
      };
      const theirsError: string[] = [];
      // `painted`: a start with the browser navigating to the page; `connected`: a start of its own
      // without a browser (issue 63: the browser is the page's cost, in the row above, and it
      // competes for the same two cores while the target connects).
      const startOurs = async (keep: boolean, painted: boolean) => {
        const t0 = epoch();
        const p0 = performance.now();
        const r = await startUntil(
          path.join(ours, "node_modules/.bin/inspector"),
          ["--no-open", "--port", "0", "node", "srv.mjs"],
          /is up at (\S+)/,
          { cwd: ours, env: npmEnv(), detached: true },
          30_000,
          { connected: /Connected to / },
        );
        try {
          const up = performance.now() - p0;
          const paint = painted ? await paintEpoch(browser, r.match[1]) : undefined;
          // The URL comes first (the page is served while the target connects); "Connected to" follows.
          const connected = await untilMark(r, "connected");
          if (!keep) return;
          if (painted) {
            t.oursUp.push(up);
            if (paint !== undefined) t.oursPaint.push(paint - t0);
          } else t.oursConnected.push(connected - p0);
        } finally {
          await stopGroup(r.child);
        }
      };
      const startOursPainted = (keep: boolean) => startOurs(keep, true);
      const startOursConnected = (keep: boolean) => startOurs(keep, false);
      const startBaseline = async (keep: boolean) => {
        const p0 = performance.now();
        const r = await startUntil("node", ["init.mjs"], /initialized/, { cwd: ours, env: npmEnv(), detached: true }, 30_000);
        const at = performance.now() - p0;
        await stopGroup(r.child);
        if (keep) t.base.push(at);
      };
      const startTheirs = async (keep: boolean) => {
        if (!theirsOk || theirsError.length) return;
        // Their web server needs a fixed port (CLIENT_PORT); the sandbox and app-origin ports take 0.
        const env = {
          ...npmEnv(),
          CLIENT_PORT: String(await freePort()),
          MCP_SANDBOX_PORT: "0",
          MCP_APP_ORIGIN_PORT: "0",
          MCP_AUTO_OPEN_ENABLED: "false",
          MCP_STORAGE_DIR: path.join(work, "theirs-storage"),
        };
        const t0 = epoch();
        const p0 = performance.now();
        let r;
        try {
          r = await startUntil(
            path.join(theirs, "node_modules/.bin/inspector"),
            ["node", "srv.mjs"],
            /up and running at:\s*(https?:\/\/\S+)/,
            { cwd: theirs, env, detached: true },
            30_000,
          );
        } catch (e) {
          theirsError.push((e instanceof Error ? e.message : String(e)).slice(0, 300));
          return;
        }
        try {
          const up = performance.now() - p0;
          const paint = await paintEpoch(browser, r.match[1]);
          if (!keep) return;
          t.theirsUp.push(up);
          if (paint !== undefined) t.theirsPaint.push(paint - t0);
        } finally {
          await stopGroup(r.child);
        }
      };
      for (let i = 0; i < START_RUNS; i++) {
        const keep = i > 0; // the first is a warm-up: file cache, Chromium's first navigation
        const order =
          i % 2
            ? [startTheirs, startOursConnected, startBaseline, startOursPainted]
            : [startOursPainted, startBaseline, startOursConnected, startTheirs];
        for (const f of order) await f(keep);
      }
      if (theirsError.length) notes.push(`the official inspector did not start here: ${theirsError[0]}`);
      const up = median(t.oursUp);
      const theirsUp = t.theirsUp.length ? median(t.theirsUp) : undefined;
      rows.push({
        metric: "start to URL printed",
        unit: "ms",
        inspector: ms(up),
        ...(theirsUp === undefined ? {} : { baseline: ms(theirsUp), ratio: round(up / theirsUp, 3) }),
        target: "≤ 300 ms",
        met: up <= 300,
      });
      if (t.oursPaint.length) {
        const p = median(t.oursPaint);
        const tp = t.theirsPaint.length ? median(t.theirsPaint) : undefined;
        rows.push({
          metric: "start to page painted",
          unit: "ms",
          inspector: ms(p),
          ...(tp === undefined ? {} : { baseline: ms(tp), ratio: round(p / tp, 3) }),
          // Information (issue 63): first paint's goal is figure 2's, against the static-page floor.
        });
      }
      const c = median(t.oursConnected);
      const b = median(t.base);
      rows.push({
        metric: "start to connected, no browser (baseline: the target's own start-up)",
        unit: "ms",
        inspector: ms(c),
        baseline: ms(b),
        ratio: round(c / b, 3),
        target: "≤ baseline + 100 ms",
        met: c <= b + 100,
      });

      // 4. First load of the page, with the demo target (as the old version was measured).
      if (browser) {
        const l = await firstLoadRuns(
          browser,
          path.join(ours, "node_modules/.bin/inspector"),
          ["--demo", "--no-open", "--port", "0"],
          ours,
          LOAD_RUNS,
          npmEnv(),
        );
        rows.push(
          { metric: "first load (--demo): bytes transferred", unit: "KiB", inspector: round(l.wireBytes / 1024, 1) },
          { metric: "first load (--demo): time to interactive", unit: "ms", inspector: ms(l.ttiMs) },
        );
        const outside = l.runs.flatMap((x) => x.outside);
        const failed = l.runs.flatMap((x) => x.failed);
        notes.push(
          `first load: ${l.requests} HTTP requests, ${round(l.wireBytes / 1024, 1)} KiB on the wire (${round(l.bodyBytes / 1024, 1)} KiB decoded bodies), plus ${round(l.wsBytes / 1024, 1)} KiB of WebSocket frames until idle; ${outside.length} requests outside loopback, ${failed.length} failed${failed.length ? ` (${failed[0]})` : ""}`,
        );
      }

      notes.unshift(
        `ours: \`npm pack --ignore-scripts\` of this checkout's dist/ (${packed}), theirs: ${THEIRS} from the registry; each \`npm install --no-audit --no-fund <spec>\` into an empty folder after \`npm init -y\`, npm ${run("npm", ["--version"], ROOT).stdout.trim()}, the user's npm cache (warm: one untimed install of each first)`,
        `sizes: \`du -sk node_modules\` (disk usage); the demo target is dist/demo (${round(demoMiB, 2)} MiB); packages: folders with a package.json directly in a node_modules, nested ones too`,
        `install: median of ${INSTALL_RUNS} runs each, interleaved (each ${oursInstall.map(ms).join("/")} vs ${theirsInstall.map(ms).join("/")} ms)`,
        `start: node_modules/.bin/inspector spawned in the install folder (no npx), ours \`--no-open --port 0 node srv.mjs\`, theirs \`node srv.mjs\` with CLIENT_PORT=<free port> MCP_SANDBOX_PORT=0 MCP_APP_ORIGIN_PORT=0 MCP_AUTO_OPEN_ENABLED=false MCP_STORAGE_DIR=<temp> (its backend starts the target only when the page connects, so it has no "connected" here); first paint = Chromium's first-contentful-paint epoch − spawn epoch, a fresh browser context each; median of ${START_RUNS - 1} runs after a warm-up, interleaved`,
        "connected: a start of its own without a browser (the painted start measures URL and paint), interleaved with the others",
        `connected baseline: node init.mjs spawning \`node srv.mjs\`, writing initialize, until the response line (${ms(b)} ms)`,
        "first load: a fresh browser context per run (empty cache, no cookie), navigation start to Connected and the Tools tab laid out (see bench/first-load.ts), bytes of every HTTP response until 500 ms without traffic; median of 5 runs after a warm-up",
        `before (commit ${BEFORE.commit}, Next.js's server in the backend), measured ONCE BY HAND on ${BEFORE.date} with the same code (bench/first-load-cli.ts), not in this run: ${BEFORE.wireKiB} KiB on the wire (${BEFORE.bodyKiB} KiB decoded, ${BEFORE.requests} requests), time to interactive ${BEFORE.ttiMs} ms (${BEFORE.load}; both send the page gzip-compressed: Next.js's server compressed it per request, the backend serves the .gz files the build makes)`,
      );
      return { rows, notes };
    } finally {
      await browser?.close().catch(() => undefined);
      rmSync(work, { recursive: true, force: true });
    }
  },
};
