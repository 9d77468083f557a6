// The test library as its users get it: dist/lib/index.mjs (bench/run.mjs builds it first),
// loaded at run time rather than bundled into the bench, so figure 9 measures the shipped bundle.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "./env";

export type Library = typeof import("../server/test-library/index");

/** BENCH_LIBRARY=<file> measures another build of it (an A/B of two builds, one each run). */
export const LIBRARY_ENTRY = process.env.BENCH_LIBRARY ?? path.join(ROOT, "dist/lib/index.mjs");

export async function loadLibrary(): Promise<Library> {
  const url = pathToFileURL(LIBRARY_ENTRY).href;
  return (await import(url)) as Library;
}

/** Microseconds of this process's CPU (user + system) so far. */
export function ownCpuUs(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

/** The spread of per-round ratios, as "min–max". */
export function spread(ratios: number[]): string {
  const sorted = [...ratios].sort((a, b) => a - b);
  return `${sorted[0].toFixed(2)}–${sorted[sorted.length - 1].toFixed(2)}×`;
}
