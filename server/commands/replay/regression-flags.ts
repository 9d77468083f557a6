import type { FlagSpec } from "../flag-spec";
import { UsageError } from "../usage-error";
import { oneOf } from "../values";
import type { FailOn } from "../../../lib/surface/regression";

export type { FailOn };

/** What replay and `test` judge a recorded answer by, beside the answer itself (issue 64). */
export interface RegressionArgs {
  failOn: FailOn;
  latencyFactor?: number;
  latencyMinMs?: number;
}

/** `--fail-on` and the latency bound, the same for `replay` and `test`. */
export const REGRESSION_FLAGS: readonly FlagSpec<RegressionArgs>[] = [
  {
    names: ["--fail-on"],
    value: "W",
    help: "breaking (default) | any: whether a change `diff` calls compatible (another order, an added tool, a description, _meta) fails too",
    set: (a, v) => (a.failOn = oneOf(v, ["breaking", "any"] as const, "--fail-on")),
  },
  {
    names: ["--latency-factor"],
    value: "N",
    help: "an answer fails when slower than N times its recorded time and --latency-min-ms more (default 10)",
    set: (a, v) => (a.latencyFactor = positive(v, "--latency-factor")),
  },
  {
    names: ["--latency-min-ms"],
    value: "MS",
    help: "an answer fails only when at least MS slower than recorded, too (default 1000)",
    set: (a, v) => (a.latencyMinMs = positive(v, "--latency-min-ms", true)),
  },
];

function positive(v: string, flag: string, zero = false): number {
  const n = Number(v);
  if (!/^\d+(\.\d+)?$/.test(v.trim()) || !Number.isFinite(n) || (!zero && n <= 0))
    throw new UsageError(`${flag} takes a ${zero ? "non-negative" : "positive"} number, got "${v}"`);
  return n;
}

/** The bound the flags set, over the defaults (a collection's own `latency:` wins over both). */
export function latencyBoundOf(a: RegressionArgs, base = { factor: 10, minMs: 1000 }): { factor: number; minMs: number } {
  return { factor: a.latencyFactor ?? base.factor, minMs: a.latencyMinMs ?? base.minMs };
}
