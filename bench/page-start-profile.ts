// The driver of `node bench/profile-page-start.mjs` (issue 49, figures 2 and 6): where the page's
// main thread spends its first second while the launcher connects beside it. Figure 2's setup: the
// launcher with --demo, the page opened at its URL in a Chromium page that already exists; a CPU
// profile (CDP, 1 ms sampling: finer sampling inflates what it measures) from the navigation for
// PROFILE_WINDOW_MS, each sample mapped through the page's source maps to the file it came from.
// On two cores this CPU is shared with the launcher's engine and the target's start-up.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { SourceMap } from "node:module";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import type { CDPSession } from "@playwright/test";
import { launchChromium } from "./browser";
import { ROOT } from "./env";
import { startUntil, stop, untilMark } from "./proc";

const RUNS = Number(process.env.PROFILE_RUNS ?? 5);
const WINDOW_MS = Number(process.env.PROFILE_WINDOW_MS ?? 1200);
const OUT = path.join(ROOT, "bench/out-profile/page-start");

interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

const maps = new Map<string, SourceMap | undefined>();

/** The source map of a served chunk, read from dist/page (the build kept them: PAGE_SOURCE_MAPS=1). */
function mapOf(url: string): SourceMap | undefined {
  const file = path.join(ROOT, "dist/page", new URL(url).pathname);
  if (!maps.has(file)) {
    // The HTML's own inline scripts (the URL is the page itself) have no map.
    const js =
      file.endsWith(".js") && existsSync(file)
        ? readFileSync(file, "utf8")
        : file.endsWith(".js") && existsSync(`${file}.gz`)
          ? gunzipSync(readFileSync(`${file}.gz`)).toString()
          : "";
    const named = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(js)?.[1];
    const mapFile = named ? path.join(path.dirname(file), named) : undefined;
    maps.set(file, mapFile && existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, "utf8"))) : undefined);
  }
  return maps.get(file);
}

/** The source file a frame's code came from: a project path, a package, Turbopack's runtime, or the chunk. */
function sourceOf(frame: Profile["nodes"][number]["callFrame"]): string {
  if (!frame.url) return frame.functionName || "(native)";
  if (!frame.url.startsWith("http")) return frame.url;
  const entry = mapOf(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string } | undefined;
  const source = entry?.originalSource;
  if (!source) return `${path.basename(new URL(frame.url).pathname)} (no source map)`;
  return source
    .replace(/^turbopack:\/\/\/\[project\]\//, "")
    .replace(/^turbopack:\/\/\/\[turbopack\]\//, "(turbopack runtime) ")
    .replace(/^.*?\/node_modules\//, "node_modules/");
}

function packageOf(source: string): string {
  if (!source.startsWith("node_modules/")) return source.split("/")[0];
  const parts = source.split("/");
  return parts.slice(0, parts[1].startsWith("@") ? 3 : 2).join("/");
}

/** One run: the launcher on the demo (as figure 2 starts it), the page opened at its URL and profiled. */
async function profileOnce(cdp: CDPSession, open: (url: string) => Promise<unknown>): Promise<{ profile: Profile; connectedMs: number }> {
  const p0 = performance.now();
  const run = await startUntil(
    process.execPath,
    [path.join(ROOT, "bin/inspector.mjs"), "--demo", "--no-open", "--port", "0"],
    /is up at (\S+)/,
    { cwd: ROOT, env: { ...process.env, INSPECTOR_BROWSER: "true" } },
    60_000,
    { connected: /Connected to / },
  );
  try {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 1000 });
    await cdp.send("Profiler.start");
    await open(run.match[1]);
    await new Promise((r) => setTimeout(r, WINDOW_MS));
    const { profile } = (await cdp.send("Profiler.stop")) as { profile: Profile };
    return { profile, connectedMs: (await untilMark(run, "connected")) - p0 };
  } finally {
    await stop(run.child);
  }
}

function add(to: Map<string, number>, key: string, ms: number): void {
  to.set(key, (to.get(key) ?? 0) + ms);
}

function table(m: Map<string, number>, runs: number, top: number): string {
  return [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, ms]) => `  ${(ms / runs).toFixed(1).padStart(7)} ms  ${k}`)
    .join("\n");
}

const browser = await launchChromium();
if (!browser) {
  console.error("no Chromium: set CHROMIUM_PATH or install chromium");
  process.exit(1);
}
try {
  const page = await browser.newPage();
  // One session from before the first navigation: it follows the page into the renderer each
  // navigation lands in (a session opened later stays with the renderer it was opened on).
  const cdp = await page.context().newCDPSession(page);
  const bySource = new Map<string, number>();
  const byPackage = new Map<string, number>();
  const connected: number[] = [];
  let busy = 0;
  for (let i = 0; i <= RUNS; i++) {
    await page.goto("about:blank");
    const { profile, connectedMs } = await profileOnce(cdp, (url) => page.goto(url, { waitUntil: "commit" }));
    if (i === 0) continue; // warm-up: the file cache, Chromium's first navigation
    connected.push(Math.round(connectedMs));
    if (i === RUNS) writeFileSync(path.join(OUT, "page-start.cpuprofile"), JSON.stringify(profile));
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const samples = profile.samples ?? [];
    for (let k = 0; k < samples.length; k++) {
      const frame = byId.get(samples[k])?.callFrame;
      const ms = (profile.timeDeltas?.[k + 1] ?? 0) / 1000;
      if (!frame || frame.functionName === "(idle)") continue;
      busy += ms;
      const source = sourceOf(frame);
      add(bySource, source, ms);
      add(byPackage, packageOf(source), ms);
    }
  }
  console.log(
    `the page's main thread, the first ${WINDOW_MS} ms after navigating, ${RUNS} runs: busy ${(busy / RUNS).toFixed(0)} ms a run` +
      ` (launcher connected at ${connected.join(", ")} ms)`,
  );
  console.log(`\nself time by package (or project folder):\n${table(byPackage, RUNS, 20)}`);
  console.log(`\nself time by source file:\n${table(bySource, RUNS, 30)}`);
  console.log(
    "\n(turbopack runtime) build-base.ts is module instantiation: its self time is mostly V8 compiling each module's code the first time it runs." +
      `\nthe last run's profile: ${path.join(OUT, "page-start.cpuprofile")}`,
  );
} finally {
  await browser.close();
}
