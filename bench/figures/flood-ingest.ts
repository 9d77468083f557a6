// Figure 3, backend part: the flood fixture sends 100,000 log notifications through the
// engine and the bridge to a headless page (InspectorClient, validating every frame as the
// page does). Messages/s until the page holds all of them, backend RSS, entry count checked.
// Baseline: a direct SDK client receiving the same flood from the same fixture.
import path from "node:path";
import type { Figure } from "../figure";
import { ROOT, fixturePath, headlessPage, startBackend } from "../env";
import { memoryOf, stop, timedRun } from "../proc";
import { round } from "../stats";

export const N = 100_000;

export const floodIngest: Figure = {
  id: "3",
  title: `timeline ingest, backend: ${N.toLocaleString("en-US")} notifications to a headless page`,
  baseline: "a direct SDK Client with a logging notification handler, same fixture, same count",
  async run() {
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
      const state = await client.command({
        type: "connect",
        spec: { target: { transport: "stdio", command: process.execPath, args: [fixturePath("flood")], env: {} } },
      });
      if (state.status !== "connected") throw new Error(`could not connect: ${state.error?.message}`);
      const rss0 = memoryOf(backend.pid)!.rssMiB;
      let peak = rss0;
      const poll = setInterval(() => {
        const m = memoryOf(backend.pid);
        if (m && m.rssMiB > peak) peak = m.rssMiB;
      }, 20);
      const t0 = performance.now();
      const out = await client.command({ type: "call-tool", name: "flood", arguments: { count: N, kind: "log" }, timeoutMs: 600_000 });
      const tReply = performance.now() - t0;
      // The reply comes after its entries (the bridge flushes them first): all are here.
      const tAll = performance.now() - t0;
      clearInterval(poll);
      const hwm = memoryOf(backend.pid)!.peakMiB;
      ws.close();
      if (logs !== N) throw new Error(`the page got ${logs} log notifications, not ${N}`);
      if (out.responseSeq === undefined || lastSeq < out.responseSeq)
        throw new Error(`the page is missing entries up to ${out.responseSeq}`);
      const rate = N / (tAll / 1000);
      return {
        rows: [
          {
            metric: "ingest to the page",
            unit: "msg/s",
            inspector: round(rate, 0),
            baseline: round(direct.rate, 0),
            ratio: round(rate / direct.rate, 2),
            target: "≥ 20,000 msg/s",
            met: rate >= 20_000,
          },
          {
            metric: "time for all",
            unit: "ms",
            inspector: round(tAll, 0),
            baseline: round(direct.ms, 0),
            ratio: round(tAll / direct.ms, 2),
          },
          {
            metric: "backend RSS peak",
            unit: "MiB",
            inspector: round(Math.max(peak, hwm), 0),
            baseline: round(direct.peakMiB, 0),
            ratio: round(Math.max(peak, hwm) / direct.peakMiB, 2),
            target: "≤ 200 MiB",
            met: Math.max(peak, hwm) <= 200,
          },
        ],
        notes: [
          `the page received ${received.toLocaleString("en-US")} entries (${logs.toLocaleString("en-US")} log notifications, counted: none lost); reply after ${round(tReply, 0)} ms`,
          `backend RSS ${round(rss0, 0)} MiB before the flood; the baseline's is the direct client process's peak (bench/direct/flood.mjs, it keeps nothing)`,
        ],
      };
    } finally {
      await stop(backend.child);
    }
  },
};

async function floodDirect(): Promise<{ rate: number; ms: number; peakMiB: number }> {
  const r = await timedRun(
    process.execPath,
    [path.join(ROOT, "bench/direct/flood.mjs"), fixturePath("flood"), String(N)],
    { cwd: ROOT },
    600_000,
  );
  if (r.code !== 0) throw new Error(`direct flood failed: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as { ms: number; logs: number; peakMiB: number };
  if (out.logs !== N) throw new Error(`the direct client got ${out.logs} notifications, not ${N}`);
  return { rate: N / (out.ms / 1000), ms: out.ms, peakMiB: out.peakMiB };
}
