import type { Entry, MessageEntry } from "../../lib/record/format";
import { frameSha256 } from "../record/cut";
import { isObject } from "../../lib/json/shape";

/** A recorded answer whose body the record or the session writer cut (server/record/cut.ts). */
export type CutAnswer = MessageEntry & { cut: NonNullable<MessageEntry["cut"]> };

/** What a frame kept after a cut: its size on the wire and the digest of its text. */
export interface FrameFacts {
  bytes: number;
  sha256: string;
}

/** A cut answer compared with the live one by what the cut kept (issue 91). */
export interface CutComparison {
  /** The body the cut replaced: `result` or `error`. */
  field: "params" | "result" | "error";
  same: boolean;
  recorded: FrameFacts;
  /** The live answer's facts as the recording would hold them (the recorded id in place of the live one). */
  live?: FrameFacts;
  /** Why the live answer could not be compared, when it could not. */
  why?: string;
}

export function isCutAnswer(e: Entry): e is CutAnswer {
  return e.kind === "message" && e.cut !== undefined;
}

/**
 * Compare a cut recorded answer with the live answer's frame (the replay's record entry): the same
 * when the live frame, with the recorded id in place of the live one (the replay's ids are its
 * own), has the recorded size and SHA-256. The digest is cut.ts's, over the same text: the wire
 * text (`raw`) when the frame had one, else the JSON of the message, so both are tried. Limits:
 * a live answer the replay's record cut too can be compared only under the same id; a body the
 * session file masked a secret in (`by: "file"`, the redacted text) never matches.
 */
export function compareCutAnswer(recorded: CutAnswer, live: Entry | undefined): CutComparison {
  const base = { field: recorded.cut.field, recorded: { bytes: recorded.size, sha256: recorded.cut.sha256 } };
  if (!live || live.kind !== "message") return { ...base, same: false, why: "the live answer is not in the replay's record" };
  const recordedId = JSON.stringify(idOf(recorded.message));
  const liveId = JSON.stringify(idOf(live.message));
  // The frame's size on the wire as the recording would count it: the id's text is all that differs.
  const bytes = live.size - Buffer.byteLength(liveId ?? "") + Buffer.byteLength(recordedId ?? "");
  if (live.cut) {
    const facts = { bytes, sha256: live.cut.sha256 };
    if (liveId !== recordedId)
      return {
        ...base,
        same: false,
        live: facts,
        why: "the replay's record cut the live answer too, under another id: its digest is of other text",
      };
    return { ...base, same: bytes === recorded.size && live.cut.sha256 === recorded.cut.sha256, live: facts };
  }
  const texts = [JSON.stringify({ ...(live.message as object), id: idOf(recorded.message) })];
  if (live.raw !== undefined && liveId !== undefined && recordedId !== undefined) {
    const withId = withIdText(live.raw, liveId, recordedId);
    if (withId !== undefined) texts.unshift(withId);
  }
  const digests = texts.map(frameSha256);
  const sha256 = digests.find((d) => d === recorded.cut.sha256) ?? digests[0];
  return { ...base, same: bytes === recorded.size && sha256 === recorded.cut.sha256, live: { bytes, sha256 } };
}

const idOf = (m: unknown): unknown => (isObject(m) ? m.id : undefined);

/** The wire text with its `"id": …` member's value replaced, when the text names that value once (else undefined). */
function withIdText(raw: string, liveId: string, recordedId: string): string | undefined {
  const escaped = liveId.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const member = new RegExp(`("id"\\s*:\\s*)${escaped}(?=\\s*[,}])`, "g");
  const found = [...raw.matchAll(member)];
  if (found.length !== 1) return undefined;
  const at = found[0].index + found[0][1].length;
  return raw.slice(0, at) + recordedId + raw.slice(at + liveId.length);
}
