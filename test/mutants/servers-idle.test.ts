// The corpus's HTTP servers keep an idle connection open past Node's default 5 s, so a client
// whose event loop stalled on a loaded machine does not send its next request on a socket the
// server just closed (undici's "other side closed": a correct server's recording failed so in a
// fresh clone's run; servers/surface.mjs keepIdleConnections).
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { SERVERS } from "./corpus";

const children: ChildProcess[] = [];
afterAll(() => children.forEach((c) => c.kill("SIGKILL")));

async function serve(flavour: string): Promise<string> {
  const child = spawn(process.execPath, [path.join(SERVERS, `${flavour}.mjs`), "--port", "0", "--any-mutant"], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /at (http:\/\/\S+)\/mcp/.exec(out);
      if (m) resolve(`${m[1]}/1/none/mcp`);
    });
    child.once("exit", (code) => reject(new Error(`${flavour} exited ${code}`)));
  });
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
  "%s over HTTP: a connection idle for 6 s is still open, and answers the next request",
  async (flavour) => {
    const url = await serve(flavour);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const first = await get(url, agent);
      await new Promise((r) => setTimeout(r, 6000));
      const second = await get(url, agent);
      expect(second).toEqual({ status: first.status, reused: true });
    } finally {
      agent.destroy();
    }
  },
);
