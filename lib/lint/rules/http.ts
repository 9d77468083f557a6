import { SPEC } from "../spec";
import { idOf } from "../../protocol/jsonrpc";
import type { Family, Rule } from "../rule";

// Streamable HTTP resumability (MCP 2025-11-25 basic/transports#resumability-and-redelivery): a
// client resumes a broken stream with a GET carrying Last-Event-ID, and "the server MUST NOT
// replay messages that would have been delivered on a different stream". A server that replays
// by event id alone sends every stream's events again: one cause, often dozens of frames, so it
// is reported once per resume, with the count, instead of a duplicate response per frame.

export const REPLAYED_OTHER_STREAM: Rule = {
  id: "http/replayed-other-stream",
  severity: "error",
  specUrl: SPEC.resumability,
  summary:
    "On a stream resumed with Last-Event-ID, the server replays messages that had already been delivered (on another stream): reported once per resume, with the count.",
};

interface Resume {
  firstSeq: number;
  count: number;
}

export function httpFamily(): Family {
  /** Server->client response ids already delivered, and event ids already seen. */
  let delivered = new Set<string>();
  let events = new Set<string>();
  let resumes = new Map<string, Resume>();
  return {
    rules: [REPLAYED_OTHER_STREAM],
    reset() {
      delivered = new Set();
      events = new Set();
      resumes = new Map();
    },
    message(ctx) {
      const { entry, msg } = ctx;
      if (entry.dir !== "server->client" || !entry.http) return;
      const responseKey = msg.kind === "response" ? `id:${JSON.stringify(idOf(entry.message))}` : undefined;
      const eventKey = entry.http.eventId !== undefined ? `event:${entry.http.eventId}` : undefined;
      const resumed = entry.http.resumedFrom;
      const repeat = (responseKey !== undefined && delivered.has(responseKey)) || (eventKey !== undefined && events.has(eventKey));
      if (resumed !== undefined && repeat) {
        const r = resumes.get(resumed);
        if (r) r.count++;
        else resumes.set(resumed, { firstSeq: entry.seq, count: 1 });
      }
      if (responseKey !== undefined) delivered.add(responseKey);
      if (eventKey !== undefined) events.add(eventKey);
    },
    end(report) {
      for (const [from, r] of resumes) {
        report(
          REPLAYED_OTHER_STREAM,
          r.firstSeq,
          `the client resumed a stream from event ${from} and the server replayed ${r.count} message${r.count === 1 ? "" : "s"} already delivered, from this one on: a resumed stream must carry only what its own stream had not yet delivered`,
        );
      }
    },
  };
}
