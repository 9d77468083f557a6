import type { IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { startCallbackServer } from "../../server/auth/callback-server";
import { createInspectorServer } from "../../server/bridge/http-server";

/** Reads a connection's owner; absent, the servers ask the OS (/proc/net/tcp). */
export type PeerUid = (req: IncomingMessage) => number | undefined;
/** A running login callback: where to deliver the code, and the queries that reached the flow. */
export type Callback = { url: string; queries: string[] };

/** The two servers that take an OAuth login's code, started for a test; `cleanups` closes them. */
export function callbackServers(cleanups: Array<() => void>) {
  /** The headless callback server (--cli, check). */
  async function headlessCallback(peerUid?: PeerUid): Promise<Callback> {
    const queries: string[] = [];
    const cb = await startCallbackServer(undefined, async (q) => void queries.push(q), peerUid);
    cleanups.push(() => cb.close());
    return { url: cb.url, queries };
  }

  /** The page's /oauth/callback on the inspector's own HTTP server. */
  async function pageCallback(peerUid?: PeerUid): Promise<Callback> {
    const queries: string[] = [];
    const server = createInspectorServer({
      host: "127.0.0.1",
      port: 0,
      token: "t".repeat(64),
      pages: (_req, res) => void res.writeHead(404).end(),
      api: () => false,
      onSocket: () => undefined,
      oauthCallback: async (url) => (queries.push(url.search), { ok: true, message: "" }),
      ...(peerUid ? { peerUid } : {}),
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    cleanups.push(() => server.close());
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/oauth/callback`, queries };
  }

  return { headlessCallback, pageCallback };
}
