import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import { CreateMessageRequestSchema, ElicitRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import type { Readable, Writable } from "node:stream";

/**
 * A host's side of a stdio connection as bytes: what it writes goes to `input` (the server's or
 * the tap's stdin), every byte it receives is kept as it came. Lines are split on "\n" only, as a
 * host's reader does; a "\r" before it stays in the received bytes (JSON.parse ignores it).
 */
export class ByteTransport implements Transport {
  onmessage?: (m: JSONRPCMessage) => void;
  onclose?: () => void;
  onerror?: (e: Error) => void;
  readonly received: Buffer[] = [];
  private partial = "";

  constructor(
    private readonly input: Writable,
    private readonly output: Readable,
  ) {}

  async start(): Promise<void> {
    this.output.on("data", (c: Buffer) => {
      this.received.push(Buffer.from(c));
      const text = this.partial + c.toString("utf8");
      const lines = text.split("\n");
      this.partial = lines.pop()!;
      for (const line of lines) if (line.trim()) this.onmessage?.(JSON.parse(line) as JSONRPCMessage);
    });
    this.output.on("end", () => this.onclose?.());
  }
  async send(m: JSONRPCMessage): Promise<void> {
    this.input.write(JSON.stringify(m) + "\n");
  }
  /** Bytes no SDK would send: a host with a bug. */
  sendRaw(text: string): void {
    this.input.write(text);
  }
  async close(): Promise<void> {
    this.input.end();
  }
  bytes(): Buffer {
    return Buffer.concat(this.received);
  }
}

/**
 * A scripted host that behaves as Claude Desktop does: its clientInfo, sampling and elicitation
 * offered and answered, then one fixed session: initialize, the lists, calls with progress, a call
 * it cancels, ping, a sampling and an elicitation request it answers, and a malformed line.
 */
export async function runHostSession(t: ByteTransport): Promise<string[]> {
  const client = new Client({ name: "claude-ai", version: "0.1.0" }, { capabilities: { sampling: {}, elicitation: {} } });
  client.setRequestHandler(CreateMessageRequestSchema, async () => ({
    role: "assistant",
    content: { type: "text", text: "4" },
    model: "scripted",
  }));
  client.setRequestHandler(ElicitRequestSchema, async () => ({ action: "accept", content: { name: "Ada" } }));
  const said: string[] = [];
  await client.connect(t);
  said.push((await client.listTools()).tools.map((x) => x.name).join(","));
  said.push((await client.listPrompts()).prompts.map((x) => x.name).join(","));
  // onprogress asks for progress (a token); the notifications themselves are checked in the bytes
  // received (the SDK drops those a chunk delivers together with the response).
  const counted = await client.callTool({ name: "count", arguments: { n: 3 } }, undefined, { onprogress: () => undefined });
  said.push(JSON.stringify(counted.content));
  const abort = new AbortController();
  const waiting = client
    .callTool({ name: "wait", arguments: {} }, undefined, { signal: abort.signal })
    .catch((e: Error) => `cancelled: ${e.message}`);
  await new Promise((r) => setTimeout(r, 100));
  abort.abort("the host gave up");
  said.push(String(await waiting));
  await client.ping();
  said.push(JSON.stringify((await client.callTool({ name: "ask-model", arguments: {} })).content));
  said.push(JSON.stringify((await client.callTool({ name: "ask-person", arguments: {} })).content));
  t.sendRaw("{this is not json\n");
  said.push(JSON.stringify((await client.callTool({ name: "echo", arguments: { text: "after the bad line" } })).content));
  return said;
}
