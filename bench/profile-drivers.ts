// Drivers for bench/profile.mjs: the work of one figure, repeated enough for a CPU profile.
// `1 <backend.mjs> <profile dir>`: a backend with --cpu-prof and a headless page calling echo.
// `9.1 <lib.mjs>`: the test library's callTool echo over stdio, in this (profiled) process.
// `16 <inspector.mjs> <profile dir>`: a host calling, then flooding, through a profiled `inspector tap`.
// `cli <inspector.mjs> <args...>`: the inspector command, as bin/inspector.mjs runs dist/inspector.mjs.
import { pathToFileURL } from "node:url";
import { everythingTarget, headlessPage, EVERYTHING } from "./env";
import { startUntil } from "./proc";
import { spawn } from "node:child_process";
import { fixturePath } from "./env";
import { host } from "./figures/tap-cost";

const WARMUP = 3000;
const CALLS = Number(process.env.PROFILE_CALLS ?? 10000);

async function fig1(backendFile: string, dir: string) {
  const { child, match } = await startUntil(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${dir}`, backendFile], /^(\{.*\})\n/m);
  const info = JSON.parse(match[1]) as { port: number; token: string };
  const { client, ws } = await headlessPage(info.port, info.token, {});
  await client.hello(0);
  const state = await client.command({ type: "connect", spec: { target: everythingTarget } });
  if (state.status !== "connected") throw new Error(`could not connect: ${state.error?.message}`);
  const call = () => client.command({ type: "call-tool", name: "echo", arguments: { message: "hello" } });
  for (let i = 0; i < WARMUP; i++) await call();
  const t0 = performance.now();
  for (let i = 0; i < CALLS; i++) await call();
  console.log(`fig 1: ${CALLS} calls, ${((performance.now() - t0) / CALLS).toFixed(3)} ms each`);
  ws.close();
  child.kill("SIGTERM");
  await new Promise((r) => child.once("close", r));
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
else if (which === "9.1") await fig91(a);
else if (which === "16") await fig16(a, b);
else if (which === "cli") await cli(a, [b, ...rest]);
else throw new Error(`unknown driver ${which}`);
