import { UsageError } from "../usage-error";

/** A positive integer written as plain decimal digits (the official CLI's --skill-catalog-max-* parser). */
export function positiveInteger(v: string, flag: string): number {
  const n = /^\d+$/.test(v.trim()) ? Number(v.trim()) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0) throw new UsageError(`${flag} must be a positive integer (plain decimal digits); got "${v}"`);
  return n;
}
