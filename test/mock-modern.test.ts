import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { Engine } from "../server/engine";
import { RecordStore } from "../server/record/store";
import { runMock } from "../server/commands/mock/run";
import { replaySession } from "../server/replay/replay";
import { normalizeVolatile } from "../lib/session/json-diff";
import type { MessageEntry } from "../lib/record/format";
import { recordSession } from "./helpers/sessions";
import { fixture, methodOf } from "./helpers/fixtures";
import { waitFor } from "./helpers/targets";

let stop: (() => Promise<unknown>) | undefined;
let engine: Engine | undefined;
afterEach(async () => {
  await engine?.close();
  await stop?.();
  engine = stop = undefined;
});

/** What a client sees of the surface the recording covers. */
async function observe(e: Engine) {
  return normalizeVolatile({
    tools: (await e.request("tools/list", undefined)).result,
    add: (await e.callTool("add", { a: 2, b: 3 })).result,
  });
}

async function mockOver(file: string) {
  const ctl = new AbortController();
  let url = "";
  const done = runMock(
    { sessionFile: file, port: 0, signal: ctl.signal, onListening: (u) => (url = u) },
    { out: () => undefined, err: () => undefined },
  );
  await waitFor(() => url, 10_000, "the mock to listen");
  stop = () => (ctl.abort(), done);
  return url;
}

describe("mock plays a 2026-07-28 recording", () => {
  test("the engine, era auto, is refused initialize (-32022) as by the recorded server, switches to server/discover, and gets the recorded answers", async () => {
    let live: unknown;
    const session = await recordSession(fixture("modern-only-server", ["--stdio"]), async (e) => {
      live = await observe(e);
    });
    expect(session.negotiated?.era).toBe("modern");
    const file = path.join(mkdtempSync(path.join(tmpdir(), "mock-modern-")), "rec.mcp-session.json");
    writeFileSync(file, JSON.stringify(session));
    const url = await mockOver(file);

    const record = new RecordStore();
    engine = new Engine(record, { name: "another-client", version: "9" });
    const state = await engine.connect({ target: { transport: "http", url } });
    expect(state.negotiated).toMatchObject({ era: "modern", protocolVersion: "2026-07-28", serverInfo: { name: "modern-only" } });
    const refused = record.since(0).find((e): e is MessageEntry => e.kind === "message" && e.pair?.method === "initialize");
    expect(refused?.message).toMatchObject({ error: { code: -32022 } });
    // Another client name in the envelope still matches the recording.
    expect(await observe(engine)).toEqual(live);
    expect(
      record
        .since(0)
        .filter((e) => e.kind === "message" && e.dir === "client->server")
        .map(methodOf),
    ).toEqual(["initialize", "server/discover", "tools/list", "tools/call"]);
  });

  test("a 2025 recording answers server/discover as a 2025 server does: method not found", async () => {
    const session = await recordSession(
      fixture("modern-dual-server", ["--stdio"]),
      async (e) => void (await e.request("tools/list", undefined)),
    );
    expect(session.negotiated?.era).toBe("legacy");
    const file = path.join(mkdtempSync(path.join(tmpdir(), "mock-legacy-")), "rec.mcp-session.json");
    writeFileSync(file, JSON.stringify(session));
    engine = new Engine(new RecordStore(), { name: "t", version: "0" });
    const state = await engine.connect({ target: { transport: "http", url: await mockOver(file) }, protocolEra: "modern" });
    expect(state.error).toMatchObject({ kind: "protocol-version", message: expect.stringMatching(/does not speak the 2026-07-28 era/) });
  });
});

describe("replay of a 2026-07-28 recording", () => {
  test("the input the person gave (inside the retry) answers the server's input_required again; the result is the same", async () => {
    const session = await recordSession(fixture("modern-mrtr-server", ["--stdio"]), async (e) => {
      await e.request("tools/list", undefined);
      const call = e.callTool("confirm-action", { action: "deploy" });
      const p = await waitFor(() => e.getState().pending[0], 10_000, "the embedded elicitation");
      await e.answer(p.pendingId, { result: { action: "accept", content: { confirm: true } } });
      await call;
    });
    expect(session.answers).toEqual([
      expect.objectContaining({ method: "elicitation/create", result: { action: "accept", content: { confirm: true } } }),
    ]);
    const { report } = await replaySession(session, { target: fixture("modern-mrtr-server", ["--stdio"]) });
    expect(report.connectError).toBeUndefined();
    expect(report.items.map((i) => [i.method, i.status])).toEqual([
      ["tools/list", "same"],
      ["tools/call", "same"],
    ]);
  });
});
