import type { Entry, MessageEntry } from "../../lib/record/format";
import type { SessionState } from "../../lib/session/state";
import type { Engine } from "../../server/engine";
import type { RecordStore } from "../../server/record/store";

/** Resolves with the first truthy value of `pick` over the engine's state, now or later. */
export function waitForState<T>(engine: Engine, pick: (s: SessionState) => T | undefined, what: string, ms = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const now = pick(engine.getState());
    if (now) return resolve(now);
    const timer = setTimeout(() => {
      off();
      reject(new Error(`timed out waiting for ${what}`));
    }, ms);
    const off = engine.onState((s) => {
      const v = pick(s);
      if (!v) return;
      clearTimeout(timer);
      off();
      resolve(v);
    });
  });
}

/** Resolves with the first entry of the record that matches, already there or still to come. */
export function waitForEntry(rec: RecordStore, match: (e: Entry) => boolean, what: string, ms = 10_000): Promise<Entry> {
  return new Promise((resolve, reject) => {
    const now = rec.since(0).find(match);
    if (now) return resolve(now);
    const timer = setTimeout(() => {
      off();
      reject(new Error(`timed out waiting for ${what}`));
    }, ms);
    const off = rec.subscribe((e) => {
      if (!match(e)) return;
      clearTimeout(timer);
      off();
      resolve(e);
    });
  });
}

/** The seq of the one message entry that matches; throws when none or several do. */
export function seqOf(entries: readonly Entry[], what: string, match: (m: Record<string, unknown>, e: MessageEntry) => boolean): number {
  const hits = entries.filter(
    (e): e is MessageEntry =>
      e.kind === "message" && typeof e.message === "object" && e.message !== null && match(e.message as Record<string, unknown>, e),
  );
  if (hits.length !== 1) throw new Error(`expected one entry for ${what}, found ${hits.length}`);
  return hits[0].seq;
}

export const fromServer = (e: MessageEntry) => e.dir === "server->client";
export const fromClient = (e: MessageEntry) => e.dir === "client->server";
