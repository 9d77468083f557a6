import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import type { MockSession } from "./session";

/**
 * Serve one client over stdio: a JSON-RPC message per line in, one per line out (through
 * `write`, so nothing else reaches stdout). Resolves when the input ends or `signal` aborts,
 * after the messages being handled have finished.
 */
export async function serveStdio(
  session: MockSession,
  input: Readable,
  write: (line: string) => void,
  signal?: AbortSignal,
): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  const inFlight = new Set<Promise<void>>();
  const channel = { send: (m: object) => (write(JSON.stringify(m)), true) };
  const stopped = new Promise<void>((resolve) => {
    lines.once("close", resolve);
    if (signal?.aborted) resolve();
    signal?.addEventListener("abort", () => resolve(), { once: true });
  });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    let message: unknown;
    try {
      message = JSON.parse(line);
    } catch {
      write(JSON.stringify({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error: the line is not JSON" } }));
      return;
    }
    // Each message is handled on its own: a request waiting for the client's answer to a played
    // sampling request must not stop that answer from being read.
    const p = session
      .handle(message, channel)
      .catch(
        (e) => void write(JSON.stringify({ jsonrpc: "2.0", id: null, error: { code: -32603, message: `mock: ${(e as Error).message}` } })),
      );
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
  });
  await stopped;
  lines.close();
  session.close();
  await Promise.all(inFlight);
}
