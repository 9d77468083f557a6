import type { ChildProcess } from "node:child_process";
import { afterEach, describe, expect, test } from "vitest";
import type { SessionState } from "../lib/session/state";
import { engineFactory } from "./helpers/engine";
import { FakeClock } from "./helpers/fake-clock";
import { startEverythingHttp } from "./helpers/http-everything";
import { freePort, waitFor } from "./helpers/targets";

const { newEngine } = engineFactory();
let servers: ChildProcess[] = [];
afterEach(() => {
  for (const s of servers) s.kill("SIGKILL");
  servers = [];
});

/** The everything server over Streamable HTTP on `port` (the same port again after a restart). */
async function everythingOn(port: number): Promise<ChildProcess> {
  const server = await startEverythingHttp("streamableHttp", port);
  servers.push(server.child);
  return server.child;
}

describe("an HTTP server that dies and comes back", () => {
  test("the state says so at once (reconnecting, why, the next attempt), and the engine reconnects by itself with a new session", async () => {
    const port = await freePort();
    const first = await everythingOn(port);
    const { engine, rec } = newEngine();
    const url = `http://127.0.0.1:${port}/mcp`;
    expect((await engine.connect({ target: { transport: "http", url } })).status).toBe("connected");
    const states: SessionState[] = [];
    engine.onState((s) => states.push(s));

    first.kill("SIGKILL");
    // The next call finds it gone; the engine checks and gives the connection up.
    await expect(engine.request("tools/list", undefined)).rejects.toThrow();
    const lost = await waitFor(() => states.find((s) => s.status === "reconnecting"), 10_000, "reconnecting");
    expect(lost.error).toMatchObject({ kind: "connection-refused", message: expect.stringContaining(`the server at ${url}`) });
    expect(lost.retry).toMatchObject({ attempt: 1, at: expect.any(Number) });
    expect(rec.since(0).some((e) => e.kind === "lifecycle" && e.event === "disconnected" && /reconnecting by itself/.test(e.text))).toBe(
      true,
    );

    await everythingOn(port);
    await waitFor(() => engine.getState().status === "connected", 20_000, "connected again");
    expect(engine.getState().retry).toBeUndefined();
    expect(
      rec
        .since(0)
        .some(
          (e) =>
            e.kind === "lifecycle" &&
            e.event === "note" &&
            /^reconnected after \d+ attempts?: a new session \(Mcp-Session-Id /.test(e.text),
        ),
    ).toBe(true);
    expect(((await engine.request("tools/list", undefined)).result as { tools: unknown[] }).tools.length).toBeGreaterThan(5);
  }, 60_000);

  test("Disconnect while reconnecting stops the attempts (the waits on a fake clock)", async () => {
    const port = await freePort();
    const first = await everythingOn(port);
    const clock = new FakeClock();
    const { engine, rec } = newEngine({ clock });
    await engine.connect({ target: { transport: "http", url: `http://127.0.0.1:${port}/mcp` } });
    first.kill("SIGKILL");
    await engine.request("tools/list", undefined).catch(() => undefined);
    await waitFor(() => engine.getState().status === "reconnecting", 10_000, "reconnecting");
    await engine.disconnect();
    expect(engine.getState().status).toBe("disconnected");
    const seen = rec.lastSeq;
    await everythingOn(port);
    await clock.advance(10 * 60_000);
    expect(engine.getState().status).toBe("disconnected");
    expect(rec.since(seen).filter((e) => e.kind === "lifecycle" && e.event === "connecting")).toEqual([]);
  }, 30_000);
});
