import { withOtelSpan } from "../otel/hook";
import { visible } from "../../lib/text/visible";
import type { LoadProgress, LoadReport } from "../../lib/load/summary";
import type { Engine } from "../engine";
import { reportOf, progressOf, type LoadBounds } from "./report";
import { runLoad, RunTally, type CallOutcome } from "./runner";
import type { LoadSink } from "./sink";
import { arrayOr, asRecord } from "../../lib/json/shape";
import { asTools, type Tool } from "../../lib/protocol/shapes";

export interface ToolLoadPlan extends LoadBounds {
  tool: string;
  args: Record<string, unknown>;
  meta?: Record<string, unknown>;
  /** Calls made first, not counted. */
  warmup: number;
  signal?: AbortSignal;
  onProgress?(p: LoadProgress): void;
  /** How often onProgress hears of the run (and the throughput line gets a point). */
  tickMs?: number;
}

/** The tool is not on the server (exit 5, as the official CLI's "Tool 'x' not found on server."). */
export class ToolNotFound extends Error {
  constructor(tool: string) {
    super(`Tool '${tool}' not found on server.`);
    this.name = "ToolNotFound";
  }
}

const LIST_PAGES = 50;
const OK: CallOutcome = { kind: "ok" };

/**
 * Load-test one tool over a connected engine whose record is `sink`: list the tools (the tool
 * must be there), warm up, then the measured run. Latency is timed around engine.callTool (the
 * call entering the engine to its outcome); the sink gives each call's wire time beside it.
 */
export function runToolLoad(engine: Engine, sink: LoadSink, plan: ToolLoadPlan): Promise<LoadReport> {
  // With OpenTelemetry export on, the run is a span over its calls (each call is one too).
  return withOtelSpan(`load run ${plan.tool}`, { "gen_ai.tool.name": plan.tool }, () => toolLoad(engine, sink, plan));
}

async function toolLoad(engine: Engine, sink: LoadSink, plan: ToolLoadPlan): Promise<LoadReport> {
  const tool = await findTool(engine, plan.tool);
  const asTask = tool.execution?.taskSupport === "required";
  const opts = { ...(plan.meta && Object.keys(plan.meta).length ? { meta: plan.meta } : {}), ...(asTask ? { task: {} } : {}) };
  const call = async (): Promise<CallOutcome> => {
    const out = await engine.callTool(plan.tool, plan.args, opts);
    if (out.error) throw new Error(`MCP error ${out.error.code}: ${visible(out.error.message)}`);
    const wireMs = sink.takeWire(out.responseSeq);
    const taskId = asTask ? asRecord(asRecord(out.result).task).taskId : undefined;
    const result = asRecord(typeof taskId === "string" ? (await engine.taskResult(taskId)).result : out.result);
    // A tool error came back over the wire too: its wire time counts (issue 39: an all-error run showed "–").
    if (result.isError === true) {
      const text = arrayOr(result.content)
        .map((c) => asRecord(c).text)
        .find((t) => typeof t === "string");
      return { kind: "tool-error", text: visible(String(text ?? "(no text)").slice(0, 200)), ...(asTask ? {} : { wireMs }) };
    }
    // Only an error's text is read: an ok call's content is not walked (bench figure 7, every call).
    return asTask ? OK : { kind: "ok", wireMs };
  };
  let lost: string | undefined;
  const off = engine.onState((s) => {
    if (s.status !== "connected" && !lost) lost = s.error?.message ?? `the connection ended (${s.status})`;
  });
  const alive = () => lost === undefined;
  const transport = engine.getState().target?.transport ?? "stdio";
  try {
    if (plan.warmup > 0) {
      plan.onProgress?.(progressOf(new RunTally(), "warmup", 0));
      await runLoad(call, { concurrency: plan.concurrency, requests: plan.warmup, signal: plan.signal, alive });
    }
    const tally = new RunTally();
    const tickMs = plan.tickMs ?? 500;
    // Said at once, not at the first tick: the page showed "Warming up…" for half a second of the
    // measured run, and a run shorter than a tick was never heard running at all.
    plan.onProgress?.(progressOf(tally, "running", 0));
    const ticker = setInterval(() => {
      const at = performance.now() - tally.startedAt;
      tally.mark(at);
      plan.onProgress?.(progressOf(tally, "running", at));
    }, tickMs);
    try {
      await runLoad(call, { ...plan, alive }, tally);
    } finally {
      clearInterval(ticker);
    }
    // Every call counted: the live view ends on the run's own numbers, not the last tick's.
    plan.onProgress?.(progressOf(tally, "finishing", tally.elapsedMs));
    if (lost && tally.stopReason !== "stopped") tally.stopReason = "connection-lost";
    return reportOf(plan.tool, plan, tally, { transport, warmup: plan.warmup, sink, ...(lost ? { connectionLost: visible(lost) } : {}) });
  } finally {
    off();
  }
}

async function findTool(engine: Engine, name: string): Promise<Tool> {
  let cursor: string | undefined;
  for (let page = 0; page < LIST_PAGES; page++) {
    const out = await engine.request("tools/list", cursor ? { cursor } : undefined);
    const r = asRecord(out.result);
    const found = asTools(r.tools).find((t) => t.name === name);
    if (found) return found;
    if (typeof r.nextCursor !== "string" || !r.nextCursor) break;
    cursor = r.nextCursor;
  }
  throw new ToolNotFound(name);
}
