// The corpus's HTTP servers keep an idle connection open past Node's default 5 s, so a client
// whose event loop stalled on a loaded machine does not send its next request on a socket the
// server just closed (undici's "other side closed": a correct server's recording failed so in a
// fresh clone's run; servers/surface.mjs keepIdleConnections).
import type { ChildProcess } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { SERVERS } from "./corpus";
import { listening, stopChild } from "./harness";

const children: ChildProcess[] = [];
afterAll(() => children.forEach(stopChild));

/** The flavour's server of every mutant, as the corpus's files start it; the URL of its correct one. */
async function serve(flavour: string): Promise<string> {
  const { child, url } = await listening(flavour, [path.join(SERVERS, `${flavour}.mjs`), "--port", "0", "--any-mutant"]);
  children.push(child);
  return url.replace(/\/mcp$/, "/1/none/mcp");
}

/** A GET on one kept-alive socket: its status, and whether the socket was one used before. */
function get(url: string, agent: http.Agent): Promise<{ status: number; reused: boolean }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent }, (res) => {
      res.resume().on("end", () => resolve({ status: res.statusCode!, reused: req.reusedSocket }));
    });
    req.once("error", reject);
  });
}

test.concurrent.each(["v1", "v2"])(
  "%s over HTTP: a connection idle for 8 s is still open, and answers the next request",
  async (flavour) => {
    const url = await serve(flavour);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const first = await get(url, agent);
      // Past Node's default close, which comes 5-6 s after the last answer (its idle check runs
      // lazily): at 6 s the old server sometimes still held the socket, and the test passed without the fix.
      await new Promise((r) => setTimeout(r, 8000));
      const second = await get(url, agent);
      expect(second).toEqual({ status: first.status, reused: true });
    } finally {
      agent.destroy();
    }
  },
);
