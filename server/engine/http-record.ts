import { parseJsonRpcMessage } from "./jsonrpc-message";
import type { HttpFacts, NewEntry } from "../../lib/record/format";
import type { HttpTapHooks } from "./http-tap";
import { asRecord, isObject } from "../../lib/json/shape";

const MAX_TEXT = 4096;

function bounded(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

/**
 * What the HTTP tap sees, as record entries: each JSON-RPC message in a body or an event as a
 * message entry (with the exchange's facts; `undelivered` when the SDK will reject it, as over
 * stdio), everything else as an `http` entry that says what it is.
 */
export function httpRecorder(record: (entry: NewEntry) => void): HttpTapHooks {
  const other = (facts: HttpFacts, text: string, reason: string) =>
    record({ kind: "http", http: facts, text: bounded(text), reason, size: Buffer.byteLength(text) });

  const frames = (raw: string, facts: HttpFacts) => {
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return other(facts, raw, "not JSON: the SDK drops it");
    }
    const batch = Array.isArray(json);
    for (const item of batch ? (json as unknown[]) : [json]) {
      const parsed = parseJsonRpcMessage(item);
      const issue = parsed.success ? undefined : parsed.error.issues[0];
      const wire = batch ? JSON.stringify(item) : raw;
      record({
        kind: "message",
        dir: "server->client",
        message: item,
        size: Buffer.byteLength(wire),
        ...(!batch && JSON.stringify(item) !== raw ? { raw } : {}),
        ...(parsed.success
          ? {}
          : {
              undelivered: `not a valid JSON-RPC message${issue ? `: ${issue.message}${issue.path.length ? ` at ${issue.path.join(".")}` : ""}` : ""}`,
            }),
        http: facts,
      });
    }
  };

  return {
    body: frames,
    event(e, facts) {
      if (e.event !== undefined && e.event !== "message") {
        return other(
          facts,
          e.data,
          e.event === "endpoint"
            ? "the endpoint event: where this SSE session's messages are POSTed"
            : `an "${e.event}" event: not a message, the SDK ignores it`,
        );
      }
      if (e.data === "")
        return other(
          facts,
          "",
          e.id !== undefined ? "a priming event: no data, the stream can be resumed from its id" : "an event with no data",
        );
      frames(e.data, facts);
    },
    exchange(facts, text) {
      // A refusal whose body is a JSON-RPC error (2026-07-28 answers -32020/-32021/-32022 with a
      // 400) is the server's answer to the request: a message, paired with it like any other.
      if (facts.status >= 400 && isJsonRpcError(text)) return frames(text, facts);
      const reason =
        facts.status === 202
          ? "accepted: no body"
          : facts.status >= 400
            ? `status ${facts.status}${text ? "" : " with no body"}`
            : `status ${facts.status}`;
      other(facts, text, reason);
    },
    note(text, facts) {
      other(facts, "", text);
    },
    cut(text, facts, why) {
      other(facts, text, why);
    },
  };
}

function isJsonRpcError(text: string): boolean {
  if (!text.startsWith("{")) return false;
  try {
    const m = asRecord(JSON.parse(text));
    return m.jsonrpc === "2.0" && isObject(m.error) && (typeof m.id === "string" || typeof m.id === "number");
  } catch {
    return false;
  }
}
