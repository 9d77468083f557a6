import { describe, expect, test } from "vitest";
import { HISTOGRAM_RELATIVE_ERROR, LatencyHistogram } from "../lib/load/histogram";
import { EXACT_SAMPLES, LatencyStats } from "../lib/load/latency";
import { ErrorTally } from "../lib/load/errors";
import { baselineFrom, loadVerdicts } from "../lib/load/verdicts";
import type { LoadSummary } from "../lib/load/summary";
import { runLoad, type CallOutcome } from "../server/load/runner";
import { ERRORS_KEPT, LoadSink, SAMPLE_ENTRY_MAX_BYTES, SLOWEST_KEPT, WAITING_RING } from "../server/load/sink";
import { Pairing } from "../server/record/pairing";

describe("latency percentiles", () => {
  test("the histogram reads every percentile within its stated bound (±0.5 %) of the exact one, over five orders of magnitude", () => {
    const h = new LatencyHistogram();
    const values: number[] = [];
    // A deterministic spread from 10 µs to 1 s.
    for (let i = 0; i < 20_000; i++) values.push(0.01 * 10 ** ((((i * 7919) % 20_000) / 20_000) * 5));
    for (const v of values) h.add(v);
    const sorted = [...values].sort((a, b) => a - b);
    for (const p of [1, 50, 90, 99, 99.9]) {
      const exact = sorted[Math.ceil((p / 100) * sorted.length) - 1];
      expect(Math.abs(h.percentile(p) - exact) / exact).toBeLessThanOrEqual(HISTOGRAM_RELATIVE_ERROR + 1e-9);
    }
    expect(h.bins().reduce((n, b) => n + b.count, 0)).toBe(values.length);
  });

  test("exact from every sample up to EXACT_SAMPLES, as the official CLI's sort (rank ⌈p·n⌉), then the histogram, memory flat", () => {
    const s = new LatencyStats();
    for (const v of [5, 1, 4, 2, 3]) s.add(v);
    expect(s.summary()).toEqual({ min: 1, mean: 3, p50: 3, p90: 5, p99: 5, max: 5 });
    expect(s.method).toBe("exact");
    const long = new LatencyStats();
    for (let i = 0; i <= EXACT_SAMPLES; i++) long.add(1 + (i % 100));
    expect(long.method).toBe("histogram");
    expect(long.summary()!.p50).toBeCloseTo(50, 0);
    expect(new LatencyStats().summary()).toBeNull();
  });

  test("errors grouped by message: ten kinds, most frequent first, the rest as (other)", () => {
    const t = new ErrorTally();
    for (let i = 0; i < 12; i++) t.add(`kind ${i}`);
    t.add("kind 3");
    const e = t.entries();
    expect(e[0]).toEqual({ message: "kind 3", count: 2 });
    expect(e).toHaveLength(11);
    expect(e.at(-1)).toEqual({ message: "(other)", count: 2 });
  });
});

