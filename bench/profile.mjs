#!/usr/bin/env node
// `node bench/profile.mjs <fig>` (1, 7, 9.1, 10, 16; cpu1): where one figure's inspector side spends its CPU.
// Bundles the code under test unminified into bench/out-profile/ (names and lines kept, unlike
// dist/), runs that figure's work under `node --cpu-prof`, and prints the functions with the most
// self time and the source files by self time. The .cpuprofile stays in bench/out-profile/<fig>/
// for Chrome DevTools (Performance → Load profile). PROFILE_CALLS sets the calls (default 10,000
// for 1 and 9.1, 20,000 for 7; figure 10 runs its 200-step collection 20 times).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { stepsOf } from "./call-steps.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "bench/out-profile");
const fig = process.argv[2];
if (!["1", "7", "9.1", "10", "16", "cpu1"].includes(fig)) {
  console.error("usage: node bench/profile.mjs <1|7|9.1|10|16|cpu1 [other backend.mjs...]>");
  process.exit(2);
}
const require = createRequire(import.meta.url);
const EVERYTHING = path.join(path.dirname(require.resolve("@modelcontextprotocol/server-everything/package.json")), "dist/index.js");

// The same shim the product build uses (scripts/build.mjs sdkShims).
const sdkShims = {
  name: "sdk-shims",
  setup(b) {
    b.onResolve({ filter: /^@modelcontextprotocol\/client\/_shims$/ }, () => ({ path: path.join(root, "server/engine/sdk-shims.ts") }));
  },
};
const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outExtension: { ".js": ".mjs" },
  logLevel: "warning",
  banner: { js: 'import { createRequire as __bundleRequire } from "node:module"; const require = __bundleRequire(import.meta.url);' },
  plugins: [sdkShims],
};
// The product as shipped bundles its dependencies; the bench drivers keep theirs external.
await build({
  ...common,
  entryPoints: {
    inspector: path.join(root, "server/commands/main.ts"),
    backend: path.join(root, "bench/backend.ts"),
    lib: path.join(root, "server/test-library/index.ts"),
  },
  outdir: out,
  external: ["vitest", "@jest/globals", "jest-environment-node", "@playwright/test", "playwright", "playwright-core"],
});
await build({ ...common, entryPoints: { drivers: path.join(root, "bench/profile-drivers.ts") }, outdir: out, packages: "external" });

const dir = path.join(out, fig);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const node = (args, opts = {}) => {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8", ...opts });
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stdout?.slice(-500)}`);
  return r.stdout;
};
const prof = ["--cpu-prof", `--cpu-prof-dir=${dir}`];
const target = [process.execPath, EVERYTHING, "stdio"];
// Figure 1 profiles both sides: the backend and the headless page (drivers.mjs, the bench's client).
if (fig === "1") {
  const said = node([...prof, path.join(out, "drivers.mjs"), "1", path.join(out, "backend.mjs"), dir]).trim();
  console.log(said.replace(/^windows .*$/m, "").trim());
  printCallSteps(JSON.parse(/^windows (.*)$/m.exec(said)[1]));
}
// `cpu1`: no profiler; figure 1's backend CPU per call of this build, the bare forwarder (the floor),
// the SDK's client forwarding the same call (bench/sdk-forwarder.mjs, information) and any other
// backend bundle named (a copy of bench/out-profile/backend.mjs from before a change; `sdk-v1` the
// v1 SDK's client forwarding).
if (fig === "cpu1") {
  const others = process.argv.slice(3).map((f) => (f === "sdk-v1" ? f : path.resolve(f)));
  const floors = ["bench/bare-forwarder.mjs", "bench/sdk-forwarder.mjs"].map((f) => path.join(root, f));
  const files = [path.join(out, "backend.mjs"), ...floors, ...others];
  console.log(`load ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")} before`);
  console.log(node([path.join(out, "drivers.mjs"), "cpu1", ...files]).trim());
  console.log(`load ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")} after`);
  process.exit(0);
}
// Figure 16 profiles the tap (the middle process), not the host driving it.
if (fig === "16") console.log(node([path.join(out, "drivers.mjs"), "16", path.join(out, "inspector.mjs"), dir]).trim());
if (fig === "9.1") console.log(node([...prof, path.join(out, "drivers.mjs"), "9.1", path.join(out, "lib.mjs")]).trim());
if (fig === "7") {
  const calls = process.env.PROFILE_CALLS ?? "20000";
  const args = [
    "--cli",
    ...target,
    "--method",
    "tools/call",
    "--tool-name",
    "echo",
    "--tool-arg",
    "message=hi",
    "--load",
    "--format",
    "json",
  ];
  const r = JSON.parse(
    node([...prof, path.join(out, "drivers.mjs"), "cli", path.join(out, "inspector.mjs"), ...args, "--load-requests", calls]),
  ).result;
  console.log(`fig 7: ${r.requests} calls, ${Math.round(r.throughput)} calls/s`);
}
if (fig === "10") {
  const steps = Array.from(
    { length: 200 },
    (_, i) =>
      `  - name: echo ${i}\n    tool: echo\n    arguments: { message: m${i} }\n    expect:\n      - path: $.content[0].text\n        equals: "Echo: m${i}"\n`,
  );
  const file = path.join(mkdtempSync(path.join(tmpdir(), "profile-collection-")), "echo.mcp-tests.yaml");
  writeFileSync(file, `steps:\n${steps.join("")}`);
  for (let i = 0; i < 20; i++)
    node([...prof, path.join(out, "drivers.mjs"), "cli", path.join(out, "inspector.mjs"), "test", file, ...target]);
  console.log("fig 10: 20 runs of the 200-step collection");
}

