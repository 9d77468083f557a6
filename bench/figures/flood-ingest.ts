// Figure 3, backend part: the flood fixture sends 100,000 log notifications through the
// engine and the bridge to a headless page (InspectorClient, validating every frame as the
// page does). Messages/s until the page holds all of them, backend RSS, entry count checked.
// Baseline: a direct SDK client receiving the same flood from the same fixture.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { LoggingMessageNotificationSchema } from "@modelcontextprotocol/sdk/types.js";
import type { Figure } from "../figure";
import { fixturePath, headlessPage, startBackend } from "../env";
import { memoryOf, stop } from "../proc";
import { round } from "../stats";
import type { SessionState } from "../../lib/session-state";

export const N = 100_000;

export const floodIngest: Figure = {
  id: "3",
  title: `timeline ingest, backend: ${N.toLocaleString("en-US")} notifications to a headless page`,
  baseline: "a direct SDK Client with a logging notification handler, same fixture, same count",
  async run() {
    // Baseline first and last would be fairer still; one each keeps the run short.
    const direct = await floodDirect();
    const backend = await startBackend();
    try {
      let received = 0;
      let logs = 0;
      let lastSeq = 0;
      const { client, ws } = await headlessPage(backend.port, backend.token, {
        entries: (es) => {
          received += es.length;
          lastSeq = es[es.length - 1].seq;
          for (const e of es) if (e.kind === "message" && (e.message as { method?: string }).method === "notifications/message") logs++;
        },
      });
      await client.hello(0);
      const state = await client.command<SessionState>({ type: "connect", spec: { target: { transport: "stdio", command: process.execPath, args: [fixturePath("flood")], env: {} } } });
      if (state.status !== "connected") throw new Error(`could not connect: ${state.error?.message}`);
      const rss0 = memoryOf(backend.pid)!.rssMiB;
      let peak = rss0;
      const poll = setInterval(() => {
        const m = memoryOf(backend.pid);
        if (m && m.rssMiB > peak) peak = m.rssMiB;
      }, 20);
      const t0 = performance.now();
      const out = await client.command<{ responseSeq: number }>({ type: "call-tool", name: "flood", arguments: { count: N, kind: "log" }, timeoutMs: 600_000 });
      const tReply = performance.now() - t0;
      // The reply comes after its entries (the bridge flushes them first): all are here.
      const tAll = performance.now() - t0;
      clearInterval(poll);
      const hwm = memoryOf(backend.pid)!.peakMiB;
      ws.close();
      if (logs !== N) throw new Error(`the page got ${logs} log notifications, not ${N}`);
      if (lastSeq < out.responseSeq) throw new Error(`the page is missing entries up to ${out.responseSeq}`);
      const rate = N / (tAll / 1000);
      return {
        rows: [
          { metric: "ingest to the page", unit: "msg/s", inspector: round(rate, 0), baseline: round(direct.rate, 0), ratio: round(rate / direct.rate, 2), target: "≥ 20,000 msg/s", met: rate >= 20_000 },
          { metric: "time for all", unit: "ms", inspector: round(tAll, 0), baseline: round(direct.ms, 0), ratio: round(tAll / direct.ms, 2) },
          { metric: "backend RSS peak", unit: "MiB", inspector: round(Math.max(peak, hwm), 0), baseline: round(direct.peakMiB, 0), ratio: round(Math.max(peak, hwm) / direct.peakMiB, 2), target: "≤ 200 MiB", met: Math.max(peak, hwm) <= 200 },
        ],
        notes: [
          `the page received ${received.toLocaleString("en-US")} entries (${logs.toLocaleString("en-US")} log notifications, counted: none lost); reply after ${round(tReply, 0)} ms`,
          `backend RSS ${round(rss0, 0)} MiB before the flood; baseline RSS is the whole direct client process (it holds no record)`,
        ],
      };
    } finally {
      await stop(backend.child);
    }
  },
};

async function floodDirect(): Promise<{ rate: number; ms: number; peakMiB: number }> {
  const client = new Client({ name: "bench-direct", version: "0" });
  await client.connect(new StdioClientTransport({ command: process.execPath, args: [fixturePath("flood")], stderr: "pipe" }));
  let logs = 0;
  client.setNotificationHandler(LoggingMessageNotificationSchema, () => void logs++);
  const before = memoryOf(process.pid)!.rssMiB;
  let peak = before;
  const poll = setInterval(() => (peak = Math.max(peak, memoryOf(process.pid)!.rssMiB)), 20);
  const t0 = performance.now();
  await client.callTool({ name: "flood", arguments: { count: N, kind: "log" } }, undefined, { timeout: 600_000 });
  // Notification handlers run a microtask after they arrive: let the last ones land.
  while (logs < N) await new Promise((r) => setImmediate(r));
  const ms = performance.now() - t0;
  clearInterval(poll);
  await client.close();
  return { rate: N / (ms / 1000), ms, peakMiB: peak };
}
