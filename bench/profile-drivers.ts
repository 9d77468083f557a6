// Drivers for bench/profile.mjs: the work of one figure, repeated enough for a CPU profile.
// `1 <backend.mjs> <profile dir>`: a backend with --cpu-prof and a headless page calling echo.
// `9.1 <lib.mjs>`: the test library's callTool echo over stdio, in this (profiled) process.
// `cli <inspector.mjs> <args...>`: the inspector command, as bin/inspector.mjs runs dist/inspector.mjs.
import { pathToFileURL } from "node:url";
import { everythingTarget, headlessPage, EVERYTHING } from "./env";
import { startUntil } from "./proc";

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

const [which, a, b, ...rest] = process.argv.slice(2);
if (which === "1") await fig1(a, b);
else if (which === "9.1") await fig91(a);
else if (which === "cli") await cli(a, [b, ...rest]);
else throw new Error(`unknown driver ${which}`);
