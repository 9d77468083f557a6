// A restart's list_changed is judged against the lists the host saw before the restart began,
// not against the newest list in the record: the host's retried tools/list and the tap's own lists
// of the new server are recorded while the restart runs, and on a loaded machine one of them once
// came first (test/tap/http-restart.test.ts failed in a suite run at load 26: "no change").
import { expect, test } from "vitest";
import { RecordStore } from "../../server/record/store";
import { TapRecorder } from "../../server/tap/recorder";
import { restartLists } from "../../server/tap/restart";

const tool = (name: string) => ({ name, inputSchema: { type: "object" } });
const serverResult = {
  protocolVersion: "2025-11-25",
  capabilities: { tools: { listChanged: true } },
  serverInfo: { name: "s", version: "1" },
};

test("the host's lists before the restart, not one recorded while it ran, are what changed is judged against", async () => {
  const record = new RecordStore();
  const recorder = new TapRecorder(record);
  const send = (stream: "host" | "server", m: Record<string, unknown>) =>
    recorder.chunk(stream, Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...m }) + "\n"));
  send("host", {
    id: 1,
    method: "initialize",
    params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "h", version: "1" } },
  });
  send("server", { id: 1, result: serverResult });
  send("host", { id: 2, method: "tools/list" });
  send("server", { id: 2, result: { tools: [tool("a")] } });
  recorder.flush();
  const before = record.lastSeq;
  // Recorded while the restart runs: the new server's list, as the host's retried request got it.
  send("host", { id: 3, method: "tools/list" });
  send("server", { id: 3, result: { tools: [tool("a"), tool("fresh")] } });
  recorder.flush();

  const gate = { request: async () => ({ jsonrpc: "2.0", id: "tap-1", result: { tools: [tool("a"), tool("fresh")] } }) };
  expect(await restartLists(record, recorder)(gate, serverResult, before)).toEqual(["notifications/tools/list_changed"]);
  // Judged against the newest list instead, the change is not seen: what the restart once said.
  expect(await restartLists(record, recorder)(gate, serverResult)).toEqual([]);
});
