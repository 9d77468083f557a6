import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

/** Listen on loopback; the port it got. Rejects (EADDRINUSE…) when it cannot. */
export function listenLoopback(server: Server, port: number, host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Tries for a free port on both addresses before --listen 0 gives up (the other address's port taken each time). */
const BOTH_TRIES = 5;

/**
 * Listen on 127.0.0.1 and on [::1] at one port (issue 75): a host's `localhost` may reach either,
 * and whoever held the other (another local account) would get the host's requests and their
 * Authorization. Rejects (EADDRINUSE) when [::1] at that port is another's; with port 0 it tries
 * other ports first. Where the machine has no [::1] (EADDRNOTAVAIL, EAFNOSUPPORT), 127.0.0.1 alone:
 * then `localhost` cannot reach [::1] either. `make` gives a fresh server each time.
 */
export async function listenEveryLoopback(make: () => Server, port: number): Promise<{ port: number; servers: Server[] }> {
  for (let attempt = 1; ; attempt++) {
    const v4 = make();
    const got = await listenLoopback(v4, port);
    const v6 = make();
    try {
      await listenLoopback(v6, got, "::1");
      return { port: got, servers: [v4, v6] };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EADDRNOTAVAIL" || code === "EAFNOSUPPORT") return { port: got, servers: [v4] };
      await new Promise((r) => v4.close(r));
      if (code !== "EADDRINUSE" || port !== 0 || attempt >= BOTH_TRIES)
        throw Object.assign(new Error(`[::1]:${got} is held by another process (\`localhost\` may reach it): ${(e as Error).message}`), {
          code,
        });
    }
  }
}
