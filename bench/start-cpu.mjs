#!/usr/bin/env node
// `node bench/start-cpu.mjs [package folder...]` (issue 74): the launcher's start to its URL line,
// by counts and CPU time rather than wall time (this machine is shared): for each package folder
// (bin/inspector.mjs and its dist/; default this checkout, add a copy of an older build to compare),
// `inspector --no-open --port 0 node srv.mjs` against a bare node http server printing its URL,
// started in turn (ROUNDS, default 9, after one warm-up). Each process reports, when its URL line
// is written: its CPU time (process.cpuUsage, user + system) and the time since its own start
// (performance.now()). Then one more start of each under test/budgets/load-hook.mjs counts the
// files Node loaded by the URL line. Medians are printed with the load average.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ROUNDS = Number(process.env.ROUNDS ?? 9);
const folders = process.argv.length > 2 ? process.argv.slice(2).map((f) => path.resolve(f)) : [root];
const work = mkdtempSync(path.join(tmpdir(), "start-cpu-"));
// The target: a stdio server answering initialize (the launcher spawns it before its URL).
writeFileSync(
  path.join(work, "srv.mjs"),
  `import { createInterface } from "node:readline";
createInterface({ input: process.stdin }).on("line", (l) => { const m = JSON.parse(l); if (m.method === "initialize") process.stdout.write(JSON.stringify({ jsonrpc: "2.0", id: m.id, result: { protocolVersion: m.params.protocolVersion, capabilities: {}, serverInfo: { name: "s", version: "1" } } }) + "\\n"); });
`,
);
// Written by each process when a line with its URL goes to stdout. Node flags of a start come after
// it, so the load hook's own URL marker (BUDGET_MARK_URL) is written before the parent sees this and
// stops the process.
const preload = path.join(work, "at-url.mjs");
writeFileSync(
  preload,
  `const write = process.stdout.write.bind(process.stdout);
let said = false;
process.stdout.write = (chunk, ...rest) => {
  if (!said && /http:\\/\\/\\S+/.test(String(chunk))) {
    said = true;
    const u = process.cpuUsage();
    const at = performance.now();
    process.stderr.write("@@url " + JSON.stringify({ cpuMs: (u.user + u.system) / 1000, atMs: at }) + "\\n");
  }
  return write(chunk, ...rest);
};
`,
);
const BARE = `require("http").createServer((q, s) => s.end("x")).listen(0, "127.0.0.1", function () { console.log("http://127.0.0.1:" + this.address().port + "/"); });`;

const argsOf = (folder) =>
  folder === "bare" ? ["-e", BARE] : [path.join(folder, "bin/inspector.mjs"), "--no-open", "--port", "0", process.execPath, "srv.mjs"];

/** One start until its URL line: what its preload reported, and the wall time seen from here. */
function startOnce(folder, extraNode = [], env = {}) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ["--import", preload, ...extraNode, ...argsOf(folder)], {
      cwd: work,
      env: { ...process.env, INSPECTOR_BROWSER: "true", ...env },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let err = "";
    let got;
    child.stdout.on("data", () => undefined);
    child.stderr.on("data", (d) => {
      err += d;
      const m = /@@url (\{.*\})/.exec(err);
      if (!m || got) return;
      got = { ...JSON.parse(m[1]), wallMs: performance.now() - t0 };
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    });
    child.once("exit", (code) => (got ? resolve(got) : reject(new Error(`${folder} exited ${code} before its URL: ${err}`))));
  });
}

const load = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
const loadBefore = load();
const ways = [...folders, "bare"];
const got = new Map(ways.map((w) => [w, []]));
for (let r = 0; r <= ROUNDS; r++) {
  const order = r % 2 ? [...ways].reverse() : ways;
  for (const w of order) {
    const x = await startOnce(w);
    if (r > 0) got.get(w).push(x);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const bare = got.get("bare");
console.log(`load ${loadBefore} before, ${load()} after; ${ROUNDS} starts each after a warm-up, in turn`);
for (const w of ways) {
  const xs = got.get(w);
  let files = "";
  if (w !== "bare") {
    const loads = path.join(work, "loads.txt");
    rmSync(loads, { force: true });
    await startOnce(w, ["--import", path.join(root, "test/budgets/load-hook.mjs")], { BUDGET_LOADS_FILE: loads, BUDGET_MARK_URL: "1" });
    const lines = readFileSync(loads, "utf8").split("\n");
    files = `, ${lines.indexOf("@@url")} files loaded by the URL`;
  }
  const cpu = median(xs.map((x) => x.cpuMs));
  const at = median(xs.map((x) => x.atMs));
  const wall = median(xs.map((x) => x.wallMs));
  const rel =
    w === "bare"
      ? ""
      : ` (${(cpu / median(bare.map((x) => x.cpuMs))).toFixed(2)}×, ${(at / median(bare.map((x) => x.atMs))).toFixed(2)}×, ${(wall / median(bare.map((x) => x.wallMs))).toFixed(2)}× the bare server)`;
  console.log(
    `${w === "bare" ? "bare node server" : path.relative(root, w) || "this checkout"}: CPU ${cpu.toFixed(1)} ms, its own clock ${at.toFixed(1)} ms, wall ${wall.toFixed(1)} ms to the URL${rel}${files}`,
  );
}
rmSync(work, { recursive: true, force: true });
