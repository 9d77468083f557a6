// Drivers for bench/profile.mjs: the work of one figure, repeated enough for a CPU profile.
// `1 <backend.mjs> <profile dir>`: a backend with --cpu-prof and a headless page calling echo.
// `cpu1 <backend.mjs>...`: figure 1's backend CPU per call of each bundle, alternated (a before/after),
//   beside the floors (bench/bare-forwarder.mjs, bench/sdk-forwarder.mjs; `sdk-v1` the v1 SDK's).
// `9.1 <lib.mjs>`: the test library's callTool echo over stdio, in this (profiled) process.
// `16 <inspector.mjs> <profile dir>`: a host calling, then flooding, through a profiled `inspector tap`.
// `cli <inspector.mjs> <args...>`: the inspector command, as bin/inspector.mjs runs dist/inspector.mjs.
import { pathToFileURL } from "node:url";
import { EVERYTHING, fixturePath } from "./env";
import { spawn } from "node:child_process";
import { host } from "./figures/tap-cost";
import { backendWithPage, bareForwarder, cpuRounds, measured, sdkForwarder } from "./backend-cpu";

const WARMUP = 3000;
const CALLS = Number(process.env.PROFILE_CALLS ?? 10000);

async function fig1(backendFile: string, dir: string) {
  // PROFILE_BACKEND_FLAGS: other node flags for the backend instead (e.g. `--heap-prof --heap-prof-dir=DIR`).
  const flags = process.env.PROFILE_BACKEND_FLAGS?.split(" ") ?? ["--cpu-prof", `--cpu-prof-dir=${dir}`];
  const b = await backendWithPage([...flags, backendFile]);
  for (let i = 0; i < WARMUP; i++) await b.call();
  const calls = await measured(b.pid, CALLS, b.call);
  const hop = await measured(b.pid, CALLS / 4, b.hop);
  console.log(`fig 1: ${CALLS} calls, ${(calls.wallUs / 1000).toFixed(3)} ms each`);
  // For bench/profile.mjs: the windows its per-step breakdown reads from the backend's profile.
  console.log(`windows ${JSON.stringify({ pid: b.pid, calls, hop })}`);
  await b.stop();
}

/**
 * `cpu1 <backend.mjs>...`: the backend's CPU per call (figure 1's counters, no profiler) of each
 * bundle given, in alternating rounds on one machine, so a before and an after share its load.
 */
async function cpu1(files: string[]) {
  const ROUNDS = Number(process.env.CPU_ROUNDS ?? 8);
  const PER = Number(process.env.CPU_PER_ROUND ?? 1000);
  const backends = [];
  for (const f of files) backends.push(await drivenBy(f));
  const rows = await cpuRounds(backends, ROUNDS, PER, WARMUP);
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  files.forEach((f, i) =>
    console.log(
      `${f}: backend CPU per call ${med(rows[i].call).toFixed(0)} µs (main thread ${med(rows[i].main).toFixed(0)}), hop alone ${med(rows[i].hop).toFixed(0)} µs, wall ${med(rows[i].wall).toFixed(0)} µs; per round ${rows[i].call.map((x) => x.toFixed(0)).join(" ")}`,
    ),
  );
  for (const b of backends) await b.stop();
}

/** A backend bundle, or one of the floors: the bare forwarder, the SDK's (v2) or `sdk-v1`. */
function drivenBy(f: string) {
  if (f.endsWith("bare-forwarder.mjs")) return bareForwarder();
  if (f.endsWith("sdk-forwarder.mjs")) return sdkForwarder("v2");
  if (f === "sdk-v1") return sdkForwarder("v1");
  return backendWithPage([f]);
}

async function fig91(libFile: string) {
  const { connect } = (await import(pathToFileURL(libFile).href)) as {
    connect: (o: unknown) => Promise<{ callTool: (n: string, a: unknown) => Promise<unknown>; close: () => Promise<void> }>;
  };
  const mcp = await connect({ command: process.execPath, args: [EVERYTHING, "stdio"] });
  for (let i = 0; i < WARMUP; i++) await mcp.callTool("echo", { message: "hello" });
  const t0 = performance.now();
  for (let i = 0; i < CALLS; i++) await mcp.callTool("echo", { message: "hello" });
  console.log(`fig 9.1: ${CALLS} calls, ${((performance.now() - t0) / CALLS).toFixed(3)} ms each`);
  await mcp.close();
}

async function cli(bundle: string, args: string[]) {
  const { main } = (await import(pathToFileURL(bundle).href)) as { main: (argv: string[]) => Promise<number> };
  process.exitCode = await main(args);
  setTimeout(() => process.exit(), 200).unref();
}

/** Figure 16: a byte-level host calls the flood fixture through a profiled tap, then floods it. */
async function fig16(bundle: string, dir: string) {
  const tap = spawn(
    process.execPath,
    ["--cpu-prof", `--cpu-prof-dir=${dir}`, process.argv[1], "cli", bundle, "tap", "--", process.execPath, fixturePath("flood")],
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  const h = host(tap);
  let id = 1;
  await h.ask(id++, "initialize", { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "bench", version: "1" } });
  tap.stdin!.write('{"jsonrpc":"2.0","method":"notifications/initialized"}\n');
  const call = () => h.ask(id++, "tools/call", { name: "flood", arguments: { count: 0 } });
  for (let i = 0; i < WARMUP; i++) await call();
  const t0 = performance.now();
  for (let i = 0; i < CALLS; i++) await call();
  const callMs = (performance.now() - t0) / CALLS;
  const floods = Number(process.env.PROFILE_FLOODS ?? 5);
  const t1 = performance.now();
  for (let i = 0; i < floods; i++) await h.ask(id++, "tools/call", { name: "flood", arguments: { count: 100_000, kind: "log" } });
  const floodMs = (performance.now() - t1) / floods;
  console.log(
    `fig 16: ${CALLS} calls, ${callMs.toFixed(3)} ms each; ${floods} floods of 100,000, ${Math.round(100_000 / (floodMs / 1000))} msg/s`,
  );
  tap.stdin!.end();
  await new Promise((r) => tap.once("close", r));
}

const [which, a, b, ...rest] = process.argv.slice(2);
if (which === "1") await fig1(a, b);
else if (which === "cpu1") await cpu1([a, b, ...rest].filter(Boolean));
else if (which === "9.1") await fig91(a);
else if (which === "16") await fig16(a, b);
else if (which === "cli") await cli(a, [b, ...rest]);
else throw new Error(`unknown driver ${which}`);
