import type { ThroughputPoint } from "../../lib/load/summary";

const W = 480;
const H = 90;
const PAD = 22;

/** Completed calls per second over the run, and the failed ones among them as a second (red) line. */
export function ThroughputLine({ points, totalMs }: { points: readonly ThroughputPoint[]; totalMs?: number }) {
  if (points.length < 1) return null;
  const end = Math.max(totalMs ?? 0, points[points.length - 1].atMs, 1);
  const top = Math.max(...points.map((p) => p.perSecond), 1);
  const xy = (p: ThroughputPoint) => `${PAD + (p.atMs / end) * (W - 2 * PAD)},${H - PAD - (p.perSecond / top) * (H - PAD - 10)}`;
  const last = points[points.length - 1];
  const anyFailed = points.some((p) => (p.failedPerSecond ?? 0) > 0);
  const failedXy = (p: ThroughputPoint) => xy({ atMs: p.atMs, perSecond: p.failedPerSecond ?? 0 });
  return (
    <figure className="load-chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`Throughput: now ${last.perSecond} calls per second${anyFailed ? ` (${last.failedPerSecond ?? 0} failed)` : ""}, at most ${top}`}
        data-testid="load-throughput"
      >
        <polyline className="load-line" points={[`${PAD},${H - PAD}`, ...points.map(xy)].join(" ")} />
        {anyFailed && <polyline className="load-line load-line-failed" points={[`${PAD},${H - PAD}`, ...points.map(failedXy)].join(" ")} />}
        <line className="load-axis" x1={PAD} x2={W - PAD} y1={H - PAD} y2={H - PAD} />
        <text className="load-tick" x={PAD} y={12}>
          {Math.round(top)}/s
        </text>
        <text className="load-tick" x={W - PAD} y={H - 6} textAnchor="end">
          {(end / 1000).toFixed(1)} s
        </text>
      </svg>
      <figcaption className="muted small">
        Calls completed per second
        {anyFailed && (
          <>
            ; <span className="load-key-failed">—</span> failed or isError
          </>
        )}
      </figcaption>
    </figure>
  );
}
