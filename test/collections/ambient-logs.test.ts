// Which log lines belong to a request (issue 64, the published corpus's last row): a log line a
// server sends on a clock (the everything server's toggle-simulated-logging: one line at once,
// then one every 5 s at a random level) lands in whichever call is running, so it is not expected
// of that call by `--from-session` nor by replay (both read ambientKinds); a log line only one
// call brings stays that call's, and progress always names its request.
import { describe, expect, it } from "vitest";
import { collectionFromRecord } from "../../lib/collections/from-record";
import { ambientKinds, requestNotifications } from "../../lib/collections/regression-bounds";
import type { Entry } from "../../lib/record/format";

type Msg = Record<string, unknown>;
/** A record from a script: `>` a request (answered by the next `<` of its id), `~` a notification from the server. */
function record(script: Array<[">", number, string, Msg?] | ["<", number] | ["~", string, Msg?]>): Entry[] {
  const out: Entry[] = [];
  const sent = new Map<number, number>();
  let seq = 0;
  for (const s of script) {
    seq++;
    if (s[0] === ">") {
      sent.set(s[1], seq);
      out.push({
        seq,
        t: seq,
        kind: "message",
        dir: "client->server",
        message: { jsonrpc: "2.0", id: s[1], method: s[2], params: s[3] ?? {} },
      } as unknown as Entry);
    } else if (s[0] === "<") {
      out.push({
        seq,
        t: seq,
        kind: "message",
        dir: "server->client",
        message: { jsonrpc: "2.0", id: s[1], result: { content: [{ type: "text", text: "ok" }] } },
        pair: { seq: sent.get(s[1])!, latencyMs: 5 },
      } as unknown as Entry);
    } else
      out.push({
        seq,
        t: seq,
        kind: "message",
        dir: "server->client",
        message: { jsonrpc: "2.0", method: s[1], params: s[2] ?? {} },
      } as unknown as Entry);
  }
  return out;
}
const call = (id: number, name: string, token?: number): [">", number, string, Msg] => [
  ">",
  id,
  "tools/call",
  { name, arguments: {}, ...(token === undefined ? {} : { _meta: { progressToken: token } }) },
];
const log = (data: string): ["~", string, Msg] => ["~", "notifications/message", { level: "info", data }];
const progress = (token: number): ["~", string, Msg] => ["~", "notifications/progress", { progressToken: token, progress: 1 }];

/** What --from-session expects of each tool step: its notifications, by tool. */
function expected(entries: Entry[]): Record<string, unknown> {
  const { collection } = collectionFromRecord(entries);
  return Object.fromEntries(
    collection.steps.map((s) => [s.tool, (s.expect ?? []).flatMap((e) => ("notifications" in e ? e.notifications! : []))]),
  );
}

describe("log lines a server sends on a clock are nobody's (ambientKinds)", () => {
  // check --call-tools on the everything server: the toggle logs at once, the 10 s operation gets
  // two of the 5 s timer's lines beside its own progress. Requests come back to back: no line
  // is ever seen between two requests.
  const everything = record([
    call(1, "echo"),
    ["<", 1],
    call(2, "toggle-simulated-logging"),
    log("Alert level-message"),
    ["<", 2],
    call(3, "trigger-long-running-operation", 7),
    progress(7),
    log("Info-level message"),
    progress(7),
    log("Error-level message"),
    progress(7),
    ["<", 3],
  ]);

  it("log lines during two different calls are ambient; progress never is", () => {
    expect([...ambientKinds(everything)]).toEqual(["notifications/message"]);
  });

  it("--from-session expects the long call's progress, not the clock's log lines, of any step", () => {
    expect(expected(everything)).toEqual({
      echo: [],
      "toggle-simulated-logging": [],
      "trigger-long-running-operation": ["notifications/progress"],
    });
  });

  it("replay's recorded side reads the same rule: the long call's notifications are its progress", () => {
    const at = (id: number, dir: string) =>
      everything.find((e) => e.kind === "message" && (e.message as Msg).id === id && e.dir === dir)!.seq;
    const seqOf = (id: number) => at(id, "client->server");
    const answerOf = (id: number) => at(id, "server->client");
    expect(requestNotifications(everything, seqOf(3), answerOf(3), ambientKinds(everything))).toEqual([
      "notifications/progress",
      "notifications/progress",
      "notifications/progress",
    ]);
  });

  it("a log line only one call brings stays that call's (its loss is a regression), even called twice", () => {
    // The Python server's summarize: progress, then "summarized 2 notes"; check calls it twice.
    const python = record([
      call(1, "add_note"),
      ["<", 1],
      call(2, "summarize", 1),
      progress(1),
      log("summarized 2 notes"),
      ["<", 2],
      call(3, "summarize", 2),
      progress(2),
      log("summarized 2 notes"),
      ["<", 3],
      call(4, "get_note"),
      ["<", 4],
    ]);
    expect(ambientKinds(python).size).toBe(0);
    expect(expected(python).summarize).toEqual(["notifications/progress", "notifications/message"]);
  });

  it("a log line seen between requests makes the kind ambient, as before", () => {
    const between = record([call(1, "work"), log("caused"), ["<", 1], log("on its own"), call(2, "echo"), ["<", 2]]);
    expect([...ambientKinds(between)]).toEqual(["notifications/message"]);
    expect(expected(between).work).toEqual([]);
  });

  it("a log line while two different calls run at once says nothing of either", () => {
    const overlapping = record([call(1, "a"), call(2, "b"), log("whose?"), ["<", 1], ["<", 2]]);
    expect([...ambientKinds(overlapping)]).toEqual(["notifications/message"]);
  });
});

describe("over Streamable HTTP, what the standalone GET stream carries is no request's", () => {
  // The v1 SDK sends a tool's list change on the GET stream: before or after the call's answer (on
  // the POST stream) by the race of two connections, so a recording held it or not run to run.
  const onStream = (entries: Entry[], seq: number, http: { method: string; resumedFrom?: string }) =>
    entries.map((e) => (e.seq === seq ? ({ ...e, http: { status: 200, ...http } } as Entry) : e));
  const grow = record([call(1, "grow", 4), progress(4), ["~", "notifications/tools/list_changed"], ["<", 1]]);

  it("a list change on the GET stream between a call and its answer is not the call's; its progress stays", () => {
    const entries = onStream(onStream(grow, 3, { method: "GET" }), 2, { method: "GET" });
    expect(requestNotifications(entries, 1, 4)).toEqual(["notifications/progress"]);
    expect(expected(entries).grow).toEqual(["notifications/progress"]);
  });

  it("on the call's own POST stream, or a GET that resumed it, the list change is the call's", () => {
    for (const http of [{ method: "POST" }, { method: "GET", resumedFrom: "17" }])
      expect(requestNotifications(onStream(grow, 3, http), 1, 4), http.method).toEqual([
        "notifications/progress",
        "notifications/tools/list_changed",
      ]);
  });
});
