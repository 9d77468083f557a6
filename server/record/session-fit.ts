import type { Entry } from "../../lib/record/format";
import { MAX_SESSION_FILE_BYTES, sessionText, type SessionFile } from "../../lib/session/file";
import { cutMessage, isSessionFrame } from "./cut";

/** A session made to fit the reading bound, its text in pieces, and what was done to fit it (undefined when nothing). */
export interface FittedSession {
  session: SessionFile;
  pieces: string[];
  note?: string;
}

/** A body smaller than this is never cut to fit a file: it would save too little to be worth the gap. */
const SMALLEST_CUT = 4096;

/**
 * One size rule for writing and reading (issue 91): a session file is at most
 * MAX_SESSION_FILE_BYTES, the bound every reader (`--open`, `replay`, `diff`, `mock`) holds to. Past
 * it, the largest bodies are cut first (each keeps its envelope, size and SHA-256; lib `cut`), then,
 * if many small entries are still too much, the oldest entries are dropped, never the handshake,
 * the lists or an entry a verdict points at, and a `dropped` entry at the end counts them.
 */
export function fitSession(session: SessionFile, limit = MAX_SESSION_FILE_BYTES): FittedSession {
  let pieces = [...sessionText(session)];
  const before = bytesOf(pieces);
  let over = before - limit;
  if (over <= 0) return { session, pieces };
  const entries = [...session.entries];
  const biggest = entries
    .map((e, i) => [e, i] as const)
    .filter(([e]) => e.kind === "message" && !e.cut && e.size >= SMALLEST_CUT)
    .sort(([a], [b]) => size(b) - size(a));
  let cut = 0;
  let next = 0;
  // A cut saves about the frame's size (more when pretty-printing indented it): re-measure after each round.
  while (over > 0 && next < biggest.length) {
    let saved = 0;
    while (saved < over + 65536 && next < biggest.length) {
      const [e, i] = biggest[next++];
      const c = cutMessage(e as Extract<Entry, { kind: "message" }>, "file");
      if (c === e) continue;
      entries[i] = c;
      saved += size(e);
      cut++;
    }
    pieces = [...sessionText({ ...session, entries })];
    over = bytesOf(pieces) - limit;
  }
  let dropped = 0;
  let kept = entries;
  if (over > 0) {
    const pointed = new Set<number>();
    for (const v of session.verdicts ?? []) for (const s of [v.requestSeq, v.responseSeq]) if (s !== undefined) pointed.add(s);
    const droppable = entries.filter((e) => !isSessionFrame(e) && !pointed.has(e.seq));
    const gone = new Set<number>();
    let freed = 0;
    // Oldest first, as the record's own bound does; re-measured after each round, since an
    // entry's text in the file (pretty-printed, indented) is only estimated here.
    while (over > 0 && dropped < droppable.length) {
      let round = 0;
      while (round < over + 65536 && dropped < droppable.length) {
        const e = droppable[dropped++];
        gone.add(e.seq);
        const bytes = Buffer.byteLength(JSON.stringify(e));
        round += bytes;
        freed += bytes;
      }
      kept = entries.filter((e) => !gone.has(e.seq));
      const last = entries.at(-1);
      kept.push({
        seq: (last?.seq ?? 0) + 1,
        t: last?.t ?? Date.now(),
        kind: "dropped",
        count: dropped,
        bytes: freed,
        text: `session file bound (${mib(limit)} MiB, the most --open, replay, diff and mock read): the ${dropped} oldest entries were dropped; the handshake, the lists and what the verdicts point at were kept`,
      });
      pieces = [...sessionText({ ...session, entries: kept })];
      over = bytesOf(pieces) - limit;
    }
  }
  const note = `the session was ${mib(before)} MiB, past the ${mib(limit)} MiB a session file may be: ${cut} largest ${cut === 1 ? "body was" : "bodies were"} cut (size and sha-256 kept)${dropped ? `, ${dropped} oldest entries dropped (counted in a dropped entry)` : ""}`;
  return { session: { ...session, entries: kept }, pieces, note };
}

function size(e: Entry): number {
  return e.kind === "message" ? e.size : 0;
}

function bytesOf(pieces: readonly string[]): number {
  let n = 0;
  for (const p of pieces) n += Buffer.byteLength(p);
  return n;
}

function mib(bytes: number): number {
  return Number((bytes / 1048576).toFixed(1));
}
