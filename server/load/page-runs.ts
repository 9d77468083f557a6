import { randomUUID } from "node:crypto";
import type { LoadEvent, LoadStart } from "../../lib/load/wire";
import { LOAD_CHANNEL_VERSION } from "../../lib/load/wire";
import type { NewEntry } from "../../lib/record/format";
import type { SessionState } from "../../lib/session/state";
import { describeTarget } from "../../lib/target/target";
import { visible } from "../../lib/text/visible";
import { Engine } from "../engine";
import { VERSION } from "../paths";
import { LoadSink } from "./sink";
import { resolveBounds } from "./report";
import { runToolLoad } from "./tool-load";

/** What a page's load run needs from the backend: the session's target, and a line in its record. */
export interface PageLoadDeps {
  state(): SessionState;
  note(entry: NewEntry): void;
}

/**
 * The page's load runs. A run opens a connection of its own to the session's target (a second
 * process of a stdio server, a second session of an HTTP one) on an engine whose record is a
 * LoadSink: its calls never reach the session's record or timeline, which get one note when the
 * run starts and one when it ends, saying so. One run at a time per backend.
 */
export class PageLoadRuns {
  private current?: { runId: string; stop: AbortController };

  constructor(private readonly deps: PageLoadDeps) {}

  async start(cmd: LoadStart, emit: (e: LoadEvent) => void): Promise<void> {
    if (this.current) return emit({ type: "load-failed", id: cmd.id, message: "a load run is already going: stop it first" });
    const state = this.deps.state();
    if (state.status !== "connected" || !state.target)
      return emit({
        type: "load-failed",
        id: cmd.id,
        message: "connect to a server first: a load run opens its own connection to the same target",
      });
    const runId = randomUUID();
    const stop = new AbortController();
    this.current = { runId, stop };
    const sink = new LoadSink();
    const engine = new Engine(sink, { name: "mcp-inspector-harness-load", version: VERSION });
    engine.setAnswers(state.answers);
    const tool = visible(cmd.tool);
    try {
      emit({ type: "load-started", id: cmd.id, runId, channel: LOAD_CHANNEL_VERSION });
      emit({
        type: "load-progress",
        runId,
        progress: {
          phase: "connecting",
          elapsedMs: 0,
          requests: 0,
          ok: 0,
          toolErrors: 0,
          errors: 0,
          inFlight: 0,
          p50: null,
          p99: null,
          histogram: [],
          throughput: [],
        },
      });
      // An OAuth login is the session's: the load connection does not run one (a token in a header still applies).
      const s = await engine.connect({
        target: state.target,
        protocolEra: state.protocolEra,
        capabilities: state.capabilities,
        auth: { mode: "off" },
      });
      if (s.status !== "connected")
        return emit({ type: "load-failed", runId, message: `the load connection failed: ${visible(s.error?.message ?? s.status)}` });
      this.deps.note({
        kind: "lifecycle",
        event: "note",
        text: `load run of ${tool} started on a connection of its own to ${describeTarget(state.target)}: its calls are counted, not recorded here (the Load panel keeps every error and the slowest calls)`,
      });
      const bounds = resolveBounds({ concurrency: cmd.concurrency, durationMs: cmd.durationMs, requests: cmd.requests, rate: cmd.rate });
      const report = await runToolLoad(engine, sink, {
        ...bounds,
        tool: cmd.tool,
        args: cmd.arguments,
        warmup: cmd.warmup,
        signal: stop.signal,
        onProgress: (progress) => emit({ type: "load-progress", runId, progress }),
      });
      const r = report.result;
      this.deps.note({
        kind: "lifecycle",
        event: "note",
        text: `load run of ${tool} ended (${report.details.stopReason}): ${r.requests} calls, ${r.throughput}/s, p99 ${r.latencyMs?.p99 ?? "–"} ms, ${r.errors} errors, ${r.toolErrors} tool errors; ${report.details.sampled.framesNotKept} frames counted, not recorded`,
      });
      emit({ type: "load-done", runId, report });
    } catch (e) {
      emit({ type: "load-failed", runId, message: visible((e as Error).message) });
    } finally {
      this.current = undefined;
      await engine.close();
    }
  }

  /** Stop starting calls; the run ends with its report once its calls in flight have. */
  stop(runId: string): boolean {
    if (this.current?.runId !== runId) return false;
    this.current.stop.abort();
    return true;
  }
}
