import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { ToolListChangedNotificationSchema } from "@modelcontextprotocol/sdk/types.js";
import { describe, expect, it } from "vitest";
import { runStdioTap, type RunningStdioTap } from "../../server/tap/run-stdio";
import { FIXTURES } from "../helpers/targets";
import { ByteTransport } from "./scripted-host";

const SERVER = path.join(FIXTURES, "tap-server.mjs");

describe("a restart under the host (stdio)", () => {
  it("a watched file changes: the new process gets the host's initialize, in-flight calls fail, list_changed, the host keeps its connection", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tap-restart-"));
    const tools = path.join(dir, "tools.txt");
    writeFileSync(tools, "");
    const host = { input: new PassThrough(), output: new PassThrough(), log: new PassThrough() };
    const log: string[] = [];
    host.log.on("data", (c: Buffer) => log.push(c.toString()));
    let running!: RunningStdioTap;
    const done = runStdioTap({
      command: process.execPath,
      args: [SERVER],
      env: { ...process.env, TAP_TOOLS_FILE: tools },
      watch: [tools],
      host,
      onStarted: (r) => (running = r),
    });
    await new Promise((r) => setImmediate(r));
    const t = new ByteTransport(host.input, host.output);
    const client = new Client({ name: "claude-ai", version: "0.1.0" }, { capabilities: {} });
    let changed = 0;
    client.setNotificationHandler(ToolListChangedNotificationSchema, () => void changed++);
    await client.connect(t);
    const pid = running.tap.pid;
    expect((await client.listTools()).tools.map((x) => x.name)).not.toContain("fresh");
    const inFlight = client.callTool({ name: "wait", arguments: {} }).then(
      () => "answered",
      (e: Error) => e.message,
    );
    await new Promise((r) => setTimeout(r, 200));
    writeFileSync(tools, "fresh\n");
    expect(await inFlight).toMatch(/server restarted .* before it answered this tools\/call request/);
    await expect.poll(() => changed, { timeout: 15_000 }).toBe(1);
    expect(running.tap.pid).not.toBe(pid);
    expect((await client.listTools()).tools.map((x) => x.name)).toContain("fresh");
    await client.ping();
    // The host saw one initialize answer: the new process's went to the tap.
    expect(
      t
        .bytes()
        .toString()
        .match(/"serverInfo"/g),
    ).toHaveLength(1);
    expect(log.join("")).toMatch(
      /restarted \(pid \d+\): 1 request\(s\) in flight answered with an error, sent notifications\/tools\/list_changed/,
    );
    await t.close();
    expect(await done).toBe(0);
    const notes = running.record.since(0).filter((e) => e.kind === "lifecycle" && e.event === "note");
    expect(notes.map((e) => (e as { text: string }).text).join("\n")).toMatch(/answered the host's initialize/);
  });

  it("nothing changed in the surface: no list_changed is sent", async () => {
    const host = { input: new PassThrough(), output: new PassThrough(), log: new PassThrough() };
    host.log.resume();
    let running!: RunningStdioTap;
    const done = runStdioTap({
      command: process.execPath,
      args: [SERVER],
      env: process.env,
      watch: [],
      host,
      onStarted: (r) => (running = r),
    });
    await new Promise((r) => setImmediate(r));
    const t = new ByteTransport(host.input, host.output);
    const client = new Client({ name: "claude-ai", version: "0.1.0" }, { capabilities: {} });
    await client.connect(t);
    await client.listTools();
    await running.restart("test");
    expect((await client.callTool({ name: "echo", arguments: { text: "still here" } })).content).toEqual([
      { type: "text", text: "still here" },
    ]);
    expect(t.bytes().toString()).not.toContain("list_changed");
    await t.close();
    await done;
  });
});
