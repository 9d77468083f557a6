/**
 * How two texts differ, for a person reading a replay or a CI log (issue 36 item 7: both sides of
 * a changed text were cut at the same 77 characters, so the diff showed two identical prefixes).
 */

/** Past this many line pairs the LCS table is not built: the differing middle is shown whole instead. */
const MAX_CELLS = 250_000;

/**
 * A line-by-line diff: `  ` kept, `- ` only before, `+ ` only after, with `context` kept lines
 * around each change and `…` for what is left out between.
 */
export function lineDiff(before: string, after: string, context = 2): string[] {
  const a = before.split("\n");
  const b = after.split("\n");
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: Array<[" " | "-" | "+", string]> = a.slice(0, start).map((l) => [" ", l]);
  ops.push(...middle(a.slice(start, endA), b.slice(start, endB)));
  ops.push(...a.slice(endA).map((l): [" ", string] => [" ", l]));
  const near = ops.map((_, i) => ops.slice(Math.max(0, i - context), i + context + 1).some(([k]) => k !== " "));
  const out: string[] = [];
  ops.forEach(([k, l], i) => {
    if (near[i]) out.push(`${k} ${l}`);
    else if (out[out.length - 1] !== "…") out.push("…");
  });
  return out;
}

/** The changed middle by longest common subsequence (bounded: a huge one is shown as removed then added). */
function middle(a: string[], b: string[]): Array<[" " | "-" | "+", string]> {
  if (a.length * b.length > MAX_CELLS) return [...a.map((l): ["-", string] => ["-", l]), ...b.map((l): ["+", string] => ["+", l])];
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out: Array<[" " | "-" | "+", string]> = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push([" ", a[i]]);
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) out.push(["-", a[i++]]);
    else out.push(["+", b[j++]]);
  }
  return out;
}

/**
 * Two one-line values shown where they differ: the common start folded to `…` so the part that
 * changed is what fits in `width`.
 */
export function aroundDifference(before: string, after: string, width = 80): [string, string] {
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p++;
  const from = Math.max(0, p - 20);
  const cut = (s: string) => {
    const shown = (from > 0 ? "…" : "") + s.slice(from);
    return shown.length > width ? `${shown.slice(0, width - 1)}…` : shown;
  };
  return [cut(before), cut(after)];
}
