import { readFileSync } from "node:fs";
import { junitXml, type JunitCase } from "../../../lib/text/junit";
import { visible } from "../../../lib/text/visible";
import { savedSummaryFrom, type SavedSummary } from "../../../lib/load/saved";
import { loadVerdicts } from "../../../lib/load/verdicts";
import type { Verdict } from "../../../lib/load/summary";
import type { Io } from "../command";
import { UsageError, cannotRead } from "../usage-error";
import type { LoadCheckArgs } from "./args";

const SOURCE = {
  inspector: "this inspector's --load run",
  "locust-export": "Locust running an exported locustfile",
  official: "the official CLI's --load run",
  locust: "Locust's --json statistics",
} as const;

/** Read, judge, print; exit 1 when a check failed or the run lost its connection (as `--load`). */
export function runLoadCheck(a: LoadCheckArgs, io: Io): number {
  const saved = readSaved(a.summary!, "load-check");
  const baseline = a.baseline ? readSaved(a.baseline, "--load-baseline").summary : undefined;
  const verdicts = loadVerdicts(saved.summary, {
    maxP99Ms: a.maxP99Ms,
    maxErrorRate: a.maxErrorRate,
    baseline,
    tolerance: a.tolerancePct / 100,
  });
  const lost = saved.details?.connectionLost;
  const failed = verdicts.filter((v) => !v.passed);
  if (a.format === "json") io.out(JSON.stringify({ result: saved.summary, details: { source: saved.source, verdicts } }));
  else if (a.format === "junit") io.out(junit(saved, verdicts, lost));
  else {
    const s = saved.summary;
    if (!a.quiet) {
      io.out(`${a.summary}: ${SOURCE[saved.source]}${saved.details?.workers ? ` (${saved.details.workers} workers)` : ""}`);
      io.out(
        `  ${visible(s.tool)}: ${s.requests} calls, ${s.throughput}/s, p50 ${s.latencyMs?.p50 ?? "–"} ms, p99 ${s.latencyMs?.p99 ?? "–"} ms, error rate ${s.errorRate}`,
      );
    }
    for (const v of verdicts) if (!a.quiet || !v.passed) io.out(`${v.passed ? "ok" : "FAILED"}: ${v.check} (${v.actual})`);
    if (!verdicts.length && !a.quiet) io.out("no check asked for (--load-max-p99, --load-max-error-rate, --load-baseline)");
  }
  if (lost) io.err(`inspector: the run lost its connection mid-run: ${visible(lost)}`);
  return failed.length || lost ? 1 : 0;
}

function readSaved(file: string, what: string): SavedSummary {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new UsageError(e instanceof SyntaxError ? `${what}: ${file} is not JSON: ${e.message}` : cannotRead(what, file, e));
  }
  const r = savedSummaryFrom(json);
  if (!r.ok) throw new UsageError(`${what}: ${file} is ${r.message}`);
  return r.saved;
}

function junit(saved: SavedSummary, verdicts: Verdict[], lost: string | undefined): string {
  const s = saved.summary;
  const cases: JunitCase[] = [
    {
      classname: "load",
      name: `${s.tool}: ${s.requests} calls (${SOURCE[saved.source]})`,
      output: `throughput ${s.throughput}/s; p50 ${s.latencyMs?.p50 ?? "–"} ms, p99 ${s.latencyMs?.p99 ?? "–"} ms; error rate ${s.errorRate}`,
      ...(lost ? { error: { message: `the connection was lost mid-run: ${lost}` } } : {}),
    },
    ...verdicts.map((v): JunitCase => ({
      classname: "load.checks",
      name: v.check,
      ...(v.passed ? {} : { failure: { type: "threshold", message: `${v.check}: got ${v.actual}` } }),
    })),
  ];
  return junitXml("inspector load-check", [{ name: `load ${s.tool}`, cases }]);
}