describe("the runner", () => {
  test("never more calls in flight than the concurrency; exactly the requested count; a stop ends it with what finished", async () => {
    let inFlight = 0;
    let most = 0;
    const call = async (): Promise<CallOutcome> => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setImmediate(r));
      inFlight--;
      return { kind: "ok" };
    };
    const t = await runLoad(call, { concurrency: 7, requests: 500 });
    expect(most).toBe(7);
    expect(t.completed).toBe(500);
    expect(t.stopReason).toBe("requests");
    const stop = new AbortController();
    let n = 0;
    const stopped = await runLoad(async () => (++n === 50 && stop.abort(), call()), {
      concurrency: 3,
      durationMs: 60_000,
      signal: stop.signal,
    });
    expect(stopped.stopReason).toBe("stopped");
    expect(stopped.completed).toBeLessThanOrEqual(52);
  });

  test("failed calls (thrown or isError) are told apart: in the histogram's bins and in the throughput line", async () => {
    let n = 0;
    const t = await runLoad(
      async (): Promise<CallOutcome> => {
        const i = ++n;
        if (i % 3 === 0) throw new Error("busy");
        return i % 3 === 1 ? { kind: "ok" } : { kind: "tool-error", text: "bad input" };
      },
      { concurrency: 2, requests: 300 },
    );
    expect(t.ok).toBe(100);
    expect(t.failedLatency.count).toBe(200);
    const bins = t.latency.histogram.bins(32, t.failedLatency);
    expect(bins.reduce((a, b) => a + b.count, 0)).toBe(300);
    expect(bins.reduce((a, b) => a + (b.failed ?? 0), 0)).toBe(200);
    for (const b of bins) expect(b.failed).toBeLessThanOrEqual(b.count);
    const last = t.throughput.at(-1)!;
    expect(last.failedPerSecond! / last.perSecond).toBeCloseTo(2 / 3, 5);
  });

  test("a rate on a fake clock: calls start 1/rate apart, none at or after the deadline", async () => {
    let now = 0;
    const starts: number[] = [];
    // Time moves only while every worker sleeps: to the earliest wake-up, one sleeper at a time.
    const sleepers: Array<{ at: number; wake(): void }> = [];
    const sleep = (ms: number) =>
      new Promise<void>((wake) => {
        sleepers.push({ at: now + ms, wake });
        sleepers.sort((a, b) => a.at - b.at);
        setImmediate(() => {
          const next = sleepers.shift()!;
          now = Math.max(now, next.at);
          next.wake();
        });
      });
    const clock = { now: () => now, sleep };
    const t = await runLoad(async () => (starts.push(now), { kind: "ok" as const }), { concurrency: 4, rate: 100, durationMs: 100, clock });
    expect(t.completed).toBe(10);
    expect(starts).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
  });

  test("calls that fail at once (a dead connection's 'Not connected') still let the process run: the connection's end is heard and the run stops there, not at its deadline", async () => {
    // The engine hears a server's exit as an event: only a turn of the event loop delivers it.
    let lost = false;
    setTimeout(() => (lost = true), 5);
    const t = await runLoad(
      async () => {
        throw new Error("Not connected");
      },
      { concurrency: 10, durationMs: 3_000, alive: () => !lost },
    );
    // Without a turn of the loop the calls run to the 3 s deadline ("duration") and the 5 ms timer waits for them.
    expect(t.stopReason).toBe("connection-lost");
    expect(t.errorMessages.entries()).toEqual([{ message: "Not connected", count: t.errors }]);
  });
});

describe("verdicts", () => {
  const summary = {
    tool: "t",
    concurrency: 1,
    requests: 10,
    ok: 9,
    toolErrors: 1,
    errors: 0,
    errorRate: 0.1,
    elapsedMs: 100,
    throughput: 100,
    latencyMs: { min: 1, mean: 2, p50: 2, p90: 3, p99: 4, max: 5 },
    errorMessages: [],
  } satisfies LoadSummary;
  test("thresholds and a baseline with its tolerance", () => {
    const v = loadVerdicts(summary, {
      maxP99Ms: 3,
      maxErrorRate: 0.1,
      baseline: { ...summary, throughput: 120, latencyMs: { ...summary.latencyMs, p99: 3.5 } },
      tolerance: 0.2,
    });
    expect(v.map((x) => [x.check, x.passed])).toEqual([
      ["p99 ≤ 3 ms", false],
      ["error rate ≤ 0.1", true],
      ["p99 ≤ baseline's 3.5 ms + 20 %", true],
      ["throughput ≥ baseline's 120/s − 20 %", true],
    ]);
    expect(loadVerdicts({ ...summary, latencyMs: null }, { maxP99Ms: 1e9, tolerance: 0 })[0].passed).toBe(false);
  });
  test("a baseline from --format json ({ result }), the text output, or something else (said why)", () => {
    expect(baselineFrom({ result: summary })).toEqual({ ok: true, summary });
    expect(baselineFrom(summary)).toEqual({ ok: true, summary });
    expect(baselineFrom({ tool: "x" })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^not a load summary \(at concurrency/),
    });
  });
});

