import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { collectionFromRecord } from "../../lib/collections/from-record";
import { runCommandLine } from "../../server/commands/main";
import { goBuild } from "../helpers/go-build";
import { recordedMessage } from "../helpers/recorded-session";
import type { Entry } from "../../lib/record/format";
import { inspectorTest, tempDir } from "./run-cli";

// Issue 72: a collection never expects what the recording's own client caused. check cancels a
// tools/list on purpose (the Go SDK answers it `{"code":0,"message":"context canceled"}`, which a
// normal run never gets) and asks for what it knows does not exist; `test --from-session` writes
// none of these as a step, and the file says why each was left out (lib/session/left-out.ts, the
// rule replay also uses).

const answered = (seq: number, pairSeq: number, message: Record<string, unknown>): Entry =>
  ({ ...recordedMessage(seq, "server->client", message), pair: { seq: pairSeq, method: "", latencyMs: 2 } }) as Entry;

/** check's probes as the Go SDK answered them: the cancelled tools/list got `code 0`. */
const CHECK_RECORDING: Entry[] = [
  recordedMessage(1, "client->server", { id: 1, method: "tools/list", params: {} }),
  answered(2, 1, {
    id: 1,
    result: {
      tools: [
        {
          name: "add",
          inputSchema: { type: "object", properties: { a: { type: "integer" }, b: { type: "integer" } }, required: ["a", "b"] },
        },
      ],
    },
  }),
  recordedMessage(3, "client->server", { id: 2, method: "inspector/probe-unknown-method", params: {} }),
  answered(4, 3, { id: 2, error: { code: -32601, message: "method not found" } }),
  recordedMessage(5, "client->server", { id: 3, method: "tools/call", params: { name: "add", arguments: { b: 1 } } }),
  answered(6, 5, { id: 3, result: { content: [{ type: "text", text: "missing a" }], isError: true } }),
  recordedMessage(7, "client->server", { id: 4, method: "tools/call", params: { name: "inspector-probe-no-such-name", arguments: {} } }),
  answered(8, 7, { id: 4, error: { code: -32602, message: "unknown tool" } }),
  recordedMessage(9, "client->server", { id: 5, method: "tools/list", params: {} }),
  recordedMessage(10, "client->server", {
    method: "notifications/cancelled",
    params: { requestId: 5, reason: "probe: cancelled by inspector check" },
  }),
  answered(11, 9, { id: 5, error: { code: 0, message: "context canceled" } }),
  recordedMessage(12, "client->server", { id: 6, method: "tools/call", params: { name: "add", arguments: { a: 1, b: 1 } } }),
  answered(13, 12, { id: 6, result: { content: [{ type: "text", text: "2" }] } }),
];

describe("what the recording's client caused is no step", () => {
  it("the cancelled request and check's deliberate misuse are left out, each with why; the rest stays", () => {
    const { collection, leftOut, coverage } = collectionFromRecord(CHECK_RECORDING);
    // Nor is check's misuse a refused call of a tool: add was called and answered.
    expect(coverage).toEqual([]);
    expect(collection.steps.map((s) => s.name)).toEqual(["tools/list", "tools/call add"]);
    expect(JSON.stringify(collection.steps)).not.toContain('"errorCode":0');
    expect(leftOut).toEqual([
      {
        request: "inspector/probe-unknown-method",
        why: 'inspector check\'s probe: it asked for "inspector/probe-unknown-method", which it knows does not exist',
      },
      { request: "tools/call add", why: "inspector check's probe: arguments built to break add's inputSchema" },
      {
        request: "tools/call inspector-probe-no-such-name",
        why: 'inspector check\'s probe: it asked for "inspector-probe-no-such-name", which it knows does not exist',
      },
      { request: "tools/list", why: "cancelled in the recording: probe: cancelled by inspector check" },
    ]);
  });
});

describe("a collection from a check recording of a Go SDK server", () => {
  let server = "";
  beforeAll(async () => {
    server = await goBuild("test/fixtures/sdk-tools/go");
  }, 600_000);

  it("says what it left out, and passes the unchanged server 10 runs of 10", async () => {
    const dir = tempDir();
    const session = path.join(dir, "check.mcp-session.json");
    const checked = await runCommandLine(
      ["check", "--call-tools", "--save-session", session, server],
      { PATH: process.env.PATH },
      { out: () => undefined, err: () => undefined },
    );
    expect(checked).toBe(0);
    const made = path.join(dir, "from-check.mcp-tests.yaml");
    const w = await inspectorTest(["--from-session", session, made]);
    expect(w.code, w.err).toBe(0);
    const yaml = readFileSync(made, "utf8");
    expect(yaml).toContain("# Left out: the recording's own client caused these answers, which a run would not see again:");
    expect(yaml).toContain("#   inspector/probe-unknown-method: inspector check's probe");
    expect(yaml).toContain("#   tools/call add: inspector check's probe: arguments built to break add's inputSchema");
    expect(yaml).not.toMatch(/errorCode: 0\b/);
    expect(yaml).not.toContain("Not exercised by the recording");
    for (let run = 1; run <= 10; run++) {
      const r = await inspectorTest([made]);
      expect(r.code, `run ${run}: ${r.out}\n${r.err}`).toBe(0);
    }
  }, 120_000);
});
