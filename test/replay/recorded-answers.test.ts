import { describe, expect, test } from "vitest";
import { RecordedAnswers } from "../../lib/session/recorded-answers";
import type { Entry } from "../../lib/record/format";

let seq = 0;
const t = 0;
const server = (method: string, params: unknown): Entry =>
  ({ kind: "message", seq: ++seq, t, dir: "server->client", message: { jsonrpc: "2.0", id: seq, method, params } }) as Entry;
const changed = (): Entry =>
  ({
    kind: "message",
    seq: ++seq,
    t,
    dir: "client->server",
    message: { jsonrpc: "2.0", method: "notifications/roots/list_changed" },
  }) as Entry;
const roots = (...uris: string[]) => ({ roots: uris.map((uri) => ({ uri })) });

describe("RecordedAnswers", () => {
  test("roots in force: what was answered in each stretch between list_changed notifications, else the last before", () => {
    seq = 0;
    const first = server("roots/list", {}); // 1
    const c1 = changed(); // 2
    const second = server("roots/list", {}); // 3
    const c2 = changed(); // 4 (no roots/list after it: the server did not ask)
    const a = new RecordedAnswers({
      entries: [first, c1, second, c2],
      answers: [
        { requestSeq: first.seq, method: "roots/list", result: roots() },
        { requestSeq: second.seq, method: "roots/list", result: roots("file:///a") },
      ],
    });
    expect(a.rootsAt(0)).toEqual([]);
    expect(a.rootsAt(1)).toEqual([]);
    expect(a.rootsAt(c1.seq)).toEqual([{ uri: "file:///a" }]);
    expect(a.rootsAt(c2.seq)).toEqual([{ uri: "file:///a" }]);
  });

  test("a sampling request gets the reply to the same question first, then the nearest unused one of its kind", () => {
    seq = 0;
    const ask = (text: string) =>
      server("sampling/createMessage", { messages: [{ role: "user", content: { type: "text", text } }], _meta: { x: 1 } });
    const qa = ask("a");
    const qb = ask("b");
    const reply = (text: string) => ({ role: "assistant", content: { type: "text", text }, model: "m" });
    const a = new RecordedAnswers({
      entries: [qa, qb],
      answers: [
        { requestSeq: qa.seq, method: "sampling/createMessage", result: reply("A") },
        { requestSeq: qb.seq, method: "sampling/createMessage", result: reply("B") },
      ],
    });
    const params = (text: string) => ({ messages: [{ role: "user", content: { type: "text", text } }] });
    expect(a.answerFor("sampling/createMessage", params("b"), 0)).toMatchObject({ exact: true, reply: { result: reply("B") } });
    expect(a.answerFor("sampling/createMessage", params("a"), 0)).toMatchObject({ exact: true, reply: { result: reply("A") } });
    // A question never recorded: the nearest not used yet, else the nearest.
    expect(a.answerFor("sampling/createMessage", params("c"), 2)).toMatchObject({ exact: false, requestSeq: qb.seq });
    expect(a.answerFor("elicitation/create", {}, 0)).toBeUndefined();
  });
});
