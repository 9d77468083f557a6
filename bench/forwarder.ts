// Figure 1's floors for the backend's CPU: bench/bare-forwarder.mjs (issue 74: a ws server that
// forwards an echo call over a pipe, nothing of ours) or bench/sdk-forwarder.mjs (issue 93: the same
// with the official SDK's client in place of the pipe), in its own process, driven over a bare socket.
import path from "node:path";
import WebSocket from "ws";
import { EVERYTHING, ROOT } from "./env";
import { startUntil, stop } from "./proc";

export interface BareForwarder {
  pid: number;
  /** One tools/call echo through it to the everything server. */
  call(): Promise<void>;
  /** A message it answers itself: its socket hop alone. */
  hop(): Promise<void>;
  close(): Promise<void>;
}

/** The bare forwarder, or with `script` another that takes the same arguments (its own `flags` first). */
export async function startBareForwarder(
  script = path.join(ROOT, "bench/bare-forwarder.mjs"),
  flags: string[] = [],
): Promise<BareForwarder> {
  const { child, match } = await startUntil(process.execPath, [script, ...flags, process.execPath, EVERYTHING, "stdio"], /^(\{.*\})\n/m);
  const info = JSON.parse(match[1]) as { port: number; pid: number };
  const ws = new WebSocket(`ws://127.0.0.1:${info.port}`);
  await new Promise((resolve, reject) => {
    ws.once("open", resolve);
    ws.once("error", reject);
  });
  const waiting = new Map<number, () => void>();
  ws.on("message", (d) => {
    const { id } = JSON.parse(d.toString()) as { id: number };
    waiting.get(id)?.();
    waiting.delete(id);
  });
  let n = 0;
  const ask = (call: boolean) =>
    new Promise<void>((resolve) => {
      const id = n++;
      waiting.set(id, resolve);
      ws.send(JSON.stringify(call ? { id, call } : { id }));
    });
  return {
    pid: info.pid,
    call: () => ask(true),
    hop: () => ask(false),
    async close() {
      ws.close();
      await stop(child);
    },
  };
}
