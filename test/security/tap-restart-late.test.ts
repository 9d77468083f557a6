// Seventh red-team (issue 62): a restarted server that answers the tap's own list request after
// the tap stopped waiting for it.
import path from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { runStdioTap, type RunningStdioTap } from "../../server/tap/run-stdio";
import { FIXTURES } from "../helpers/targets";

describe("red-team 7: a late answer to the tap's own request", () => {
  // Once the restart's gate was released, an answer to the tap's own request that came after the
  // gate's 10 s went to the host: a response to an id it never sent ("mcp-inspector-harness-tap:1").
  // The gate now takes late answers to its own ids for a minute after the release.
  it("never reaches the host", async () => {
    const host = { input: new PassThrough(), output: new PassThrough(), log: new PassThrough() };
    let out = "";
    host.output.on("data", (c: Buffer) => (out += c));
    host.log.resume();
    let running!: RunningStdioTap;
    const done = runStdioTap({
      command: process.execPath,
      args: [path.join(FIXTURES, "late-lists.mjs")],
      env: { PATH: process.env.PATH ?? "" },
      watch: [],
      host,
      onStarted: (r) => (running = r),
    });
    const until = async (f: () => boolean) => {
      for (let i = 0; i < 400 && !f(); i++) await new Promise((r) => setTimeout(r, 25));
    };
    host.input.write(
      '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"h","version":"1"}}}\n',
    );
    await until(() => out.includes('"id":1'));
    host.input.write('{"jsonrpc":"2.0","method":"notifications/initialized"}\n{"jsonrpc":"2.0","id":2,"method":"tools/list"}\n');
    await until(() => out.includes('"id":2'));
    await running.restart("red-team 7");
    // The gate gave up on tools/list at 10 s; the answer comes at 11 s.
    await new Promise((r) => setTimeout(r, 2000));
    host.input.end();
    await done;
    expect(out).not.toContain("mcp-inspector-harness-tap:");
  }, 30_000);
});