// Summary: self time by function and by source file, over every profile written.
const self = new Map();
const files = new Map();
let total = 0;
for (const f of readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"))) {
  const p = JSON.parse(readFileSync(path.join(dir, f), "utf8"));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const dt = new Map();
  p.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  let own = 0;
  for (const [id, us] of dt) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const where = url ? `${path.basename(url)}:${lineNumber + 1}` : "";
    const key = `${functionName || "(anonymous)"} ${where}`;
    self.set(key, (self.get(key) ?? 0) + us);
    if (url && !/^\((idle|program)\)/.test(functionName)) files.set(path.basename(url), (files.get(path.basename(url)) ?? 0) + us);
    total += us;
    if (!/^\((idle|program)\)/.test(functionName)) own += us;
  }
  console.log(`${f}: ${(own / 1000).toFixed(0)} ms not idle`);
}
const idle = (k) => /^\((idle|program)\)/.test(k);
const busy = [...self].filter(([k]) => !idle(k)).reduce((s, [, us]) => s + us, 0);
console.log(`\nprofiles in ${path.relative(root, dir)}; ${(total / 1000).toFixed(0)} ms sampled, ${(busy / 1000).toFixed(0)} ms not idle`);
console.log("\nself time (% of non-idle), top 45:");
for (const [k, us] of [...self]
  .filter(([k]) => !idle(k))
  .sort((a, b) => b[1] - a[1])
  .slice(0, 45))
  console.log(`${((100 * us) / busy).toFixed(1).padStart(5)}%  ${k}`);
console.log("\nself time by source file (% of non-idle), top 15:");
for (const [f, us] of [...files].sort((a, b) => b[1] - a[1]).slice(0, 15))
  console.log(`${((100 * us) / busy).toFixed(1).padStart(5)}%  ${f}`);

/**
 * Figure 1's steps (issue 74): the backend's profile in the timed calls' window and in the hop's
 * (a command the backend answers itself), each step's share of the main thread's samples times
 * the main thread's CPU per call measured in that window; the other threads' CPU apart.
 */
function printCallSteps(w) {
  const file = readdirSync(dir).find((f) => f.includes(`.${w.pid}.`) && f.endsWith(".cpuprofile"));
  const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  for (const [label, win] of [
    ["one call (tools/call echo)", w.calls],
    ["the hop alone (cancel of nothing)", w.hop],
  ]) {
    const { time, self, busy } = stepsOf(path.join(dir, file), path.join(out, "backend.mjs"), win.from, win.to);
    console.log(
      `\nbackend, ${label}: ${win.n} calls, ${win.cpuUs.toFixed(0)} µs CPU per call (main thread ${win.mainUs.toFixed(0)}, other threads ${(win.cpuUs - win.mainUs).toFixed(0)}), ${win.wallUs.toFixed(0)} µs wall; load ${load}`,
    );
    for (const [step, us] of [...time].filter(([s]) => s !== "(idle)").sort((a, b) => b[1] - a[1]))
      console.log(`${((100 * us) / busy).toFixed(1).padStart(5)}%  ${((us / busy) * win.mainUs).toFixed(1).padStart(6)} µs  ${step}`);
    if (process.env.PROFILE_FUNCTIONS) {
      console.log("  the functions with the most self time in that window:");
      for (const [k, us] of [...self]
        .filter(([k]) => !k.startsWith("(idle)"))
        .sort((a, b) => b[1] - a[1])
        .slice(0, Number(process.env.PROFILE_FUNCTIONS)))
        console.log(`  ${((100 * us) / busy).toFixed(1).padStart(5)}%  ${k}`);
    }
  }
}
