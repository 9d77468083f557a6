// Figure 9.2: an in-process target: connect to an SDK McpServer and make 1,000 callTools through
// the test library, against the SDK's own Client over its InMemoryTransport pair, interleaved.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import { z } from "zod";
import { wireCopy } from "../../server/engine/wire-copy";
import type { Figure } from "../figure";
import { loadLibrary, ownCpuUs, spread } from "../library";
import { median, round } from "../stats";

const CALLS = 1000;
const WARMUP_RUNS = 5;
// 9 runs left the per-run ratios spread 0.2–7× on a loaded machine (a run is ~50 ms): 25 settle the median.
const RUNS = 25;
const TARGET = 1.2;
const ECHO = JSON.stringify({ type: "text", text: "Echo: hello" });

function echoServer(): McpServer {
  const server = new McpServer({ name: "bench-echo", version: "1.0.0" });
  server.registerTool("echo", { inputSchema: { message: z.string() } }, ({ message }) => ({
    content: [{ type: "text", text: `Echo: ${message}` }],
  }));
  return server;
}

type Message = Record<string, unknown>;

const ignore = () => undefined;

/**
 * A pair that copies each frame as the library's in-process pair does (server/engine/wire-copy.ts:
 * what a JSON wire would deliver, and its size; handed over in a promise job), for the SDK's
 * Client: what giving each side its own copy costs on its own, in the same run.
 */
class CopyingPair {
  onmessage?: (m: Message) => void;
  onclose?: () => void;
  onerror?: (e: Error) => void;
  other?: CopyingPair;
  private closed = false;
  async start(): Promise<void> {}
  async send(m: unknown): Promise<void> {
    const { value } = wireCopy(m);
    const other = this.other!;
    void Promise.resolve().then(() => other.deliver(value as Message));
  }
  private deliver(m: Message): void {
    if (!this.closed) this.onmessage?.(m);
  }
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.onclose?.();
    await this.other?.close();
  }
}

interface Run {
  ms: number;
  cpuUs: number;
  /** The library's findings() at the end (the lint runs when asked), timed apart. */
  lintMs: number;
}

