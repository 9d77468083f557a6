import type { FlagGroup } from "../flag-spec";
import { UsageError } from "../usage-error";
import { pick } from "../flag-spec";
import { CLI_OUTPUT_FLAGS, validateCli, type CliArgs } from "../cli/flags";

/** `inspector --cli … --method tools/call --tool-name N --load`: the official CLI's load flags, and ours beyond them. */
export interface LoadArgs extends CliArgs {
  load: boolean;
  concurrency?: number;
  durationSec?: number;
  requests?: number;
  rate?: number;
  warmup: number;
  maxP99Ms?: number;
  maxErrorRate?: number;
  baseline?: string;
  /** Percent a baseline comparison allows before it counts as a regression. */
  tolerancePct: number;
  /** The official CLI's --format (text, json), and junit: a JUnit report of the run's checks. */
  loadFormat: "text" | "json" | "junit";
  /** --load-export locust FILE.py: write the run as a locustfile instead of running it. */
  loadExport?: { format: "locust"; file?: string };
}

export const DEFAULT_TOLERANCE_PCT = 20;

/** A positive integer, or a usage error naming the flag. */
function positiveInt(v: string, flag: string): number {
  const n = /^\d+$/.test(v.trim()) ? Number(v.trim()) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0) throw new UsageError(`${flag} must be a positive integer, got "${v}"`);
  return n;
}

