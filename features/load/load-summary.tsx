import type { LoadProgress, LoadReport } from "../../lib/load/summary";

const n = (x: number) => x.toLocaleString("en-US");

/** The counts as the run goes. */
export function LoadCounts({ p }: { p: LoadProgress }) {
  return (
    <dl className="load-counts" data-testid="load-counts">
      <div>
        <dt>Calls</dt>
        <dd>{n(p.requests)}</dd>
      </div>
      <div>
        <dt>Per second</dt>
        <dd>{n(p.throughput.at(-1)?.perSecond ?? 0)}</dd>
      </div>
      <div>
        <dt>p50</dt>
        <dd>{p.p50 ?? "–"} ms</dd>
      </div>
      <div>
        <dt>p99</dt>
        <dd>{p.p99 ?? "–"} ms</dd>
      </div>
      <div>
        <dt>Errors</dt>
        <dd className={p.errors + p.toolErrors > 0 ? "load-bad" : undefined}>{n(p.errors + p.toolErrors)}</dd>
      </div>
      <div>
        <dt>In flight</dt>
        <dd>{n(p.inFlight)}</dd>
      </div>
    </dl>
  );
}

/** The run's summary (the official CLI's), what was measured how, and the sample kept of its frames. */
export function LoadSummary({ report, opened, onDownload }: { report: LoadReport; opened?: string; onDownload(): void }) {
  const s = report.result;
  const d = report.details;
  const kept = d.sampled.kept.filter((e) => e.kind === "message").length;
  return (
    <section className="load-summary" aria-label="Load run summary">
      <table className="load-table">
        <tbody>
          <tr>
            <th>Calls</th>
            <td>
              {n(s.requests)} in {(s.elapsedMs / 1000).toFixed(2)} s (
              {d.stopReason === "stopped" ? "stopped" : d.stopReason === "connection-lost" ? "connection lost" : `${d.stopReason} reached`})
            </td>
          </tr>
          <tr>
            <th>Throughput</th>
            <td>
              {n(s.throughput)} calls/s at concurrency {s.concurrency}
              {s.rate ? `, rate ≤ ${s.rate}/s` : ""}
            </td>
          </tr>
          <tr>
            <th>Latency</th>
            <td>
              {s.latencyMs
                ? `min ${s.latencyMs.min} · p50 ${s.latencyMs.p50} · p90 ${s.latencyMs.p90} · p99 ${s.latencyMs.p99} · max ${s.latencyMs.max} ms`
                : "–"}
            </td>
          </tr>
          <tr>
            <th>On the wire</th>
            <td>
              {d.wireLatencyMs
                ? `p50 ${d.wireLatencyMs.p50} · p99 ${d.wireLatencyMs.p99} ms; the inspector's own time ${d.overheadMsPerCall} ms per call`
                : "–"}
            </td>
          </tr>
          <tr>
            <th>Outcomes</th>
            <td className={s.errors + s.toolErrors > 0 ? "load-bad" : undefined}>
              {n(s.ok)} ok · {n(s.toolErrors)} tool errors · {n(s.errors)} failed · error rate {s.errorRate}
            </td>
          </tr>
          {d.warmup > 0 && (
            <tr>
              <th>Warm-up</th>
              <td>{n(d.warmup)} calls first, not counted</td>
            </tr>
          )}
        </tbody>
      </table>
      {d.connectionLost && <p className="form-error">The connection was lost mid-run: {d.connectionLost}</p>}
      {opened ? (
        <p className="muted small" data-testid="load-opened">
          Opened {opened}. Percentiles {percentilesHow(d.percentiles)}.
        </p>
      ) : (
        <p className="muted small" data-testid="load-sampled">
          Not in the timeline: this run used a connection of its own, and its {n(d.sampled.framesNotKept + kept)} frames were counted, not
          recorded. Kept: {kept / 2} calls (every error up to 20
          {d.sampled.errorsNotKept ? `, ${n(d.sampled.errorsNotKept)} more not kept` : ""}, and the 5 slowest), in the download. Percentiles{" "}
          {percentilesHow(d.percentiles)}.
        </p>
      )}
      <button type="button" className="btn btn-small" onClick={onDownload}>
        Download as JSON
      </button>
    </section>
  );
}

function percentilesHow(p: LoadReport["details"]["percentiles"]): string {
  if (p === "exact") return "from every call";
  if (p === "locust") return "from Locust's histogram (times rounded to 2 significant digits)";
  return "from a histogram, within ±0.5 %";
}
