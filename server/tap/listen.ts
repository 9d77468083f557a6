import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

/** Listen on loopback; the port it got. Rejects (EADDRINUSE…) when it cannot. */
export function listenLoopback(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
