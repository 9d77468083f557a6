// The official MCP Inspector 2.12.0's web path, driven the way its page drives it: its backend
// (the devDependency's launcher, `--web`) holds the MCP connection; the page POSTs each JSON-RPC
// message to /api/mcp/send and reads the answers from the /api/mcp/events SSE stream. Used by
// figure 1 to put its round trip beside ours in the same run. Loopback only; stopped at the end.
import { existsSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { ROOT, EVERYTHING } from "./env";
import { startUntil, stopGroup } from "./proc";
import { freePort } from "./ports";

const LAUNCHER = path.join(ROOT, "node_modules/@modelcontextprotocol/inspector/clients/launcher/build/index.js");

export interface OfficialWeb {
  call(): Promise<void>;
  close(): Promise<void>;
}

export function officialInstalled(): boolean {
  return existsSync(LAUNCHER);
}

/** Start the official web backend, connect it to the everything server, initialize; undefined when not installed. */
export async function startOfficialWeb(): Promise<OfficialWeb | undefined> {
  if (!officialInstalled()) return undefined;
  const [port, sandbox] = [await freePort(), await freePort()];
  const token = randomBytes(16).toString("hex");
  const run = await startUntil(process.execPath, [LAUNCHER, "--web"], /is up and running/, {
    cwd: ROOT,
    detached: true,
    env: {
      ...process.env,
      CLIENT_PORT: String(port),
      MCP_SANDBOX_PORT: String(sandbox),
      MCP_INSPECTOR_API_TOKEN: token,
      MCP_AUTO_OPEN_ENABLED: "false",
      MCP_INSPECTOR_SECRET_STORE: "memory",
    },
  });
  const base = `http://127.0.0.1:${port}`;
  const headers = { "x-mcp-remote-auth": `Bearer ${token}`, "content-type": "application/json", origin: base };
  const post = async (p: string, body: unknown) => {
    const res = await fetch(base + p, { method: "POST", headers, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`official inspector ${p}: HTTP ${res.status} ${await res.text()}`);
    return (await res.json()) as Record<string, unknown>;
  };
  const { sessionId } = (await post("/api/mcp/connect", {
    config: { type: "stdio", command: process.execPath, args: [EVERYTHING, "stdio"] },
  })) as { sessionId: string };
  // The page's event stream: every message from the server arrives here.
  const events = await fetch(`${base}/api/mcp/events?sessionId=${sessionId}`, { headers });
  const reader = events.body!.pipeThrough(new TextDecoderStream()).getReader();
  const waiting = new Map<number, () => void>();
  let buffer = "";
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += value;
      let cut: number;
      while ((cut = buffer.indexOf("\n\n")) !== -1) {
        const event = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const data = event
          .split("\n")
          .filter((l) => l.startsWith("data:"))
          .map((l) => l.slice(5).trim())
          .join("\n");
        const id = /"id":(\d+)/.exec(data)?.[1];
        if (id !== undefined && /"(result|error)"/.test(data)) waiting.get(Number(id))?.();
      }
    }
  })();
  let nextId = 0;
  const send = async (message: Record<string, unknown>) => {
    const id = message.id as number | undefined;
    const answered = id === undefined ? undefined : new Promise<void>((r) => waiting.set(id, r));
    await post("/api/mcp/send", { sessionId, message });
    if (answered) await answered;
    if (id !== undefined) waiting.delete(id);
  };
  await send({
    jsonrpc: "2.0",
    id: nextId++,
    method: "initialize",
    params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "bench-official", version: "0" } },
  });
  await send({ jsonrpc: "2.0", method: "notifications/initialized" });
  return {
    call: () => send({ jsonrpc: "2.0", id: nextId++, method: "tools/call", params: { name: "echo", arguments: { message: "hello" } } }),
    async close() {
      await reader.cancel().catch(() => undefined);
      await post("/api/mcp/disconnect", { sessionId }).catch(() => undefined);
      await stopGroup(run.child);
    },
  };
}
