import net from "node:net";
import { afterEach, describe, expect, test } from "vitest";
import { ephemeralLow, freePort, portBand } from "./free-port";
import { startEverythingHttp } from "./http-everything";

const held: net.Server[] = [];
const sockets: net.Socket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  await Promise.all(held.splice(0).map((s) => new Promise((r) => s.close(r))));
});

function hold(port: number, host: string): Promise<void> {
  const s = net.createServer();
  held.push(s);
  return new Promise((resolve, reject) => {
    s.once("error", reject);
    s.listen(port, host, () => resolve());
  });
}

/** A loopback connection's own end: its local port is an ephemeral one, taken as a released port would be. */
async function outgoingLocalPort(): Promise<number> {
  const server = net.createServer();
  held.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const c = net.connect((server.address() as net.AddressInfo).port, "127.0.0.1");
  sockets.push(c);
  await new Promise((r) => c.once("connect", r));
  return c.localPort!;
}

describe("freePort, for a process a test starts on a port", () => {
  test("a port below the ephemeral range, another at the next call, and a server binds each on every address", async () => {
    const [a, b] = [await freePort(), await freePort()];
    expect(a).not.toBe(b);
    for (const port of [a, b]) {
      expect(port).toBeLessThan(ephemeralLow());
      await hold(port, "::");
    }
  });

  test("passes over a port held on 127.0.0.1 alone and one held on [::1] alone", async () => {
    const band = portBand()!;
    const next = (p: number) => band.start + ((p - band.start + 1) % band.size);
    const first = await freePort();
    await hold(next(first), "127.0.0.1");
    await hold(next(next(first)), "::1");
    expect(await freePort()).toBe(next(next(next(first))));
  });
});

describe("startEverythingHttp", () => {
  test("a port an outgoing connection holds: it fails with the bind's error, where the server's own line says it runs", async () => {
    const taken = await outgoingLocalPort();
    await expect(startEverythingHttp("sse", taken)).rejects.toThrow(new RegExp(`everything sse could not listen on ${taken}: EADDRINUSE`));
  });
});
