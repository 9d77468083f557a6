#!/usr/bin/env node
// `npm test`: the checks, the build and both suites, ordered so the two cores stay busy (issue 76).
// Each stage starts as soon as the stages it comes after have passed, beside whatever else is
// running (each line prefixed with its stage's name when another stage may run beside it); the
// first failure stops the run (the others are ended) and fails it. Each stage is an npm script of
// its own, so any one of them still runs alone; named stages run only those, each after those of
// them it comes after (`node scripts/test.mjs format:check build:page build:node typecheck lint lint:promises`:
// the checks without the suites).
import { spawn } from "node:child_process";
import { STAGES, after, stageEnv } from "./test-stages.mjs";

const only = process.argv.slice(2);
for (const s of only)
  if (!Object.hasOwn(STAGES, s)) throw new Error(`npm test: no stage "${s}" (the stages: ${Object.keys(STAGES).join(", ")})`);
const chosen = Object.keys(STAGES).filter((s) => only.length === 0 || only.includes(s));
/** Whether another chosen stage may run beside s (then its lines carry its name). */
const besideOthers = (s) => chosen.some((t) => t !== s && !after(s).has(t) && !after(t).has(s));
const running = new Set();
const took = [];

/** Runs `npm run <script>`, its output's lines prefixed with the script's name when it has a sibling. */
function run(script, prefixed) {
  const started = Date.now();
  const child = spawn("npm", ["run", "--silent", script], {
    env: stageEnv(script, process.env),
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
/** Each started stage -> whether it passed. */
const outcome = new Map();
let failed = false;
/** The stage, once the chosen stages it comes after have passed; false when it or one of them failed. */
function stage(s) {
  if (!outcome.has(s)) {
    const before = STAGES[s].filter((d) => chosen.includes(d));
    outcome.set(
      s,
      Promise.all(before.map(stage)).then(async (passed) => {
        if (failed || !passed.every(Boolean)) return false;
        const ok = await run(s, besideOthers(s));
        if (!ok && !failed) {
          failed = true;
          endAll();
        }
        return ok;
      }),
    );
  }
  return outcome.get(s);
}
const ok = (await Promise.all(chosen.map(stage))).every(Boolean);
process.stdout.write(`\nnpm test ${ok ? "passed" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(0)} s: ${took.join(", ")}\n`);
process.exit(ok ? 0 : 1);
