#!/usr/bin/env node
// `npm test`: the checks, the build and both suites, ordered so the two cores stay busy (issue 76).
// Stages in one step run at once (each line prefixed with its stage's name); a step starts when
// the one before it passed; the first failure stops the run (its siblings are ended) and fails it.
// Each stage is an npm script of its own, so any one of them still runs alone; named stages run
// only those, in the same steps (`node scripts/test.mjs format:check build typecheck lint`: the
// checks without the suites).
import { spawn } from "node:child_process";

const STEPS = [
  // Prettier reads only the sources. The build keeps both cores busy itself for its longest part
  // (the library's .d.ts beside the page's Next.js build), so Prettier takes the gaps.
  ["format:check", "build"],
  // Both read the page's types with the route types the build writes to .next/types (tsconfig.page.json),
  // so they come after it, never beside it (a file read while Next rewrites it); neither writes
  // what the other reads. The build no longer type-checks the page: tsc -b does (next.config.mjs).
  ["typecheck", "lint"],
  // The suites start real servers with timeouts: each has the cores to itself (two workers each).
  ["test:unit"],
  ["e2e"],
];

const only = process.argv.slice(2);
const steps = STEPS.map((step) => step.filter((s) => only.length === 0 || only.includes(s))).filter((step) => step.length);
const running = new Set();
const took = [];

/** Runs `npm run <script>`, its output's lines prefixed with the script's name when it has a sibling. */
function run(script, prefixed) {
  const started = Date.now();
  const child = spawn("npm", ["run", "--silent", script], {
    stdio: ["ignore", prefixed ? "pipe" : "inherit", prefixed ? "pipe" : "inherit"],
    detached: true, // its own process group, so a failing sibling ends it with everything it started
  });
  running.add(child);
  if (prefixed)
    for (const [from, to] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ])
      prefixLines(from, to, `[${script}] `);
  return new Promise((resolve) => {
    child.on("exit", (code, signal) => {
      running.delete(child);
      const ok = code === 0;
      took.push(
        `${script} ${((Date.now() - started) / 1000).toFixed(0)} s${ok ? "" : signal ? ` (ended: ${signal})` : ` (failed: exit ${code})`}`,
      );
      resolve(ok);
    });
  });
}

function prefixLines(from, to, prefix) {
  let rest = "";
  from.setEncoding("utf8");
  from.on("data", (chunk) => {
    const lines = (rest + chunk).split("\n");
    rest = lines.pop();
    if (lines.length) to.write(lines.map((l) => prefix + l + "\n").join(""));
  });
  from.on("end", () => rest && to.write(prefix + rest + "\n"));
}

function endAll(signal = "SIGTERM") {
  for (const child of running) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  }
}

for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => (endAll(sig), process.exit(130)));

const started = Date.now();
let ok = true;
for (const step of steps) {
  const results = step.map((script) => run(script, step.length > 1).then((passed) => (passed || endAll(), passed)));
  ok = (await Promise.all(results)).every(Boolean);
  if (!ok) break;
}
process.stdout.write(`\nnpm test ${ok ? "passed" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(0)} s: ${took.join(", ")}\n`);
process.exit(ok ? 0 : 1);
