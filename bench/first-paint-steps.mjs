#!/usr/bin/env node
// `node bench/first-paint-steps.mjs [ways]` (issue 74): figure 2's first paint, step by step. For
// each way of serving a page it starts a fresh server, waits for its URL line, opens the URL in a
// tab of one Chromium (as figure 2 does: the page's files cached by the warm-up) and reads, from
// the page's own timings: the start to the URL line, the URL line to the navigation's start, the
// document's response (its first and last byte, from the navigation's start), the first
// contentful paint (from the navigation's start) and the whole (start to paint). Ways, in turn
// (ROUNDS, default 11, after one warm-up; default all of them):
//   demo      the launcher with its demo target (`--demo`), figure 2's own command;
//   notarget  the launcher with no target (nothing spawned, nothing to connect);
//   pagebare  the same page (dist/page) from a bare node http server: the page's own cost;
//   static    figure 2's floor: a bare node http server's few bytes of HTML.
// Medians with the middle half's range ([25th–75th percentile]); the load average before and after.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS } from "./chromium-args.mjs";
import { pageBareServer, staticServer } from "./paint-servers.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ROUNDS = Number(process.env.ROUNDS ?? 11);
const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}: set CHROMIUM_PATH`);
if (!existsSync(path.join(root, "dist/page/index.html"))) throw new Error("the page is not built: npm run build");

const STATIC = staticServer();
const PAGE_BARE = pageBareServer(path.join(root, "dist/page"));
const bin = path.join(root, "bin/inspector.mjs");
const WAYS = {
  demo: [bin, "--demo", "--no-open", "--port", "0"],
  notarget: [bin, "--no-open", "--port", "0"],
  pagebare: ["-e", PAGE_BARE],
  static: ["-e", STATIC],
};
const ways = (process.argv[2] ?? Object.keys(WAYS).join(",")).split(",");
for (const w of ways) if (!WAYS[w]) throw new Error(`no way named ${w}: ${Object.keys(WAYS).join(", ")}`);

/** Start one server; resolve at its URL line with the URL and the time it took. */
function startUntilUrl(args) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, INSPECTOR_BROWSER: "true" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    const onData = (d) => {
      out += d;
      const m = /is up at (\S+)|listening (\d+)/.exec(out);
      if (!m) return;
      child.stdout.off("data", onData);
      resolve({ child, url: m[1] ?? `http://127.0.0.1:${m[2]}/`, tUrl: performance.now() - t0, t0: performance.timeOrigin + t0 });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", (d) => (out += d));
    child.once("exit", (code) => reject(new Error(`${args[0]} exited ${code} before its URL: ${out}`)));
  });
}

/** The page's own timings up to its first contentful paint (ms from its navigation's start). */
const pageTimings = () =>
  new Promise((resolve) => {
    const read = () => {
      const fcp = performance.getEntriesByName("first-contentful-paint")[0];
      if (!fcp) return false;
      const nav = performance.getEntriesByType("navigation")[0];
      resolve({ origin: performance.timeOrigin, fcp: fcp.startTime, responseStart: nav.responseStart, responseEnd: nav.responseEnd });
      return true;
    };
    if (!read()) new PerformanceObserver(read).observe({ type: "paint", buffered: true });
    setTimeout(() => resolve(undefined), 10_000);
  });

const load = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
const loadBefore = load();
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [...CHROMIUM_ARGS],
});
const got = new Map(ways.map((w) => [w, []]));
try {
  for (let r = 0; r <= ROUNDS; r++) {
    for (const w of r % 2 ? [...ways].reverse() : ways) {
      // A fresh tab before the server starts, and time for its renderer to settle: its making is
      // not on anyone's clock, and does not share the cores with the server's start.
      const page = await browser.newPage();
      await page.goto("about:blank");
      await new Promise((settled) => setTimeout(settled, 300));
      const { child, url, tUrl, t0 } = await startUntilUrl(WAYS[w]);
      try {
        await page.goto(url, { waitUntil: "commit" });
        const t = await page.evaluate(pageTimings);
        if (!t) throw new Error(`${w}: no first contentful paint in 10 s`);
        if (r > 0)
          got.get(w).push({
            url: tUrl,
            toNavigation: t.origin - t0 - tUrl,
            responseStart: t.responseStart,
            responseEnd: t.responseEnd,
            paint: t.fcp,
            whole: t.origin + t.fcp - t0,
          });
      } finally {
        await page.close();
        child.kill("SIGTERM");
        await new Promise((exited) => (child.exitCode !== null || child.signalCode !== null ? exited() : child.once("exit", exited)));
      }
    }
  }
} finally {
  await browser.close();
}

const at = (xs, q) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * q)];
const cell = (xs) => `${at(xs, 0.5).toFixed(1)} [${at(xs, 0.25).toFixed(0)}–${at(xs, 0.75).toFixed(0)}]`;
console.log(`load ${loadBefore} before, ${load()} after; ${ROUNDS} starts each after a warm-up, in turn (ms, median [middle half])`);
const columns = ["url", "toNavigation", "responseStart", "responseEnd", "paint", "whole"];
console.log(["way", ...columns].join("\t"));
for (const w of ways) console.log([w, ...columns.map((c) => cell(got.get(w).map((x) => x[c])))].join("\t"));
