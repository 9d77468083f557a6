import { asRecord, isObject } from "../../lib/json/shape";

/** One verdict as the viewer shows it: a step's or probe's name, what was expected, what came. */
export interface ShownVerdict {
  name: string;
  passed: boolean | undefined;
  expected?: unknown;
  actual?: unknown;
  /** Record seqs of the entries the verdict is about (its request and response). */
  seqs: number[];
}

/**
 * The session's `verdicts`, read defensively: the field is newer than this viewer's schema, so
 * it is taken as unknown and each item keeps only what it can show (a name, pass or fail, the
 * expected and actual values, the related seqs). Anything else is left out, never thrown on.
 */
export function verdictsOf(raw: unknown): ShownVerdict[] {
  const list = asRecord(raw).verdicts;
  if (!Array.isArray(list)) return [];
  const out: ShownVerdict[] = [];
  for (const item of list) {
    if (!isObject(item)) continue;
    const name = [item.name, item.step, item.probe, item.title].find((v) => typeof v === "string");
    out.push({
      name: typeof name === "string" ? name : `verdict ${out.length + 1}`,
      passed: passedOf(item),
      ...("expected" in item ? { expected: item.expected } : {}),
      ...("actual" in item ? { actual: item.actual } : {}),
      seqs: seqsOf(item),
    });
  }
  return out;
}

function passedOf(item: Record<string, unknown>): boolean | undefined {
  if (typeof item.pass === "boolean") return item.pass;
  if (typeof item.passed === "boolean") return item.passed;
  const status = [item.status, item.verdict, item.outcome, item.result].find((v) => typeof v === "string");
  if (typeof status !== "string") return undefined;
  if (/^(pass|passed|ok|same)$/i.test(status)) return true;
  if (/^(fail|failed|error|changed)$/i.test(status)) return false;
  return undefined;
}

function seqsOf(item: Record<string, unknown>): number[] {
  const seqs: number[] = [];
  for (const key of ["seqs", "relatedSeqs", "entries", "seq", "requestSeq", "responseSeq"]) {
    const v = item[key];
    for (const s of Array.isArray(v) ? v : [v])
      if (typeof s === "number" && Number.isInteger(s) && s > 0 && !seqs.includes(s)) seqs.push(s);
  }
  return seqs;
}
