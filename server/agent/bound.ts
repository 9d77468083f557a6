import { base64Size, clipJson, formatKiB } from "../../lib/text/big-text";
import { isObject } from "../../lib/json/shape";
import type { AgentFiles } from "./files";

/**
 * The most characters of JSON one answer holds: about 5k tokens, so a few answers fit an agent's
 * context beside its own work. Anything larger is cut, and the whole is written to a file.
 */
export const MAX_ANSWER_CHARS = 20_000;

/** What an answer says when it was cut: the whole answer's size and where to read it. */
export interface Cut {
  size: string;
  path: string;
  note: string;
}

/**
 * An answer small enough for an agent: binary data (base64 `data` and `blob`) is replaced by its
 * type and size, long strings and lists are clipped until the JSON fits MAX_ANSWER_CHARS. When
 * anything was left out, the whole answer is written to a file and `cut` says where.
 */
export function bounded(what: string, value: Record<string, unknown>, files: AgentFiles): Record<string, unknown> {
  const summarized = summarizeBinary(value);
  const full = JSON.stringify(value) ?? "";
  const light = summarized.changed ? (JSON.stringify(summarized.value) ?? "") : full;
  if (!summarized.changed && light.length <= MAX_ANSWER_CHARS) return value;
  const cut = spill(files, what, full);
  let maxString = 4_000;
  let maxItems = 200;
  // Each round halves what is kept; ten rounds reach strings of 4 characters and lists of 1 item.
  for (let round = 0; round < 10; round++) {
    const clipped = clipJson(summarized.value, { maxString, maxItems, maxNodes: 2_000 }).value as Record<string, unknown>;
    const answer = { ...clipped, cut };
    if ((JSON.stringify(answer) ?? "").length <= MAX_ANSWER_CHARS) return answer;
    maxString = Math.max(4, maxString >> 1);
    maxItems = Math.max(1, maxItems >> 1);
  }
  return { cut };
}

function spill(files: AgentFiles, what: string, full: string): Cut {
  const file = files.spill(what, full);
  return {
    size: formatKiB(full.length),
    path: file,
    note: "cut to fit: the whole answer, as JSON, is in path (removed when the inspector exits)",
  };
}

/** A copy with every base64 `data` (image, audio) and `blob` replaced by a line saying what it was. */
function summarizeBinary(value: unknown): { value: unknown; changed: boolean } {
  let changed = false;
  let nodes = 50_000;
  const walk = (v: unknown, depth: number): unknown => {
    if (--nodes < 0 || depth > 40 || typeof v !== "object" || v === null) return v;
    if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const binary = typeof x === "string" && ((k === "data" && isObject(v) && typeof v.mimeType === "string") || k === "blob");
      if (binary) {
        changed = true;
        out[k] = `[base64 ${String((v as Record<string, unknown>).mimeType ?? "data")}, ${formatKiB(base64Size(x))}: left out]`;
      } else out[k] = walk(x, depth + 1);
    }
    return out;
  };
  return { value: walk(value, 0), changed };
}
