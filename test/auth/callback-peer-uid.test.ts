import type { IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, test } from "vitest";
import { startCallbackServer } from "../../server/auth/callback-server";
import { createInspectorServer } from "../../server/bridge/http-server";
import { socketOwnerUid } from "../../server/bridge/peer-uid";

// Issue 38 item 11: login CSRF by another local user. The login URL (state, PKCE challenge) is in
// the opener's and the browser's argv; another uid logged in as themselves, delivered the code to
// /oauth/callback, and the victim's --cli went on with the attacker's tokens. The callback now
// checks the connection's owner as /launch does.
const OTHER_UID = (process.getuid?.() ?? 0) + 4242;
const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

async function headlessCallback(peerUid?: (req: IncomingMessage) => number | undefined) {
  const queries: string[] = [];
  const cb = await startCallbackServer(undefined, async (q) => void queries.push(q), peerUid);
  cleanups.push(() => cb.close());
  return { url: cb.url, queries };
}

async function pageCallback(peerUid?: (req: IncomingMessage) => number | undefined) {
  const urls: string[] = [];
  const server = createInspectorServer({
    host: "127.0.0.1",
    port: 0,
    token: "t".repeat(64),
    pages: (_req, res) => void res.writeHead(404).end(),
    api: () => false,
    onSocket: () => undefined,
    oauthCallback: async (url) => (urls.push(url.search), { ok: true, message: "" }),
    ...(peerUid ? { peerUid } : {}),
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  cleanups.push(() => server.close());
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/oauth/callback`, queries: urls };
}

describe.each([
  ["the headless callback server (--cli, check)", headlessCallback],
  ["the page's /oauth/callback", pageCallback],
])("%s", (_name, start) => {
  test("a callback from another user's process is refused and never reaches the flow", async () => {
    const { url, queries } = await start(() => OTHER_UID);
    const res = await fetch(`${url}?code=ATTACKER-CODE&state=s`);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(await res.text()).toContain(`another user (uid ${OTHER_UID})`);
    expect(queries).toEqual([]);
  });

  test.skipIf(process.platform !== "linux")("a callback from this user's own process (the OS says so) goes through", async () => {
    const { url, queries } = await start(socketOwnerUid);
    const res = await fetch(`${url}?code=MINE&state=s`);
    expect(res.status).toBe(200);
    expect(queries).toEqual(["?code=MINE&state=s"]);
  });
});
