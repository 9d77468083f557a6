import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import { CreateMessageRequestSchema, ElicitRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RecordStore } from "../../server/record/store";
import { startHttpTap } from "../../server/tap/http-tap";
import { runHttpTap, type RunningHttpTapRun } from "../../server/tap/run-http";
import { TapRecorder } from "../../server/tap/recorder";
import { stdioToHttp } from "../../server/tap/stdio-to-http";
import type { MessageEntry } from "../../lib/record/format";
import { FIXTURES } from "../helpers/targets";
import { ByteTransport, runHostSession } from "./scripted-host";

const TOKEN = "tap-test-token-0123456789";
let server: ChildProcess;
let serverUrl: string;

beforeAll(async () => {
  server = spawn(process.execPath, [path.join(FIXTURES, "tap-server.mjs"), "http", "0"], {
    env: { ...process.env, TAP_TOKEN: TOKEN },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const port = await new Promise<string>((resolve) =>
    server.stderr!.on("data", (c: Buffer) => /listening (\d+)/.test(String(c)) && resolve(/listening (\d+)/.exec(String(c))![1])),
  );
  serverUrl = `http://127.0.0.1:${port}/mcp`;
});
afterAll(() => void server.kill());

/** The scripted host over Streamable HTTP: what it says and every message it receives, in order. */
async function httpHost(url: string, token?: string) {
  const received: JSONRPCMessage[] = [];
  const transport = new StreamableHTTPClientTransport(
    new URL(url),
    token ? { requestInit: { headers: { authorization: `Bearer ${token}` } } } : {},
  );
  const client = new Client({ name: "claude-ai", version: "0.1.0" }, { capabilities: { sampling: {}, elicitation: {} } });
  client.setRequestHandler(CreateMessageRequestSchema, async () => ({
    role: "assistant",
    content: { type: "text", text: "4" },
    model: "scripted",
  }));
  client.setRequestHandler(ElicitRequestSchema, async () => ({ action: "accept", content: { name: "Ada" } }));
  await client.connect(transport);
  const onmessage = transport.onmessage!;
  transport.onmessage = (m) => {
    received.push(m);
    onmessage(m);
  };
  const said: string[] = [];
  said.push((await client.listTools()).tools.map((x) => x.name).join(","));
  said.push(
    JSON.stringify((await client.callTool({ name: "count", arguments: { n: 3 } }, undefined, { onprogress: () => undefined })).content),
  );
  await client.ping();
  said.push(JSON.stringify((await client.callTool({ name: "ask-model", arguments: {} })).content));
  said.push(JSON.stringify((await client.callTool({ name: "ask-person", arguments: {} })).content));
  await client.close();
  return { said, received };
}

describe("inspector tap over Streamable HTTP", () => {
  it("--listen: the host receives the same messages as directly; headers and SSE pass; the token stays out of the record", async () => {
    const direct = await httpHost(serverUrl, TOKEN);
    const record = new RecordStore();
    const recorder = new TapRecorder(record);
    const tap = await startHttpTap({ url: serverUrl, port: 0, bearer: TOKEN, recorder });
    try {
      const through = await httpHost(tap.url);
      expect(through.said).toEqual(direct.said);
      expect(through.received).toEqual(direct.received);
      expect(direct.said[2]).toBe('[{"type":"text","text":"model said 4"}]');
      recorder.flush();
      const entries = record.since(0);
      const msgs = entries.filter((e): e is MessageEntry => e.kind === "message");
      expect(msgs.some((m) => m.dir === "client->server" && (m.message as { method?: string }).method === "initialize")).toBe(true);
      const sampling = msgs.find((m) => (m.message as { method?: string }).method === "sampling/createMessage")!;
      expect(sampling.http?.contentType).toContain("text/event-stream");
      expect(msgs.some((m) => m.dir === "client->server" && m.pair?.seq === sampling.seq)).toBe(true);
      expect(msgs.some((m) => m.http?.sessionId !== undefined)).toBe(true);
      expect(JSON.stringify(entries)).not.toContain(TOKEN);
    } finally {
      await tap.close();
    }
  });

  it("the tap refuses a Host that is not loopback (DNS rebinding)", async () => {
    const tap = await startHttpTap({ url: serverUrl, port: 0, recorder: new TapRecorder(new RecordStore()) });
    try {
      const port = new URL(tap.url).port;
      const { request } = await import("node:http");
      const status = await new Promise<number>((resolve) => {
        const req = request({ host: "127.0.0.1", port, path: "/mcp", method: "POST", headers: { host: `evil.example:${port}` } }, (res) =>
          resolve(res.statusCode!),
        );
        req.end("{}");
      });
      expect(status).toBe(403);
    } finally {
      await tap.close();
    }
  });

  it("without --listen: stdio to the host, Streamable HTTP to the server (as mcp-remote), the same session", async () => {
    const host = { input: new PassThrough(), output: new PassThrough(), log: new PassThrough() };
    host.log.resume();
    const record = new RecordStore();
    const recorder = new TapRecorder(record);
    const done = stdioToHttp({ url: serverUrl, bearer: TOKEN, host, recorder });
    const t = new ByteTransport(host.input, host.output);
    const said = await runHostSession(t);
    await t.close();
    expect(await done).toBe(0);
    expect(said.slice(0, 2)).toEqual(["echo,count,wait,ask-model,ask-person", "greet"]);
    expect(said.slice(4)).toEqual([
      '[{"type":"text","text":"model said 4"}]',
      '[{"type":"text","text":"accept: Ada"}]',
      '[{"type":"text","text":"after the bad line"}]',
    ]);
    expect(
      t
        .bytes()
        .toString()
        .match(/"method":"notifications\/progress"/g),
    ).toHaveLength(3);
    expect(JSON.stringify(record.since(0))).not.toContain(TOKEN);
  });
});

describe("the HTTP tap keeps its session as it happens (issue 71)", () => {
  it("--save-session: the journal holds each exchange while the tap runs; the session file replaces it at the end", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "http-journal-"));
    const file = path.join(dir, "s.json");
    let running!: RunningHttpTapRun;
    const done = runHttpTap({
      url: serverUrl,
      listen: 0,
      bearer: TOKEN,
      saveSession: file,
      env: {},
      say: () => undefined,
      onStarted: (r) => (running = r),
    });
    await expect.poll(() => running?.url).toBeTruthy();
    const client = new Client({ name: "h", version: "1" }, { capabilities: {} });
    await client.connect(new StreamableHTTPClientTransport(new URL(running.url)));
    await client.listTools();
    const journal = `${file}.journal`;
    await expect.poll(() => existsSync(journal) && readFileSync(journal, "utf8").includes('"method":"tools/list"')).toBe(true);
    expect(readFileSync(journal, "utf8")).not.toContain(TOKEN);
    await client.close();
    running.stop();
    expect(await done).toBe(0);
    expect(existsSync(journal)).toBe(false);
    expect(readFileSync(file, "utf8")).toContain("tools/list");
  });
});
