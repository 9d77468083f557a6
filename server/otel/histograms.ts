import type { HistogramMetric, HistogramPoint } from "../../lib/otel/otlp-proto";

/**
 * The export's duration histograms, aggregated here rather than by the SDK's MeterProvider: what
 * it did per call (hash the attributes by sorting their keys and JSON-encoding them, find the
 * accumulation) cost figure 11 about 5 µs a span, and loading the SDK's metrics cost every
 * exporting process its compile time (issue 93). The same data as the SDK's periodic reader with
 * its defaults: cumulative, one point per attribute set in the order first seen, its start the
 * time of its first value, explicit buckets whose upper bounds are inclusive, min and max; an
 * instrument with no value yet is left out (test/otel/otlp-proto.test.ts compares the two).
 */
export class Histogram {
  private readonly points = new Map<string, HistogramPoint>();

  constructor(
    readonly name: string,
    readonly description: string,
    readonly unit: string,
    readonly bounds: readonly number[],
  ) {}

  /**
   * Adds `value` to the point `key` names (a caller that builds the attributes from a fixed list
   * of names gives their values joined: no sorting, no JSON); its attributes are asked for once.
   */
  record(value: number, key: string, attributes: () => HistogramPoint["attributes"]): void {
    // As the SDK's histogram: a negative or NaN value is not recorded.
    if (!(value >= 0)) return;
    let p = this.points.get(key);
    if (!p) {
      p = {
        attributes: attributes(),
        startMs: Date.now(),
        count: 0,
        sum: 0,
        min: Infinity,
        max: -Infinity,
        counts: new Array<number>(this.bounds.length + 1).fill(0),
      };
      this.points.set(key, p);
    }
    p.count++;
    p.sum += value;
    if (value < p.min) p.min = value;
    if (value > p.max) p.max = value;
    p.counts[bucketOf(this.bounds, value)]!++;
  }

  /** The metric as collected now (cumulative: nothing is reset), or undefined with no value yet. */
  collect(): HistogramMetric | undefined {
    if (this.points.size === 0) return undefined;
    return {
      name: this.name,
      description: this.description,
      unit: this.unit,
      bounds: this.bounds,
      points: [...this.points.values()].map((p) => ({ ...p, counts: [...p.counts] })),
    };
  }
}

/** The first bucket whose upper bound is at least `value` (the last one past every bound). */
function bucketOf(bounds: readonly number[], value: number): number {
  let lo = 0;
  let hi = bounds.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (bounds[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