describe("the load sink", () => {
  const req = (id: number) => ({
    kind: "message" as const,
    dir: "client->server" as const,
    message: { jsonrpc: "2.0", id, method: "tools/call", params: { name: "t" } },
    size: 1,
  });
  const res = (id: number, body: Record<string, unknown>) => ({
    kind: "message" as const,
    dir: "server->client" as const,
    message: { jsonrpc: "2.0", id, ...body },
    size: 1,
  });
  test("keeps each response paired as the connection pairs it (server/record/pairing.ts), with its request: the slowest and a bounded number of errors, the rest counted", () => {
    const sink = new LoadSink();
    // The connection stamps each response with its request's pair before the sink gets it.
    const pairing = new Pairing<"client->server">();
    for (let id = 1; id <= 200; id++) {
      const r = sink.append(req(id));
      pairing.opened("client->server", id, r.seq, "tools/call");
      const { pair } = pairing.answered("client->server", id)!;
      const answer = sink.append({ ...(id % 4 === 0 ? res(id, { error: { code: -1, message: "no" } }) : res(id, { result: {} })), pair });
      expect(answer.kind === "message" && answer.pair?.seq).toBe(r.seq);
      expect(sink.takeWire(answer.seq)).toBe(pair.latencyMs);
      expect(sink.takeWire(answer.seq)).toBeUndefined();
    }
    const s = sink.sample();
    expect(s.kept.filter((e) => e.kind === "message")).toHaveLength((SLOWEST_KEPT + ERRORS_KEPT) * 2);
    // Every kept response is kept with the request it answers.
    const keptSeqs = new Set(s.kept.map((e) => e.seq));
    for (const e of s.kept) if (e.kind === "message" && e.dir === "server->client") expect(keptSeqs.has(e.pair!.seq)).toBe(true);
    expect(s.errorsNotKept).toBe(50 - ERRORS_KEPT);
    expect(s.framesNotKept).toBe(400 - (SLOWEST_KEPT + ERRORS_KEPT) * 2);
    expect(s.kept.map((e) => e.seq)).toEqual([...s.kept.map((e) => e.seq)].sort((a, b) => a - b));
  });

  test("the sample is of the run's calls and bounded: the tools/list that finds the tool, however slow, and a frame over SAMPLE_ENTRY_MAX_BYTES are counted, not kept (issue 91: a 5,000-tool list made the summary 4.26 MB)", () => {
    const sink = new LoadSink();
    const pairing = new Pairing<"client->server">();
    const exchange = (id: number, method: string, size: number, body: Record<string, unknown>, latencyMs?: number) => {
      const r = sink.append({ ...req(id), message: { jsonrpc: "2.0", id, method } });
      pairing.opened("client->server", id, r.seq, method);
      const { pair } = pairing.answered("client->server", id)!;
      return sink.append({ ...res(id, body), size, pair: latencyMs === undefined ? pair : { ...pair, latencyMs } });
    };
    exchange(1, "tools/list", 4_260_000, { result: { tools: [] } }, 900);
    exchange(2, "tools/call", 10, { result: { content: [] } }, 1);
    exchange(3, "tools/call", SAMPLE_ENTRY_MAX_BYTES + 1, { result: { content: [] } }, 500);
    exchange(4, "tools/call", SAMPLE_ENTRY_MAX_BYTES + 1, { error: { code: -1, message: "big" } });
    const s = sink.sample();
    const kept = s.kept.filter((e) => e.kind === "message");
    expect(kept.map((e) => (e.message as { id: number }).id)).toEqual([2, 2]);
    expect(s.framesNotKept).toBe(6);
    expect(s.errorsNotKept).toBe(1);
    expect(JSON.stringify(s).length).toBeLessThan(2000);
  });

  test("a request unanswered for more than WAITING_RING frames is let go: its late answer is counted, not paired, and takes no other call's wire time", () => {
    const sink = new LoadSink();
    const pairing = new Pairing<"client->server">();
    const late = sink.append(req(1));
    pairing.opened("client->server", 1, late.seq, "tools/call");
    for (let id = 2; id <= WAITING_RING + 2; id++) {
      const r = sink.append(req(id));
      pairing.opened("client->server", id, r.seq, "tools/call");
    }
    const { pair } = pairing.answered("client->server", 1)!;
    const answer = sink.append({ ...res(1, { error: { code: -1, message: "late" } }), pair });
    expect(sink.takeWire(answer.seq)).toBe(pair.latencyMs);
    expect(sink.takeWire(answer.seq - WAITING_RING)).toBeUndefined();
    const s = sink.sample();
    expect(s.kept).toEqual([]);
    expect(s.framesNotKept).toBe(WAITING_RING + 3);
    // The next answer still finds its request.
    const p2 = pairing.answered("client->server", WAITING_RING + 2)!.pair;
    sink.append({ ...res(WAITING_RING + 2, { error: { code: -1, message: "no" } }), pair: p2 });
    expect(sink.sample().kept.map((e) => e.seq)).toEqual([p2.seq, answer.seq + 1]);
  });
});
