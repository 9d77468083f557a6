import { firstRequestOf, type SessionFile } from "../../../lib/session/file";
import { redactSession } from "../../../lib/session/redact";
import type { ReplayReport } from "../../../lib/session/replay-result";
import { asRecord, isObject } from "../../../lib/json/shape";

const REWRITTEN = new Set(["changed", "new-error", "fixed-error"]);

/** What `--update` and `--save-ignores` did to the file's text. */
export interface Patched {
  /** The new text, or undefined when nothing differs (the file is left byte for byte as it is). */
  text?: string;
  /** Recorded responses replaced. */
  replaced: number;
  /** Changed requests the recording has no response entry for (left as they are). */
  skipped: number;
  redacted: number;
}

/**
 * `replay --update` (issue 36 item 5): replace only the recorded responses that came back changed,
 * in the file's own JSON, so everything else (createdAt, times, pids, the recorded clientInfo) stays
 * as written and a same replay changes nothing. The new responses pass the same redaction as every
 * file written; `ignore` (from `--runs 2 --save-ignores`) is merged into the file's list.
 */
export function patchSessionText(
  text: string,
  session: SessionFile,
  report: ReplayReport | undefined,
  secrets: Record<string, string>,
  ignore: readonly string[] = [],
): Patched {
  const raw = JSON.parse(text) as Record<string, unknown> & { entries: Array<Record<string, unknown>> };
  const firstOf = firstRequestOf(session.entries);
  const responseOf = new Map<number, number>();
  session.entries.forEach((e, i) => {
    if (e.kind === "message" && e.dir === "server->client" && e.pair) responseOf.set(firstOf.get(e.pair.seq) ?? e.pair.seq, i);
  });
  const patched = new Map<number, SessionFile["entries"][number]>();
  let skipped = 0;
  for (const item of report?.items ?? []) {
    // A compatible change (another order, a description) passed, but is new all the same: the baseline takes it.
    const compatibleOnly = item.status === "same" && (item.compatible ?? []).some((c) => c.path.startsWith("$"));
    if ((!REWRITTEN.has(item.status) && !compatibleOnly) || !isObject(item.replayed)) continue;
    const at = responseOf.get(item.recordedSeq);
    const entry = at === undefined ? undefined : session.entries[at];
    if (!entry || entry.kind !== "message") {
      skipped++;
      continue;
    }
    const { result: _r, error: _e, ...head } = asRecord(entry.message);
    patched.set(at!, { ...entry, message: { ...head, ...item.replayed } as typeof entry.message });
  }
  const newIgnore = ignore.filter((p) => !(session.ignore ?? []).includes(p));
  if (!patched.size && !newIgnore.length) return { replaced: 0, skipped, redacted: 0 };
  const entries = session.entries.map((e, i) => patched.get(i) ?? e);
  const { session: safe, hits } = redactSession({ ...session, entries }, { secrets });
  for (const i of patched.keys()) raw.entries[i] = safe.entries[i] as unknown as Record<string, unknown>;
  if (hits.length) raw.redactions = safe.redactions;
  if (newIgnore.length) raw.ignore = [...(session.ignore ?? []), ...newIgnore];
  return { text: JSON.stringify(raw, null, 2) + "\n", replaced: patched.size, skipped, redacted: hits.length };
}
