// Figure 1's floor for the backend's CPU (issue 74): the least a backend between a page socket and a
// stdio server can do per call, with nothing of ours in it (no record, lint, pairing table,
// schemas). A `ws` server on loopback; `{"id","call":true}` is forwarded to the target as a
// tools/call echo line and answered with the target's response; `{"id"}` alone is answered at once
// (the hop). Started by bench/profile-drivers.ts `cpu1`, which prints the same JSON line as
// bench/backend.ts: { port, token, pid }.
import { spawn } from "node:child_process";
import { WebSocketServer } from "ws";

const [target, ...args] = process.argv.slice(2);
const child = spawn(target, args, { stdio: ["pipe", "pipe", "ignore"] });
const waiting = new Map();
let nextId = 1;
let buffered = "";
child.stdout.setEncoding("utf8");
child.stdout.on("data", (chunk) => {
  const lines = (buffered + chunk).split("\n");
  buffered = lines.pop();
  for (const line of lines) {
    const msg = JSON.parse(line);
    const reply = waiting.get(msg.id);
    if (!reply) continue;
    waiting.delete(msg.id);
    reply(msg.result);
  }
});
const ask = (method, params) =>
  new Promise((resolve) => {
    const id = nextId++;
    waiting.set(id, resolve);
    child.stdin.write(JSON.stringify({ jsonrpc: "2.0", id, method, params }) + "\n");
  });
await ask("initialize", { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "bare", version: "0" } });
child.stdin.write('{"jsonrpc":"2.0","method":"notifications/initialized"}\n');

const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
wss.on("connection", (ws) =>
  ws.on("message", async (data) => {
    const cmd = JSON.parse(data.toString());
    const result = cmd.call ? await ask("tools/call", { name: "echo", arguments: { message: "hello" } }) : null;
    ws.send(JSON.stringify({ type: "reply", id: cmd.id, ok: true, result }));
  }),
);
await new Promise((r) => wss.once("listening", r));
process.stdout.write(JSON.stringify({ port: wss.address().port, token: "", pid: process.pid }) + "\n");
process.once("SIGTERM", () => {
  child.kill();
  process.exit(0);
});