function positiveNumber(v: string, flag: string, what = "a positive number"): number {
  const n = v.trim() === "" ? NaN : Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} must be ${what}, got "${v}"`);
  return n;
}

function nonNegativeInt(v: string, flag: string): number {
  if (!/^\d+$/.test(v.trim()) || !Number.isSafeInteger(Number(v)))
    throw new UsageError(`${flag} must be a whole number (0 or more), got "${v}"`);
  return Number(v);
}

function fraction(v: string, flag: string): number {
  const n = v.trim() === "" ? NaN : Number(v);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`${flag} must be a number from 0 to 1 (0.01 is 1 %), got "${v}"`);
  return n;
}

export const LOAD_FLAGS: FlagGroup<LoadArgs> = {
  title: "Load run (--cli --load, as the official CLI)",
  flags: [
    {
      names: ["--load"],
      help: "load-test one tool (--method tools/call --tool-name N): call it repeatedly and concurrently, then print a latency and error-rate summary instead of a result",
      set: (a) => (a.load = true),
    },
    {
      names: ["--load-concurrency"],
      value: "N",
      help: "most calls in flight at once (default 10)",
      set: (a, v) => (a.concurrency = positiveInt(v, "--load-concurrency")),
    },
    {
      names: ["--load-duration"],
      value: "SEC",
      help: "stop starting calls after this many seconds; in-flight calls finish (default 10 when --load-requests is not set)",
      set: (a, v) => (a.durationSec = positiveNumber(v, "--load-duration", "a positive number of seconds")),
    },
    {
      names: ["--load-requests"],
      value: "N",
      help: "stop after starting this many calls",
      set: (a, v) => (a.requests = positiveInt(v, "--load-requests")),
    },
    {
      names: ["--load-rate"],
      value: "N",
      help: "start at most N calls per second, spread evenly (default: unlimited)",
      set: (a, v) => (a.rate = positiveNumber(v, "--load-rate")),
    },
  ],
};

export const LOAD_CHECK_FLAGS: FlagGroup<LoadArgs> = {
  title: "Load run, beyond the official CLI",
  flags: [
    {
      names: ["--load-warmup"],
      value: "N",
      help: "make N calls first, not counted (connections, JIT and caches warm)",
      set: (a, v) => (a.warmup = nonNegativeInt(v, "--load-warmup")),
    },
    {
      names: ["--load-max-p99"],
      value: "MS",
      help: "exit 1 when the p99 latency exceeds MS milliseconds",
      set: (a, v) => (a.maxP99Ms = positiveNumber(v, "--load-max-p99", "a positive number of milliseconds")),
    },
    {
      names: ["--load-max-error-rate"],
      value: "R",
      help: "exit 1 when (toolErrors + errors) / requests exceeds R (0 to 1)",
      set: (a, v) => (a.maxErrorRate = fraction(v, "--load-max-error-rate")),
    },
    {
      names: ["--load-baseline"],
      value: "FILE",
      help: "a saved summary (--format json or text output): exit 1 when p99 grew or throughput fell beyond the tolerance",
      set: (a, v) => (a.baseline = v),
    },
    {
      names: ["--load-tolerance"],
      value: "PCT",
      help: `how far p99 may grow and throughput fall against --load-baseline, in percent (default ${DEFAULT_TOLERANCE_PCT})`,
      set: (a, v) => (a.tolerancePct = positiveNumber(v, "--load-tolerance", "a positive percentage")),
    },
    {
      names: ["--load-export"],
      value: "locust FILE.py",
      // The file is the next word, a Python module (locust -f takes one): `--load-export locust load.py`.
      variadic: /^[^-].*\.py$/i,
      help: "write the run as a locustfile (Locust: a master and workers) and exit 0 without running it",
      set: (a, v) => setExport(a, v),
    },
  ],
};

function setExport(a: LoadArgs, v: string): void {
  if (!a.loadExport) {
    if (v !== "locust") throw new UsageError(`--load-export takes locust FILE.py, got "${v}"`);
    a.loadExport = { format: "locust" };
  } else if (a.loadExport.file === undefined) a.loadExport.file = v;
  else throw new UsageError(`--load-export takes locust FILE.py, got "${v}" after it`);
}

export const LOAD_FORMAT_FLAGS: FlagGroup<LoadArgs> = {
  title: "Output (--load)",
  flags: [
    ...pick(CLI_OUTPUT_FLAGS, ["--quiet", "--output", "--output-format"]).flags,
    {
      names: ["--format"],
      value: "F",
      help: "json: { result: summary, details } on one line | junit: a JUnit report of the checks | text (default): the summary, pretty",
      set: (a, v) => (a.loadFormat = pickFormat(v)),
    },
  ],
};

type LoadFormat = LoadArgs["loadFormat"];

function pickFormat(v: string): LoadFormat {
  if (v === "text" || v === "json" || v === "junit") return v;
  throw new UsageError(`--format must be one of text, json, junit; got "${v}"`);
}

export function validateLoad(a: LoadArgs): void {
  const loadFlag = (["concurrency", "durationSec", "requests", "rate", "maxP99Ms", "maxErrorRate", "baseline", "loadExport"] as const).find(
    (k) => a[k] !== undefined,
  );
  if (!a.load) throw new UsageError(`${flagOf(loadFlag)} requires --load`);
  if (a.method !== "tools/call") throw new UsageError("--load requires --method tools/call");
  if (!a.toolName) throw new UsageError("--load requires --tool-name");
  if (a.output !== undefined || a.outputFormat !== undefined)
    throw new UsageError("--load cannot be combined with --output or --output-format; redirect stdout to keep the summary");
  if (a.task) throw new UsageError("--load cannot be combined with --task (a tool that requires a task is run as one by itself)");
  if (a.loadExport && !a.loadExport.file)
    throw new UsageError("--load-export needs a Python file after locust (locust -f loads a .py module): --load-export locust FILE.py");
  validateCli(a);
}

const flagOf = (k: string | undefined) =>
  ({
    concurrency: "--load-concurrency",
    durationSec: "--load-duration",
    requests: "--load-requests",
    rate: "--load-rate",
    maxP99Ms: "--load-max-p99",
    maxErrorRate: "--load-max-error-rate",
    baseline: "--load-baseline",
    loadExport: "--load-export",
  })[k ?? ""] ?? "a --load-* flag";
