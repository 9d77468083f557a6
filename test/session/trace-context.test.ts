import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Engine } from "../../server/engine";
import { RecordStore } from "../../server/record/store";
import { runMock } from "../../server/commands/mock/run";
import { resetOtelForTests } from "../../server/otel/hook";
import { asRecord } from "../../lib/json/shape";
import { maskVolatile } from "../../lib/session/variation";
import { maskedForSnapshot } from "../../server/test-library/matchers/mask";
import { recordSession } from "../helpers/sessions";
import { FIXTURES } from "../helpers/targets";
import { startReceiver, type Receiver } from "../otel/receiver";

// Issue 62 point 5: trace context is left out of every comparison, in one place
// (lib/session/variation.ts). A recording made with trace export on carries a new
// `_meta.traceparent` on every request; the mock matched none of them.
const variation = () => ({
  transport: "stdio" as const,
  command: process.execPath,
  args: [path.join(FIXTURES, "variation-server.mjs")],
  env: {},
});

const saved = { ...process.env };
let rx: Receiver;
beforeAll(async () => {
  rx = await startReceiver();
  process.env = { ...saved, OTEL_EXPORTER_OTLP_ENDPOINT: rx.url, OTEL_EXPORTER_OTLP_PROTOCOL: "http/json", OTEL_BSP_SCHEDULE_DELAY: "50" };
  resetOtelForTests();
});
afterAll(async () => {
  process.env = saved;
  resetOtelForTests();
  await rx.close();
});

describe("trace context is not compared", () => {
  it("mock serves a recording made with trace export on to a client with export on (new traceparents) and one with it off", async () => {
    const session = await recordSession(variation(), async (e) => {
      await e.callTool("echo", { message: "traced" });
      await e.request("tools/list", {});
    });
    const call = session.entries.find((x) => x.kind === "message" && asRecord(x.message).method === "tools/call");
    expect(asRecord(asRecord(asRecord(call && call.kind === "message" ? call.message : {}).params)._meta).traceparent).toMatch(
      /^00-[0-9a-f]{32}-/,
    );
    const dir = mkdtempSync(path.join(tmpdir(), "trace-mock-"));
    const file = path.join(dir, "traced.mcp-session.json");
    writeFileSync(file, JSON.stringify(session, null, 2) + "\n");

    for (const exportOn of [true, false]) {
      if (!exportOn) {
        process.env = { ...saved };
        resetOtelForTests();
      }
      const stop = new AbortController();
      let err = "";
      const url = new Promise<string>((resolve) => {
        void runMock(
          { sessionFile: file, port: 0, strict: true, signal: stop.signal, onListening: resolve },
          { out: () => undefined, err: (s) => void (err += s + "\n") },
        ).then((code) => void (exitCode = code));
      });
      let exitCode: number | undefined;
      const engine = new Engine(new RecordStore(), { name: "test", version: "0" });
      const state = await engine.connect({ target: { transport: "http", url: await url, headers: {} } });
      expect(state.status, state.error?.message).toBe("connected");
      const echoed = asRecord(await engine.callTool("echo", { message: "traced" }));
      expect(JSON.stringify(echoed)).toContain("Echo: traced");
      await engine.request("tools/list", {});
      await engine.close();
      stop.abort();
      await new Promise((r) => setTimeout(r, 50));
      expect(err, `export ${exportOn ? "on" : "off"}`).toContain("3 matched, 0 unmatched");
      expect(exitCode, err).toBe(0);
    }
  }, 60_000);

  it("replay's and the mock's rule and the snapshots' rule leave trace context out the same way", () => {
    const traced = {
      jsonrpc: "2.0",
      id: 3,
      method: "tools/call",
      params: {
        name: "echo",
        _meta: { traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", tracestate: "x=1", baggage: "k=v" },
      },
    };
    const plain = { jsonrpc: "2.0", id: 9, method: "tools/call", params: { name: "echo" } };
    expect(maskVolatile(traced)).toEqual(maskVolatile(plain));
    expect(maskedForSnapshot(traced)).toEqual(maskedForSnapshot(plain));
    // Other _meta stays compared.
    expect(maskVolatile({ _meta: { traceparent: "00-a-b-01", "com.example/x": 1 } })).toEqual({ _meta: { "com.example/x": 1 } });
  });
});
