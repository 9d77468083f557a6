import type { Server } from "node:http";
/** Listen on loopback; the port it got. Rejects (EADDRINUSE…) when it cannot. */
export declare function listenLoopback(server: Server, port: number, host?: string): Promise<number>;
/**
 * Listen on 127.0.0.1 and on [::1] at one port (issue 75): a host's `localhost` may reach either,
 * and whoever held the other (another local account) would get the host's requests and their
 * Authorization. Rejects (EADDRINUSE) when [::1] at that port is another's; with port 0 it tries
 * other ports first. Where the machine has no [::1] (EADDRNOTAVAIL, EAFNOSUPPORT), 127.0.0.1 alone:
 * then `localhost` cannot reach [::1] either. `make` gives a fresh server each time.
 */
export declare function listenEveryLoopback(make: () => Server, port: number): Promise<{
    port: number;
    servers: Server[];
}>;
