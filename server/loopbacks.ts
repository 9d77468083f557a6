import net from "node:net";

/** Tries for a port free on both loopbacks before port 0 gives up (the other address's port taken each time). */
const BOTH_TRIES = 5;

const listenOn = (server: net.Server, port: number, host: string) =>
  new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve((server.address() as net.AddressInfo).port);
    });
  });

/** The loopback address beside `host`, or undefined when `host` is no loopback the rule is for (`--host 0.0.0.0`, a name). */
function otherLoopback(host: string): string | undefined {
  if (host === "127.0.0.1") return "::1";
  if (host === "::1") return "127.0.0.1";
  return undefined;
}

/**
 * Listen on `host` (127.0.0.1 by default) and hold the other loopback at the same port (issue 88):
 * a browser asked for `localhost` tries `[::1]` first, so whoever held `[::1]` at the page's, the
 * sandbox's, the agent's or the OAuth callback's port (another local account, before the start or
 * after) would be served the person's page, frame or login. Connections to the other address go to
 * the same server (its handlers answer both); it closes with the server. When `[::1]` at the port
 * is another's, the start is refused (EADDRINUSE, in words naming it); with port 0, other ports
 * are tried first. Where the machine has no such address (EADDRNOTAVAIL, EAFNOSUPPORT), no name
 * reaches it either, and `host` alone is held. Resolves to the port.
 */
export async function listenBothLoopbacks(server: net.Server, port: number, host = "127.0.0.1"): Promise<number> {
  const other = otherLoopback(host);
  for (let attempt = 1; ; attempt++) {
    const got = await listenOn(server, port, host);
    if (!other) return got;
    const guard = net.createServer({ pauseOnConnect: false }, (socket) => server.emit("connection", socket));
    try {
      await listenOn(guard, got, other);
      server.once("close", () => guard.close());
      return got;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EADDRNOTAVAIL" || code === "EAFNOSUPPORT") return got;
      await new Promise((r) => server.close(r));
      if (code !== "EADDRINUSE" || port !== 0 || attempt >= BOTH_TRIES) {
        const shown = other.includes(":") ? `[${other}]` : other;
        throw Object.assign(
          new Error(`${shown}:${got} is held by another process (\`localhost\` may reach it there): ${(e as Error).message}`),
          { code },
        );
      }
    }
  }
}
