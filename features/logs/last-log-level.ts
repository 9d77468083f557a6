import type { Entry } from "../../lib/record/format";
import { isErrorResponse } from "../../lib/protocol/jsonrpc";
import { NO_FILTER, type TimelineStore } from "../../client/timeline-store";
import { asRecord } from "../../lib/json/shape";

/** The level the server was last set to in this connection, and the entry that says so. */
export interface LevelSet {
  level: string;
  seq: number;
}

/**
 * The engine's note when it answers logging/setLevel itself (2026-07-28 has no such method: the
 * level travels in each request's `_meta`; server/engine/rounds.ts `answerLocally`).
 */
const MODERN_SET_NOTE = /^logging\/setLevel is not on the 2026-07-28 wire: .*\(now "([^"]+)"\)/;

/**
 * What one entry says about the server's log level: a new level (a successful logging/setLevel
 * response, or the engine's 2026-07-28 note), "reset" at a new connection (the server starts at
 * its own default), or nothing. `requestOf` finds a response's request.
 */
export function levelChangeOf(e: Entry, requestOf: (seq: number) => Entry | undefined): LevelSet | "reset" | undefined {
  if (e.kind === "lifecycle") {
    if (e.event === "connecting") return "reset";
    const m = e.event === "note" ? MODERN_SET_NOTE.exec(e.text) : null;
    return m ? { level: m[1], seq: e.seq } : undefined;
  }
  if (e.kind !== "message" || e.dir !== "server->client" || e.pair?.method !== "logging/setLevel" || isErrorResponse(e.message))
    return undefined;
  const req = requestOf(e.pair.seq);
  const level = req?.kind === "message" ? asRecord(asRecord(req.message).params).level : undefined;
  return typeof level === "string" ? { level, seq: e.pair.seq } : undefined;
}

/**
 * The last level set, kept up to date from the record as it grows (each entry read once), so a
 * reloaded page shows what the server keeps instead of a default.
 */
export class LastLogLevel {
  private scanned = 0;
  private firstSeq?: number;
  current?: LevelSet;

  /** Read what the store appended since the last call; start over when the store was reset. */
  update(store: TimelineStore): LevelSet | undefined {
    const view = store.view(NO_FILTER);
    if (view.count < this.scanned || (view.count > 0 && this.firstSeq !== undefined && view.at(0).seq !== this.firstSeq)) {
      this.scanned = 0;
      this.current = undefined;
    }
    if (view.count > 0) this.firstSeq = view.at(0).seq;
    for (; this.scanned < view.count; this.scanned++) {
      const change = levelChangeOf(view.at(this.scanned), (seq) => store.bySeq(seq));
      if (change === "reset") this.current = undefined;
      else if (change) this.current = change;
    }
    return this.current;
  }
}
