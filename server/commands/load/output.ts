import { junitXml, type JunitCase } from "../../../lib/text/junit";
import { visible } from "../../../lib/text/visible";
import type { LoadReport } from "../../../lib/load/summary";

/** The official CLI's output: the summary pretty (text), or `{ "result": summary }` on one line (json), with our details beside it. */
export function reportText(r: LoadReport, format: "text" | "json" | "junit"): string {
  if (format === "json") return JSON.stringify({ result: r.result, details: r.details });
  if (format === "junit") return loadJunit(r);
  return JSON.stringify(r.result, null, 2);
}

/** What the text output leaves out, for stderr: how it was measured, the sample kept, each check. */
export function detailLines(r: LoadReport): string[] {
  const d = r.details;
  const lines: string[] = [];
  if (d.warmup) lines.push(`warm-up: ${d.warmup} calls first, not counted`);
  lines.push(
    `latency: from the call entering the engine to its outcome; percentiles ${d.percentiles === "exact" ? "from every sample" : d.percentiles === "locust" ? "from Locust's histogram" : "from a 1 % log histogram (within ±0.5 %)"}`,
  );
  if (d.wireLatencyMs)
    lines.push(
      `on the wire (request frame out to response frame in): p50 ${d.wireLatencyMs.p50} ms, p99 ${d.wireLatencyMs.p99} ms; the inspector's own time per call: ${d.overheadMsPerCall} ms`,
    );
  for (const t of d.toolErrorMessages) lines.push(`tool error ×${t.count}: ${visible(t.message)}`);
  if (d.connectionLost) lines.push(`the connection was lost mid-run: ${visible(d.connectionLost)}`);
  for (const v of d.verdicts) lines.push(`${v.passed ? "ok" : "FAILED"}: ${v.check} (${v.actual})`);
  return lines;
}

function loadJunit(r: LoadReport): string {
  const s = r.result;
  const cases: JunitCase[] = [
    {
      classname: "load",
      name: `${s.tool}: ${s.requests} calls at concurrency ${s.concurrency}`,
      output: `throughput ${s.throughput}/s; p50 ${s.latencyMs?.p50 ?? "–"} ms, p99 ${s.latencyMs?.p99 ?? "–"} ms; error rate ${s.errorRate}`,
      ...(r.details.connectionLost ? { error: { message: `the connection was lost mid-run: ${r.details.connectionLost}` } } : {}),
    },
    ...r.details.verdicts.map((v): JunitCase => ({
      classname: "load.checks",
      name: v.check,
      ...(v.passed ? {} : { failure: { type: "threshold", message: `${v.check}: got ${v.actual}` } }),
    })),
  ];
  return junitXml("inspector load", [{ name: `load ${s.tool}`, cases }]);
}
