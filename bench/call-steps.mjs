// Figure 1's per-step breakdown (issue 74): what each step of one `tools/call echo` through the
// backend costs. Reads the backend's CPU profile (bench/profile.mjs 1) in the window of the timed
// calls only (start-up and warm-up left out), charges each sample to a step by its stack, and
// turns each step's share of the samples into µs of CPU per call with the CPU the backend was
// measured to spend per call in that window (/proc schedstat).
import { readFileSync } from "node:fs";

/**
 * Each step, by the source module (esbuild's `// path` comments in the unminified bundle) or
 * function of a frame. A sample goes to the first step matched walking its stack from the leaf
 * up, so a JSON.stringify (a builtin, charged to its caller) counts where it was called from.
 */
export const STEPS = [
  [
    "socket write (ws send → writev)",
    (m, f) => /node_modules\/ws\/lib\/(sender|websocket)\.js/.test(m) || (m.endsWith("frame-writer.ts") && f === "write"),
  ],
  ["socket read (ws receive, frame decode)", (m) => /node_modules\/ws\/lib\/(receiver|buffer-util|validation|permessage)/.test(m)],
  ["framing: page command parse + reply check (zod)", (m) => /lib\/wire\/(protocol|replies|commands?|events?)[^/]*\.ts$/.test(m)],
  ["framing: frames serialized for the page", (m) => m.endsWith("frame-writer.ts")],
  ["pipe write to the target (stdin)", (m, f) => m.endsWith("stdio-transport.ts") && /^(send|flush|flushQueued)$/.test(f)],
  ["framing: stdout lines split + JSON.parse + shape", (m) => /engine\/(line-splitter|jsonrpc-message|stdio-transport)\.ts$/.test(m)],
  ["lint", (m) => /lib\/lint\//.test(m) || /record\/.*lint/.test(m)],
  ["masking", (m) => /bridge\/masking-engine\.ts$|engine\/method-proxy\.ts$|auth\/mask\.ts$|config-servers\.ts$/.test(m)],
  ["hooks (OTel, trace context)", (m) => /server\/otel\//.test(m) || /lib\/otel\//.test(m)],
  ["recording (copy, append, entry)", (m) => /engine\/(wire-copy|sent-copy)\.ts$|record\/store\.ts$|lib\/record\//.test(m)],
  [
    "pairing (request table, outcome)",
    (m) => /engine\/(requests|rounds|call-timer|cancel-signal|held-requests)\.ts$|record\/pairing\.ts$/.test(m),
  ],
  ["engine (connection, call, state)", (m) => /server\/engine\//.test(m)],
  ["bridge (route, track, slim, flush)", (m) => /server\/bridge\//.test(m)],
  // zod itself is no step: its time goes to whoever parsed (the page's command, the SDK's schemas).
  ["SDK client (Protocol, schemas)", (m) => /@modelcontextprotocol/.test(m)],
  ["other ours", (m) => /^(server|lib)\//.test(m)],
];

/** The bundle's modules by line: [first line (0-based), path], from esbuild's `// path` comments. */
export function moduleLines(bundleFile) {
  const lines = readFileSync(bundleFile, "utf8").split("\n");
  const out = [];
  lines.forEach((l, i) => {
    const m = /^\/\/ (\S+\.(?:ts|tsx|js|mjs|cjs|json))$/.exec(l);
    if (m) out.push([i, m[1]]);
  });
  return out;
}

function moduleAt(mods, line) {
  let lo = 0;
  let hi = mods.length - 1;
  let found = "";
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (mods[mid][0] <= line) {
      found = mods[mid][1];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Sample time (µs) by step in [from, to] (monotonic µs, the profile's own clock), with the
 * garbage collector, V8/native work outside JavaScript ("(program)") and node's own internals
 * (their leaf frames not under any step of ours) apart.
 */
export function stepsOf(profileFile, bundleFile, from, to) {
  const p = JSON.parse(readFileSync(profileFile, "utf8"));
  const mods = moduleLines(bundleFile);
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const bundleName = bundleFile.split("/").pop();
  const stepOfNode = new Map();
  const classify = (id) => {
    if (stepOfNode.has(id)) return stepOfNode.get(id);
    const leaf = byId.get(id).callFrame.functionName;
    let step;
    if (/^\((garbage collector|program|idle)\)$/.test(leaf)) step = leaf;
    for (let at = id; !step && at !== undefined; at = parent.get(at)) {
      const { functionName, url, lineNumber } = byId.get(at).callFrame;
      const mod = url.endsWith(bundleName) ? moduleAt(mods, lineNumber) : url;
      // The first rule that matches wins (STEPS is in priority order).
      step = STEPS.find(([, test]) => test(mod, functionName))?.[0];
    }
    step ??= "node internals (timers, streams, microtasks)";
    stepOfNode.set(id, step);
    return step;
  };
  const time = new Map();
  /** Self time by function (its module and name) and the step it was charged to. */
  const self = new Map();
  let t = p.startTime;
  let busy = 0;
  p.samples.forEach((id, i) => {
    const dt = p.timeDeltas[i] ?? 0;
    t += dt;
    if (t < from || t > to) return;
    const step = classify(id);
    time.set(step, (time.get(step) ?? 0) + dt);
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const where = url.endsWith(bundleName) ? moduleAt(mods, lineNumber) : url;
    const key = `${functionName || "(anonymous)"} ${where}  [${step}]`;
    self.set(key, (self.get(key) ?? 0) + dt);
    if (step !== "(idle)") busy += dt;
  });
  return { time, self, busy };
}
