// Figure 9.1: the test library's callTool (echo) over stdio against a direct SDK client
// (Client + StdioClientTransport) on its own everything server, in the same process, interleaved.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import type { Figure } from "../figure";
import { EVERYTHING } from "../env";
import { loadLibrary, ownCpuUs, spread } from "../library";
import { median, p99, round } from "../stats";

const WARMUP = Number(process.env.BENCH_WARMUP ?? 3000);
const ROUNDS = 10;
const PER_ROUND = 300;
const TARGET = 1.1;

export const libraryStdio: Figure = {
  id: "9.1",
  title: "library: callTool echo over stdio",
  baseline: "a direct SDK Client (StdioClientTransport, client.callTool) to another everything server",
  async run() {
    const { connect } = await loadLibrary();
    const mcp = await connect({ command: process.execPath, args: [EVERYTHING, "stdio"] });
    const direct = new Client({ name: "bench-direct", version: "0" });
    await direct.connect(new StdioClientTransport({ command: process.execPath, args: [EVERYTHING, "stdio"], stderr: "pipe" }));
    try {
      const viaLibrary = () => mcp.callTool("echo", { message: "hello" });
      const viaDirect = () => direct.callTool({ name: "echo", arguments: { message: "hello" } });
      const first = await viaLibrary();
      if (JSON.stringify(first.content[0]) !== JSON.stringify({ type: "text", text: "Echo: hello" }))
        throw new Error(`unexpected echo: ${JSON.stringify(first)}`);
      // Warm-up to a settled JIT on both sides (figure 1 found 300 calls too few for the engine).
      for (let i = 0; i < WARMUP; i++) {
        await viaLibrary();
        await viaDirect();
      }
      const lib: number[] = [];
      const dir: number[] = [];
      const ratios: number[] = [];
      const cpu = { lib: 0, dir: 0 };
      for (let r = 0; r < ROUNDS; r++) {
        const round: Record<"lib" | "dir", number[]> = { lib: [], dir: [] };
        for (const side of r % 2 ? (["dir", "lib"] as const) : (["lib", "dir"] as const)) {
          const f = side === "lib" ? viaLibrary : viaDirect;
          const c0 = ownCpuUs();
          for (let i = 0; i < PER_ROUND; i++) {
            const t0 = performance.now();
            await f();
            round[side].push(performance.now() - t0);
          }
          cpu[side] += ownCpuUs() - c0;
        }
        lib.push(...round.lib);
        dir.push(...round.dir);
        ratios.push(median(round.lib) / median(round.dir));
      }
      const rm = median(lib) / median(dir);
      const calls = ROUNDS * PER_ROUND;
      return {
        rows: [
          {
            metric: "per call, median",
            unit: "ms",
            inspector: round(median(lib)),
            baseline: round(median(dir)),
            ratio: round(rm, 2),
            target: `≤ ${TARGET}×`,
            met: rm <= TARGET,
          },
          {
            metric: "per call, p99",
            unit: "ms",
            inspector: round(p99(lib)),
            baseline: round(p99(dir)),
            ratio: round(p99(lib) / p99(dir), 2),
          },
          {
            metric: "this process's CPU per call",
            unit: "µs",
            inspector: round(cpu.lib / calls, 1),
            baseline: round(cpu.dir / calls, 1),
            ratio: round(cpu.lib / cpu.dir, 2),
          },
        ],
        notes: [
          `${WARMUP} warm-up calls each, then ${ROUNDS} rounds of ${PER_ROUND} calls each, alternating which side goes first; per-round median ratios ${spread(ratios)}`,
          "library: connect({ command: node, args: [everything, 'stdio'] }) from dist/lib/index.mjs, mcp.callTool('echo'); the session records and pairs every frame (it lints when findings are asked for)",
        ],
      };
    } finally {
      await mcp.close();
      await direct.close();
    }
  },
};
