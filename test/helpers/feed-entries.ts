import type { Entry } from "../../lib/record/format";
import { ProtocolFeed } from "../../client/protocol-feed";
import { TimelineStore } from "../../client/timeline-store";

/**
 * Record entries for the page's feed tests, numbered in order (`setup` starts the numbering again
 * with a fresh timeline store and a started ProtocolFeed over it).
 */
export function feedEntries() {
  let seq = 0;
  const out = (message: unknown): Entry => ({ seq: ++seq, t: seq, kind: "message", dir: "client->server", message, size: 1 });
  const inc = (message: unknown, pair?: { seq: number; method: string }): Entry => ({
    seq: ++seq,
    t: seq,
    kind: "message",
    dir: "server->client",
    message,
    size: 1,
    ...(pair ? { pair: { ...pair, latencyMs: 1 } } : {}),
  });
  const life = (event: "connecting" | "note", text: string): Entry => ({ seq: ++seq, t: seq, kind: "lifecycle", event, text });
  const stderr = (text: string): Entry => ({ seq: ++seq, t: seq, kind: "stderr", text });
  const setup = () => {
    seq = 0;
    const store = new TimelineStore((f) => f());
    const feed = new ProtocolFeed(store);
    feed.start();
    return { store, feed };
  };
  return { out, inc, life, stderr, setup, lastSeq: () => seq, restartSeq: () => void (seq = 0) };
}
