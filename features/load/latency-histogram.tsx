import type { HistogramBin } from "../../lib/load/summary";

const W = 480;
const H = 140;
const PAD = 22;

/** How many calls took how long: bars on a log scale of latency, p50 and p99 marked; the failed part of each bar in red. */
export function LatencyHistogram({ bins, p50, p99 }: { bins: readonly HistogramBin[]; p50?: number | null; p99?: number | null }) {
  if (!bins.length) return <p className="muted small">No call has finished yet.</p>;
  const lo = Math.log(Math.max(bins[0].fromMs, 0.001));
  const hi = Math.log(Math.max(bins[bins.length - 1].toMs, bins[0].fromMs * 1.01, 0.0011));
  const x = (ms: number) => PAD + ((Math.log(Math.max(ms, 0.001)) - lo) / (hi - lo || 1)) * (W - 2 * PAD);
  const top = Math.max(...bins.map((b) => b.count), 1);
  const failed = bins.reduce((n, b) => n + (b.failed ?? 0), 0);
  const mark = (ms: number | null | undefined, label: string) =>
    ms == null ? null : (
      <g key={label} className="load-mark">
        <line x1={x(ms)} x2={x(ms)} y1={8} y2={H - PAD} />
        <text x={x(ms) + 3} y={16}>
          {label} {ms} ms
        </text>
      </g>
    );
  return (
    <figure className="load-chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`Latency histogram: ${bins.reduce((n, b) => n + b.count, 0)} calls${failed ? ` (${failed} failed)` : ""} from ${bins[0].fromMs} ms to ${bins[bins.length - 1].toMs} ms`}
        data-testid="load-histogram"
      >
        {bins.map((b) => {
          const scale = (H - PAD - 24) / top;
          const bad = b.failed ?? 0;
          const h = (b.count - bad) * scale;
          const hb = bad * scale;
          const left = x(b.fromMs);
          const width = Math.max(1, x(b.toMs) - x(b.fromMs) - 1);
          const title = `${b.fromMs}–${b.toMs} ms: ${b.count} calls${bad ? `, ${bad} failed` : ""}`;
          // Failed calls stacked at the foot of the bar, in the danger colour: an all-error run is a red chart.
          return (
            <g key={b.fromMs}>
              <title>{title}</title>
              {h > 0 && <rect className="load-bar" x={left} width={width} y={H - PAD - hb - h} height={h} />}
              {hb > 0 && <rect className="load-bar load-bar-failed" x={left} width={width} y={H - PAD - hb} height={hb} />}
            </g>
          );
        })}
        <line className="load-axis" x1={PAD} x2={W - PAD} y1={H - PAD} y2={H - PAD} />
        <text className="load-tick" x={PAD} y={H - 6}>
          {bins[0].fromMs} ms
        </text>
        <text className="load-tick" x={W - PAD} y={H - 6} textAnchor="end">
          {bins[bins.length - 1].toMs} ms
        </text>
        {mark(p50, "p50")}
        {mark(p99, "p99")}
      </svg>
      <figcaption className="muted small">
        Latency of each call (log scale), from the call entering the inspector&apos;s engine to its outcome
        {failed > 0 && (
          <>
            ; <span className="load-key-failed">■</span> failed or isError
          </>
        )}
      </figcaption>
    </figure>
  );
}
