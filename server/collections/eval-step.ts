import type { ModelEvent } from "../../lib/model/events";
import type { Step } from "../../lib/collections/schema";
import { DEFAULT_EVAL_TURNS } from "../../lib/collections/schema";
import type { EvalCall, EvalRun, ModelEval, StepStatus } from "../../lib/collections/result";
import { judgeEvalRun, modelVerdict } from "../../lib/collections/eval-verdict";
import { asRecord } from "../../lib/json/shape";
import type { McpTool, ModelClient, ToolRun } from "../model";
import type { McpSession, RecordEntry } from "../test-library/types";
import type { ToolCatalog } from "./send-step";

/** The models an ask step is put to, each opened with its events going to the run's record. */
export interface EvalModels {
  /** In --model order: reports show them side by side in this order. */
  clients: readonly ModelClient[];
  /** Where the eval's own events go (the person's message); the clients report the rest themselves. */
  onEvent?: (e: ModelEvent) => void;
}

/** What an ask step came to: a status over all its models, and each model's verdict. */
export interface EvalStepOutcome {
  status: Exclude<StepStatus, "skipped">;
  evals: ModelEval[];
  message?: string;
}

/**
 * Run one (filled-in) ask step: for each model, `runs` fresh conversations that start from the
 * step's message with the server's tools. Every call the model makes runs for real on the session
 * without asking (the collection is the person's own file, so its evals are theirs to run), unless
 * it names no tool or breaks the tool's inputSchema: such a call is not sent, the model is told so,
 * and it is still judged as made. A model that cannot be asked (no key, 401, 429, a timeout) is an
 * error for that model and its remaining runs are not made: hammering a refusing provider helps no one.
 */
export async function runEvalStep(
  session: McpSession,
  step: Step,
  models: EvalModels | undefined,
  o: { index: number; timeoutMs: number; catalog: ToolCatalog },
): Promise<EvalStepOutcome> {
  if (!models?.clients.length)
    return { status: "error", evals: [], message: "an ask step needs a model: run it with inspector test --model provider:model-id" };
  const tools = [...(await (o.catalog.tools ??= listTools(session, o.timeoutMs))).values()] as unknown as McpTool[];
  const runs = step.runs ?? 1;
  const passRate = step.passRate ?? 1;
  const evals: ModelEval[] = [];
  for (const client of models.clients) {
    const started = performance.now();
    const detail: EvalRun[] = [];
    for (let run = 1; run <= runs; run++) {
      const r = await oneRun(session, client, step, tools, { ...o, run, onEvent: models.onEvent });
      detail.push(r);
      if (r.error) break;
    }
    evals.push(modelVerdict(client.label, runs, passRate, detail, Math.round(performance.now() - started)));
  }
  const status = evals.some((e) => e.status === "fail") ? "fail" : evals.some((e) => e.status === "error") ? "error" : "pass";
  return { status, evals };
}

async function oneRun(
  session: McpSession,
  client: ModelClient,
  step: Step,
  tools: McpTool[],
  o: { index: number; run: number; timeoutMs: number; onEvent?: (e: ModelEvent) => void },
): Promise<EvalRun> {
  const started = performance.now();
  // One conversation per step, model and run: the page's timeline groups the record's model entries by it.
  const conversation = `eval step ${o.index + 1} ${client.label} run ${o.run}`;
  (o.onEvent ?? client.onEvent)?.({ type: "chat-user", conversation, text: step.ask! });
  const calls: EvalCall[] = [];
  try {
    // Loaded when an eval runs: the AI SDK stays out of the page's and the CLI's start-up.
    const { runToolLoop } = await import("../model/tool-loop");
    const out = await runToolLoop(client, {
      conversation,
      messages: [{ role: "user", content: step.ask! }],
      tools,
      maxSteps: step.maxTurns ?? DEFAULT_EVAL_TURNS,
      decide: async () => "auto",
      callTool: (name, args) => callTool(session, name, args, o.timeoutMs),
    });
    for (const c of out.toolCalls)
      calls.push({ name: c.name, args: c.args, ...(c.problem ? { problem: c.problem } : {}), ...(c.isError ? { isError: true } : {}) });
    const verdict = judgeEvalRun(step, calls, out.text);
    return { run: o.run, ...verdict, calls, text: out.text, durationMs: Math.round(performance.now() - started) };
  } catch (e) {
    // A ModelError's message is the provider's, keys already masked (server/model/errors.ts).
    const error = e instanceof Error ? e.message : String(e);
    return { run: o.run, pass: false, calls, text: "", expectations: [], error, durationMs: Math.round(performance.now() - started) };
  }
}

/**
 * A tools/call as any step's: through the session, so it is recorded and linted. A JSON-RPC error
 * is handed to the model as an error result (a model recovers from it as from isError).
 */
async function callTool(session: McpSession, name: string, args: unknown, timeoutMs: number): Promise<ToolRun> {
  const before = lastSeq(session.record());
  const t0 = performance.now();
  let result: unknown;
  let isError: boolean;
  try {
    result = await session.request("tools/call", { name, arguments: asRecord(args) }, { timeout: timeoutMs });
    isError = asRecord(result).isError === true;
  } catch (e) {
    const err = e as { rpc?: unknown; message?: string };
    result = { error: err.rpc ?? err.message ?? String(e) };
    isError = true;
  }
  const serverMs = performance.now() - t0;
  // Steps run one at a time, so the first tools/call sent after `before` is this one's.
  const sent = session
    .record()
    .find((x) => x.seq > before && x.kind === "message" && x.dir === "client->server" && asRecord(x.message).method === "tools/call");
  return { result, isError, serverMs, ...(sent ? { requestSeq: sent.seq } : {}) };
}

async function listTools(session: McpSession, timeoutMs: number) {
  const l = await session.listTools({ timeout: timeoutMs });
  return new Map(l.tools.map((t) => [t.name, t]));
}

function lastSeq(record: RecordEntry[]): number {
  return record.length ? record[record.length - 1].seq : 0;
}
