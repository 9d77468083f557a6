import { describe, expect, test } from "vitest";
import { Engine } from "../../server/engine";
import { RecordStore } from "../../server/record/store";
import { replaySession } from "../../server/replay/replay";
import { buildSession } from "../../lib/session/file";
import { recordSession } from "../helpers/sessions";
import { everythingStdio, waitFor } from "../helpers/targets";
import { ASKING, fixture } from "./helpers";

// Issue 36 item 2: the server's requests during a replay are answered from what the recording's
// client would have said at that moment, never by the order they come in.
describe("replay answers the server as the recording would have at that moment", () => {
  test("sampling: each question gets the recorded reply to the same question, even asked in the other order", async () => {
    const session = await recordSession(
      fixture({ ASK_ORDER: "ab" }),
      async (e) => {
        const call = e.callTool("ask-twice", {});
        for (const q of ["a", "b"]) {
          const p = await waitFor(() => e.getState().pending.find((p) => JSON.stringify(p.params).includes(`question ${q}`)));
          await e.answer(p.pendingId, { result: { role: "assistant", content: { type: "text", text: q.toUpperCase() }, model: "person" } });
        }
        expect(JSON.stringify((await call).result)).toContain("a=A b=B");
      },
      { capabilities: ASKING },
    );
    const { report } = await replaySession(session, { target: fixture({ ASK_ORDER: "ba" }) });
    const item = report.items.find((i) => i.method === "tools/call")!;
    expect(item.status, JSON.stringify(item.diff)).toBe("same");
  });

  test("roots: each roots/list gets the roots in force at that point (none first, then the two set mid-session)", async () => {
    const roots = [{ uri: "file:///work/a" }, { uri: "file:///work/b" }];
    const session = await recordSession(
      fixture(),
      async (e) => {
        expect(JSON.stringify((await e.callTool("roots", {})).result)).toContain("no roots are currently configured");
        e.setAnswers({ roots });
        expect(JSON.stringify((await e.callTool("roots", {})).result)).toContain("file:///work/b");
      },
      { capabilities: ASKING },
    );
    const { report, record } = await replaySession(session, { target: fixture() });
    const calls = report.items.filter((i) => i.method === "tools/call");
    expect(calls.map((i) => i.status)).toEqual(["same", "same"]);
    expect(JSON.stringify(calls[1].replayed)).toContain("file:///work/a\\nfile:///work/b");
    // The change was told to the server once, where the recording told it.
    const told = record
      .since(0)
      .filter((e) => e.kind === "message" && e.dir === "client->server" && JSON.stringify(e.message).includes("roots/list_changed"));
    expect(told).toHaveLength(1);
  });

  test("the issue's case: roots set after connecting, get-roots-list on the everything server, replayed: same", async () => {
    const record = new RecordStore();
    const engine = new Engine(record, { name: "test", version: "0" });
    const target = everythingStdio();
    let session;
    try {
      const state = await engine.connect({ target, capabilities: ASKING });
      engine.setAnswers({ roots: [{ uri: "file:///work/project", name: "project" }] });
      // As a person would: the call comes after the server has asked for the new roots.
      await waitFor(() =>
        record
          .since(0)
          .some(
            (e) =>
              e.kind === "message" &&
              e.dir === "client->server" &&
              e.pair?.method === "roots/list" &&
              JSON.stringify(e.message).includes("project"),
          ),
      );
      expect(JSON.stringify((await engine.callTool("get-roots-list", {})).result)).toContain("file:///work/project");
      session = buildSession({
        inspectorVersion: "t",
        target,
        capabilities: state.capabilities!,
        negotiated: state.negotiated,
        entries: record.since(0),
      });
    } finally {
      await engine.close();
    }
    const { report } = await replaySession(session, { target });
    const item = report.items.find((i) => i.method === "tools/call")!;
    expect(item.status, JSON.stringify(item.diff)).toBe("same");
    expect(JSON.stringify(item.replayed)).toContain("file:///work/project");
  }, 30_000);
});
