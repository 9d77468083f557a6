/** Pure helpers for the benchmark figures: order statistics and formatting. */

export function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}
export const median = (v: number[]) => quantile(v, 0.5);
export const p99 = (v: number[]) => quantile(v, 0.99);

export function round(x: number, digits = 3): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Significant digits for a table cell. */
export function fmt(x: number | undefined): string {
  if (x === undefined || Number.isNaN(x)) return "–";
  if (Math.abs(x) >= 1000) return Math.round(x).toLocaleString("en-US");
  if (Math.abs(x) >= 100) return x.toFixed(0);
  if (Math.abs(x) >= 10) return x.toFixed(1);
  return x.toFixed(3).replace(/\.?0+$/, (m) => (m.startsWith(".") ? "" : m)) || "0";
}
