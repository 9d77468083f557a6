import type { Entry, NewEntry } from "../../lib/record/format";
import type { RecordSink } from "../engine";

/**
 * Marks the frames a coding agent causes in a record the person also drives (the page's): a
 * request the engine records while `during` runs is the agent's (the engine records a request
 * synchronously, before it is sent: server/engine/requests.ts), and so is its response (the
 * connection pairs it to that request's seq before recording it). The record stays append-only:
 * the mark is set as the entry is written, never after.
 */
export class AgentMark {
  private depth = 0;
  private readonly requests = new Set<number>();

  /** Run `start` (which sends one request synchronously) as the agent. */
  during<T>(start: () => T): T {
    this.depth++;
    try {
      return start();
    } finally {
      this.depth--;
    }
  }

  /** A sink in front of `inner` that marks the agent's requests and their responses. */
  sink(inner: RecordSink): RecordSink {
    return { append: (draft) => this.seen(inner.append(this.marked(draft))) };
  }

  private marked(draft: NewEntry): NewEntry {
    if (draft.kind !== "message") return draft;
    const ours = draft.dir === "client->server" ? this.depth > 0 : draft.pair !== undefined && this.requests.has(draft.pair.seq);
    return ours ? { ...draft, by: "agent" } : draft;
  }

  private seen(entry: Entry): Entry {
    if (entry.kind !== "message" || entry.by !== "agent") return entry;
    // Only requests still waiting matter: a response ends its request's wait.
    if (entry.dir === "server->client") {
      if (entry.pair) this.requests.delete(entry.pair.seq);
      return entry;
    }
    this.requests.add(entry.seq);
    // Bounded for requests never answered (a notification has no response either).
    if (this.requests.size > 1024) this.requests.delete(this.requests.values().next().value!);
    return entry;
  }
}
