import type { DiffOp } from "../../../lib/session/json-diff";
import { reproductionText, type ReplayItem, type ReplayReport } from "../../../lib/session/replay-result";
import { aroundDifference, lineDiff } from "../../../lib/session/text-diff";
import { junitXml, type JunitCase } from "../../../lib/text/junit";
import { visible } from "../../../lib/text/visible";
import { asRecord } from "../../../lib/json/shape";

/** The lines under a changed request: one per changed path, a changed text line by line. */
export function diffLines(diff: readonly DiffOp[], max = 20): string[] {
  const lines: string[] = [];
  for (const op of diff.slice(0, max)) {
    if (op.op === "added") lines.push(`    + ${op.path}: ${brief(op.after)}`);
    else if (op.op === "removed") lines.push(`    - ${op.path}: ${brief(op.before)}`);
    else if (typeof op.before === "string" && typeof op.after === "string" && (op.before + op.after).includes("\n")) {
      lines.push(`    ~ ${op.path}:`, ...lineDiff(op.before, op.after).map((l) => `      ${l}`));
    } else if (typeof op.before === "string" && typeof op.after === "string") {
      const [b, a] = aroundDifference(JSON.stringify(op.before), JSON.stringify(op.after));
      lines.push(`    ~ ${op.path}: ${b} -> ${a}`);
    } else lines.push(`    ~ ${op.path}: ${brief(op.before)} -> ${brief(op.after)}`);
  }
  if (diff.length > max) lines.push(`    … ${diff.length - max} more`);
  return lines;
}

/** The summary line: it counts exactly the labels the lines above show (issue 36 item 8). */
export function summaryLine(r: ReplayReport): string {
  const s = r.summary;
  return `${s.same} same, ${s.changed} changed, ${s.newError} new error, ${s.fixedError} no longer an error, ${s.noResponse} no response${s.cancelled ? `, ${s.cancelled} cancelled in the recording (not sent)` : ""}${s.compatible ? `, ${s.compatible} with compatible changes only (passed; --fail-on any fails them)` : ""}`;
}

/** A readable diff: one line per request, the changed paths under it, what was masked, then the summary. */
export function formatReplay(r: ReplayReport): string {
  const lines = [`replayed against ${r.target}`];
  for (const item of r.items) {
    if (item.status === "sent") continue;
    lines.push(`${label(item)} #${item.recordedSeq} ${item.method}${toolName(item)}${item.note ? ` (${item.note})` : ""}`);
    lines.push(...diffLines(item.diff));
    for (const c of item.compatible ?? []) lines.push(`    compatible: ${c.message}`);
  }
  const masked = [...new Set(r.items.flatMap((i) => i.masked ?? []))];
  if (masked.length) lines.push(`masked as volatile (ids, clocks, pids; not compared): ${masked.join(", ")}`);
  const learned = [...new Set(r.items.flatMap((i) => i.volatile ?? []))];
  if (learned.length) lines.push(`differed between two runs of the same server (ignored): ${learned.join(", ")}`);
  for (const c of r.coverage ?? []) lines.push(`not exercised: tool ${c.tool}: ${c.why}`);
  lines.push(summaryLine(r));
  // Last, where a reader looks: a recorded failure that came back is a reproduction, not a pass.
  const verdict = reproductionText(r);
  if (verdict) lines.push(verdict);
  // Names, paths and values come from the file and the server: never raw to a terminal.
  return lines.map((l) => visible(l)).join("\n");
}

/** JUnit XML for CI: one case per replayed request, the diff as the failure's text. */
export function replayJunit(r: ReplayReport, file: string): string {
  const cases: JunitCase[] = r.items
    .filter((i) => i.status !== "sent")
    .map((i) => {
      const name = `#${i.recordedSeq} ${i.method}${toolName(i)}`;
      const c: JunitCase = { classname: `replay.${file}`, name };
      if (i.status === "cancelled") c.skipped = { message: i.note ?? "cancelled in the recording" };
      else if (i.status === "no-response") c.error = { message: i.note ?? "no response" };
      else if (i.status !== "same")
        c.failure = {
          type: i.status,
          message: `${label(i).trim()}${i.note ? ` (${i.note})` : ""}`,
          body: diffLines(i.diff, 200).join("\n"),
        };
      const output = [
        ...(i.masked?.length ? [`masked as volatile: ${i.masked.join(", ")}`] : []),
        ...(i.compatible ?? []).map((x) => `compatible: ${x.message}`),
      ];
      if (output.length) c.output = output.join("\n");
      return c;
    });
  if (!r.connected) cases.push({ classname: `replay.${file}`, name: "connect", error: { message: r.connectError ?? "could not connect" } });
  return junitXml(`replay ${file}`, [{ name: file, cases }]);
}

function label(i: ReplayItem): string {
  return {
    same: "same      ",
    changed: "CHANGED   ",
    "new-error": "NEW ERROR ",
    "fixed-error": "NOW OK    ",
    "no-response": "NO ANSWER ",
    sent: "sent      ",
    cancelled: "cancelled ",
  }[i.status];
}

function toolName(i: ReplayItem): string {
  const name = asRecord(i.params).name;
  return typeof name === "string" ? ` ${name}` : "";
}

function brief(v: unknown): string {
  const s = JSON.stringify(v) ?? "undefined";
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
