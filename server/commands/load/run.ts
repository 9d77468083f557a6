import { readFileSync } from "node:fs";
import { inertJson, visible } from "../../../lib/text/visible";
import { connectExitCode } from "../../headless/connect-exit";
import { baselineFrom, loadVerdicts } from "../../../lib/load/verdicts";
import type { LoadSummary } from "../../../lib/load/summary";
import type { ConnectError } from "../../../lib/session/state";
import { Engine } from "../../engine";
import { VERSION } from "../../paths";
import { LoadSink } from "../../load/sink";
import { runToolLoad, ToolNotFound } from "../../load/tool-load";
import { resolveBounds } from "../../load/report";
import type { RunContext } from "../command";
import { UsageError, cannotRead } from "../usage-error";
import { headlessSession } from "../shared/headless-session";
import { resolveTarget } from "../shared/resolve-target";
import { takeServerEnv } from "../shared/env-flags";
import { progressLine } from "../shared/terminal";
import { checkSaveSessionPath } from "../shared/save-session";
import { saveRunPage, saveRunSession } from "../shared/save-run-session";
import { faultLines } from "../shared/fault-lines";
import { RecordingLoadSink } from "./recording-sink";
import type { LoadArgs } from "./flags";
import { detailLines, reportText } from "./output";

const EXIT = { ok: 0, failed: 1, authRequired: 3, unreachable: 4, toolNotFound: 5 } as const;

/**
 * `inspector --cli … --load`: connect once on an engine whose record is a LoadSink (the run's
 * frames are counted, not kept), run the tool, print the summary. Exit 1 when a limit or the
 * baseline is exceeded or the connection was lost mid-run; connect failures as --cli.
 */
export async function runLoadCommand(a: LoadArgs, { env, io }: RunContext): Promise<number> {
  const baseline = a.baseline ? readBaseline(a.baseline) : undefined;
  takeServerEnv(a, env, io.err);
  const target = (await resolveTarget(a, env))!;
  // --load-export: the scenario goes to a locustfile; nothing connects.
  if (a.loadExport) return (await import("./export-locust")).exportLocust(a, target, io);
  if (a.saveSession) checkSaveSessionPath(a.saveSession);
  if (a.html) checkSaveSessionPath(a.html, "--html");
  // No browser login in a load run: --auth auto, client-credentials or MCP_ACCESS_TOKEN serve HTTP targets.
  const session = headlessSession(a, target, env, { advertiseApps: a.advertiseApps, interactive: false });
  const sink = new LoadSink();
  // --save-session: the first entries are kept whole too; without it nothing is kept per call.
  const recording = a.saveSession || a.html ? new RecordingLoadSink(sink) : undefined;
  const engine = new Engine(recording ?? sink, { name: "mcp-inspector-harness-load", version: VERSION });
  engine.setAnswers(session.answers);
  const line = a.quiet ? { done: () => undefined } : progressLine();
  const faults = faultLines((l) => (line.done(), io.err(l)));
  engine.onFault(faults.onFault);
  try {
    line.progress?.("load: connecting");
    const state = await engine.connect({
      target: session.target,
      protocolEra: session.protocolEra,
      capabilities: session.capabilities,
      timeouts: session.timeouts,
      auth: session.auth,
    });
    if (state.status !== "connected") return connectFailed(state.error, a, io.err);
    const bounds = resolveBounds({
      concurrency: a.concurrency,
      durationMs: a.durationSec !== undefined ? a.durationSec * 1000 : undefined,
      requests: a.requests,
      rate: a.rate,
    });
    const meta = { ...a.metadata, ...a.toolMetadata };
    const report = await runToolLoad(engine, sink, {
      ...bounds,
      tool: a.toolName!,
      args: a.toolArgsJson ?? a.toolArgs,
      meta,
      warmup: a.warmup,
      onProgress: (p) =>
        line.progress?.(
          `load: ${p.phase === "warmup" ? "warming up" : `${p.requests} calls, ${p.throughput.at(-1)?.perSecond ?? 0}/s, p99 ${p.p99 ?? "–"} ms, ${p.errors + p.toolErrors} errors, ${Math.round(p.elapsedMs / 1000)} s`}`,
        ),
    });
    line.done();
    report.details.verdicts = loadVerdicts(report.result, {
      maxP99Ms: a.maxP99Ms,
      maxErrorRate: a.maxErrorRate,
      baseline,
      tolerance: a.tolerancePct / 100,
    });
    io.out(reportText(report, a.loadFormat));
    const failed = report.details.verdicts.filter((v) => !v.passed);
    if (!a.quiet && a.loadFormat === "text") for (const l of detailLines(report)) io.err(`inspector: ${l}`);
    else for (const v of failed) io.err(`inspector: load check failed: ${v.check} (got ${v.actual})`);
    if (report.details.connectionLost) io.err(`inspector: the connection was lost mid-run: ${report.details.connectionLost}`);
    return failed.length || report.details.connectionLost ? EXIT.failed : EXIT.ok;
  } catch (e) {
    line.done();
    if (e instanceof ToolNotFound) return failure(a, io.err, { code: "tool_not_found", message: e.message, exitCode: EXIT.toolNotFound });
    return failure(a, io.err, { code: "error", message: `load run failed: ${(e as Error).message}`, exitCode: EXIT.failed });
  } finally {
    await engine.close();
    faults.end();
    if (recording && a.saveSession)
      saveRunSession(a.saveSession, { target, state: engine.getState(), entries: recording.entries() }, io.err, a.quiet);
    if (recording && a.html) await saveRunPage(a.html, { target, state: engine.getState(), entries: recording.entries() }, io.err, a.quiet);
  }
}

function readBaseline(file: string): LoadSummary {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new UsageError(
      e instanceof SyntaxError ? `--load-baseline: ${file} is not JSON: ${e.message}` : cannotRead("--load-baseline", file, e),
    );
  }
  const b = baselineFrom(json);
  if (!b.ok) throw new UsageError(`--load-baseline: ${file} is ${b.message}`);
  return b.summary;
}

/**
 * A run that ended before its summary: one line for a person, or with --format json the official
 * CLI's envelope `{"error": {code, message, …}}`, on stderr either way (the official's
 * handleError writes it there; stdout stays for the result a script parses).
 */
function failure(
  a: Pick<LoadArgs, "loadFormat">,
  err: (s: string) => void,
  f: { code: string; message: string; exitCode: number; status?: number },
): number {
  if (a.loadFormat === "json") err(inertJson(JSON.stringify({ error: f })));
  else err(`inspector: ${visible(f.message)}`);
  return f.exitCode;
}

function connectFailed(error: ConnectError | undefined, a: Pick<LoadArgs, "loadFormat">, err: (s: string) => void): number {
  const exitCode = connectExitCode(error);
  const code = exitCode === EXIT.authRequired ? "auth_required" : exitCode === EXIT.unreachable ? "unreachable" : "error";
  return failure(a, err, {
    code,
    message: error?.message ?? "could not connect",
    exitCode,
    ...(error?.httpStatus !== undefined ? { status: error.httpStatus } : {}),
  });
}