export const libraryInProcess: Figure = {
  id: "9.2",
  title: `library: in-process McpServer, connect + ${CALLS.toLocaleString("en-US")} callTools`,
  baseline: "the SDK's Client over InMemoryTransport.createLinkedPair() to the same McpServer",
  async run() {
    const { connect } = await loadLibrary();
    // Both sides ask for progress (a progress token on every call) only in the runs that say so:
    // the library, like the SDK's client, sends one only when the call takes onProgress.
    const viaLibrary = async (progress = false): Promise<Run> => {
      const t0 = performance.now();
      const c0 = ownCpuUs();
      const mcp = await connect(echoServer());
      const opts = progress ? { onProgress: ignore } : undefined;
      let last;
      for (let i = 0; i < CALLS; i++) last = await mcp.callTool("echo", { message: "hello" }, opts);
      const t1 = performance.now();
      const errors = mcp.findings({ severity: "error" });
      const lintMs = performance.now() - t1;
      await mcp.close();
      const ms = performance.now() - t0 - lintMs;
      if (JSON.stringify(last?.content[0]) !== ECHO) throw new Error(`unexpected echo: ${JSON.stringify(last)}`);
      if (errors.length) throw new Error(`the lint found errors: ${JSON.stringify(errors)}`);
      return { ms, cpuUs: ownCpuUs() - c0, lintMs };
    };
    /** The SDK's own Client and the same McpServer over a pair of transports: the baselines. */
    const viaSdkOver = async (pair: () => [Transport, Transport], progress = false): Promise<Run> => {
      const t0 = performance.now();
      const c0 = ownCpuUs();
      const [clientEnd, serverEnd] = pair();
      const server = echoServer();
      await server.connect(serverEnd);
      const client = new Client({ name: "bench-direct", version: "0" });
      await client.connect(clientEnd);
      const opts = progress ? { onprogress: ignore } : undefined;
      for (let i = 0; i < CALLS; i++) await client.callTool({ name: "echo", arguments: { message: "hello" } }, undefined, opts);
      await client.close();
      return { ms: performance.now() - t0, cpuUs: ownCpuUs() - c0, lintMs: 0 };
    };
    const viaSdk = (progress = false) => viaSdkOver(() => InMemoryTransport.createLinkedPair(), progress);
    const viaSdkCopying = () =>
      viaSdkOver(() => {
        const clientEnd = new CopyingPair();
        const serverEnd = new CopyingPair();
        clientEnd.other = serverEnd;
        serverEnd.other = clientEnd;
        return [clientEnd, serverEnd];
      });
    for (let i = 0; i < WARMUP_RUNS; i++) {
      await viaLibrary();
      await viaSdk();
      await viaSdkCopying();
      await viaLibrary(true);
      await viaSdk(true);
    }
    const copying: Run[] = [];
    const lib: Run[] = [];
    const sdk: Run[] = [];
    const libProgress: Run[] = [];
    const sdkProgress: Run[] = [];
    const ratios: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const l = r % 2 ? undefined : await viaLibrary();
      const s = await viaSdk();
      const l2 = l ?? (await viaLibrary());
      lib.push(l2);
      sdk.push(s);
      copying.push(await viaSdkCopying());
      ratios.push(l2.ms / s.ms);
      const lp = r % 2 ? undefined : await viaLibrary(true);
      sdkProgress.push(await viaSdk(true));
      libProgress.push(lp ?? (await viaLibrary(true)));
    }
    const m = (runs: Run[], k: keyof Run) => median(runs.map((x) => x[k]));
    const rm = m(lib, "ms") / m(sdk, "ms");
    const withLint = m(lib, "ms") + m(lib, "lintMs");
    return {
      rows: [
        {
          metric: `connect + ${CALLS} callTools, median`,
          unit: "ms",
          inspector: round(m(lib, "ms"), 1),
          baseline: round(m(sdk, "ms"), 1),
          ratio: round(rm, 2),
          target: `≤ ${TARGET}×`,
          met: rm <= TARGET,
        },
        {
          metric: "the same, then findings() (the lint of its 2,000 frames)",
          unit: "ms",
          inspector: round(withLint, 1),
          baseline: round(m(sdk, "ms"), 1),
          ratio: round(withLint / m(sdk, "ms"), 2),
        },
        {
          metric: "the same, each call with onProgress (the SDK's: onprogress), so each sends a progress token",
          unit: "ms",
          inspector: round(m(libProgress, "ms"), 1),
          baseline: round(m(sdkProgress, "ms"), 1),
          ratio: round(m(libProgress, "ms") / m(sdkProgress, "ms"), 2),
        },
        {
          metric: "the SDK's Client over a pair that copies each frame as the library's does",
          unit: "ms",
          inspector: round(m(copying, "ms"), 1),
          baseline: round(m(sdk, "ms"), 1),
          ratio: round(m(copying, "ms") / m(sdk, "ms"), 2),
        },
        {
          metric: "CPU of this process (client and server, lint included)",
          unit: "ms",
          inspector: round(m(lib, "cpuUs") / 1000, 1),
          baseline: round(m(sdk, "cpuUs") / 1000, 1),
          ratio: round(m(lib, "cpuUs") / m(sdk, "cpuUs"), 2),
        },
      ],
      notes: [
        `${WARMUP_RUNS} warm-up runs each, then ${RUNS} runs alternating which side goes first; per-run ratios ${spread(ratios)}`,
        "library: connect(mcpServer) from dist/lib/index.mjs (its in-memory pair, the record; the lint when findings() asks), mcp.callTool('echo'); a fresh McpServer per run on both sides",
        "the copying pair: the SDK's Client and the same McpServer over a pair that hands each frame over as a wire copy (server/engine/wire-copy.ts) in a promise job (no record, no engine): the part of the gap that giving each side its own copy costs",
        "no progress token in the first rows, on either side: the library sends one only with onProgress, as the SDK's client only with onprogress; the onProgress row has one on both",
      ],
    };
  },
};
