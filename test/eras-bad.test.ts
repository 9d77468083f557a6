import type { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import { describe, expect, test } from "vitest";
import { lintRecord } from "../lib/lint";
import { engineFactory } from "./helpers/engine";
import { memoryTarget } from "./helpers/memory-target";

const { newEngine } = engineFactory();

/** A peer that refuses initialize for its version and answers everything else with `answer(method)`. */
function modernPeer(answer: (method: string, id: unknown) => Record<string, unknown>) {
  return {
    async connect(t: InMemoryTransport) {
      t.onmessage = (m) => {
        const msg = m as { id?: unknown; method?: string };
        if (msg.id === undefined) return;
        if (msg.method === "initialize")
          return void t.send({
            jsonrpc: "2.0",
            id: msg.id,
            error: { code: -32022, message: "Unsupported protocol version", data: { supported: ["2026-07-28"] } },
          } as JSONRPCMessage);
        void t.send({ jsonrpc: "2.0", id: msg.id, ...answer(msg.method!, msg.id) } as JSONRPCMessage);
      };
      await t.start();
    },
  };
}

const target = { transport: "stdio" as const, command: "in-memory" };
const discover = {
  result: {
    resultType: "complete",
    supportedVersions: ["2026-07-28"],
    capabilities: { tools: {} },
    _meta: { "io.modelcontextprotocol/serverInfo": { name: "p", version: "1" } },
  },
};

describe("servers that get the 2026-07-28 era wrong", () => {
  test("a discover answer without supportedVersions: a connect error that says what was wrong; the frames are kept", async () => {
    const { engine, rec } = newEngine({ transports: memoryTarget(() => modernPeer(() => ({ result: { capabilities: {} } }))) });
    const state = await engine.connect({ target, timeouts: { initializeMs: 3000 } });
    expect(state.status).toBe("failed");
    expect(state.error?.message).toMatch(/does not speak the 2026-07-28 era: its server\/discover answer has no supportedVersions list/);
    expect(rec.since(0).some((e) => e.kind === "message" && e.pair?.method === "server/discover")).toBe(true);
  });

  test("results without resultType, or with an unknown one: delivered as sent, and each a lint finding naming it", async () => {
    let n = 0;
    const { engine, rec } = newEngine({
      transports: memoryTarget(() =>
        modernPeer((method) =>
          method === "server/discover" ? discover : { result: ++n === 1 ? { tools: [] } : { resultType: "partial", tools: [] } },
        ),
      ),
    });
    expect((await engine.connect({ target })).negotiated?.era).toBe("modern");
    expect((await engine.request("tools/list", undefined)).result).toEqual({ tools: [] });
    expect((await engine.request("tools/list", undefined)).result).toEqual({ resultType: "partial", tools: [] });
    const findings = lintRecord(rec.since(0)).filter((f) => f.rule === "modern/result-type");
    expect(findings).toHaveLength(2);
    expect(findings.map((f) => f.message).join("\n")).toMatch(/partial/);
  });
});
