"use client";
import { ServerText } from "../../components/server-text";
import "./load.css";
import { useState } from "react";
import { downloadText } from "../../components/download";
import { LatencyHistogram } from "./latency-histogram";
import { ArgsRefused, type ArgProblem } from "./args-refused";
import { LoadForm, type LoadPlan } from "./load-form";
import { LoadOutcome } from "./load-outcome";
import { LoadCounts, LoadSummary } from "./load-summary";
import { ThroughputLine } from "./throughput-line";
import { useLoadRun } from "./use-load-run";
import { OpenSummary, SAVED_SOURCE } from "./open-summary";
import { reportOfSaved } from "../../lib/load/saved";
import type { LoadReport } from "../../lib/load/summary";
import type { LoadSocketLike } from "./load-run-store";

/**
 * Load-test the selected tool with its form's arguments: a live latency histogram and
 * throughput line while it runs, Stop at any time, the summary at the end, download as JSON.
 * Arguments that break the inputSchema (`argProblems`) are held back as Run tool holds them.
 */
export function LoadPanel({
  toolName,
  args,
  argProblems = [],
  openSocket,
}: {
  toolName: string;
  args: Record<string, unknown>;
  /** Or a function, called when a run starts: checking a 2 MB schema's arguments at each render froze the page (issue 91). */
  argProblems?: readonly ArgProblem[] | (() => readonly ArgProblem[]);
  openSocket?: () => LoadSocketLike;
}) {
  const run = useLoadRun(openSocket);
  const [held, setHeld] = useState<LoadPlan>();
  const [heldProblems, setHeldProblems] = useState<readonly ArgProblem[]>([]);
  // A saved summary opened from a file: shown until a run starts.
  const [opened, setOpened] = useState<{ report: LoadReport; label: string }>();
  const start = (plan: LoadPlan) => {
    setHeld(undefined);
    setOpened(undefined);
    run.start({ tool: toolName, arguments: args, ...plan });
  };
  const { status, progress, report: runReport, problem } = run.current;
  const running = status === "starting" || status === "running" || status === "stopping";
  const report = runReport ?? (running ? undefined : opened?.report);
  const live = report
    ? {
        ...progress,
        histogram: report.details.histogram,
        p50: report.result.latencyMs?.p50,
        p99: report.result.latencyMs?.p99,
        throughput: report.details.throughput,
      }
    : progress;
  return (
    <details className="load-panel card" open={status !== "idle" || opened !== undefined || undefined}>
      <summary>Load run</summary>
      <p className="muted small">
        Calls <ServerText text={toolName} /> with these arguments over and over, from a connection of its own: the timeline gets one note at
        the start and one at the end.
      </p>
      <LoadForm
        running={running}
        onStart={(plan) => {
          const problems = typeof argProblems === "function" ? argProblems() : argProblems;
          setHeldProblems(problems);
          if (problems.length) setHeld(plan);
          else start(plan);
        }}
        onStop={() => run.stop()}
      />
      {held && heldProblems.length > 0 && (
        <ArgsRefused problems={heldProblems} onSendAnyway={() => start(held)} onCancel={() => setHeld(undefined)} />
      )}
      <OpenSummary
        onOpen={(saved, name) =>
          setOpened({
            report: reportOfSaved(saved),
            label: `${name}: ${SAVED_SOURCE[saved.source]}${saved.details?.workers ? ` (${saved.details.workers} workers)` : ""}`,
          })
        }
      />
      {status === "starting" && <p role="status">Connecting…</p>}
      {status === "stopping" && <p role="status">Stopping: waiting for the calls in flight…</p>}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {running && progress?.phase === "warmup" && <p role="status">Warming up…</p>}
      <LoadOutcome report={report} progress={progress} />
      {progress && !report && <LoadCounts p={progress} />}
      {live && live.histogram && live.histogram.length > 0 && (
        <div className="load-charts">
          <LatencyHistogram bins={live.histogram} p50={live.p50} p99={live.p99} />
          <ThroughputLine points={live.throughput ?? []} totalMs={report?.result.elapsedMs} />
        </div>
      )}
      {report && (
        <LoadSummary
          report={report}
          opened={runReport ? undefined : opened?.label}
          onDownload={() => downloadText(`load-${report.result.tool}.json`, JSON.stringify(report, null, 2) + "\n")}
        />
      )}
    </details>
  );
}
