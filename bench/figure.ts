/** One measured quantity, beside its baseline from the same run. */
export interface Row {
  metric: string;
  unit: string;
  inspector: number;
  baseline?: number;
  /** inspector / baseline (or the inverse for throughput, as `ratioOf` says). */
  ratio?: number;
  /** The target in words, e.g. "≤ 1.25× baseline" or "≤ 1000 ms". */
  target?: string;
  met?: boolean;
}

export interface FigureResult {
  rows: Row[];
  /** What was run, how often, and anything a reader needs to trust the numbers. */
  notes: string[];
}

export interface Figure {
  id: string;
  title: string;
  /** What the baseline is. */
  baseline: string;
  /**
   * Judged pinned (issue 93): "figure" runs the whole figure with every process on core 0 (main.ts
   * does it, bench/pin.ts); "judged rows" pins its judged rows itself and runs the rest unpinned.
   */
  pinned?: "figure" | "judged rows";
  run(): Promise<FigureResult>;
}

export const skipped = (why: string): FigureResult => ({ rows: [], notes: [`SKIPPED: ${why}`] });
