import { afterEach, describe, expect, test } from "vitest";
import { callbackServers } from "./callback-servers";
import { socketOwnerUid } from "../../server/peer-uid";

// Issue 38 item 11: login CSRF by another local user. The login URL (state, PKCE challenge) is in
// the opener's and the browser's argv; another uid logged in as themselves, delivered the code to
// /oauth/callback, and the victim's --cli went on with the attacker's tokens. The callback now
// checks the connection's owner as /launch does.
const OTHER_UID = (process.getuid?.() ?? 0) + 4242;
const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const { headlessCallback, pageCallback } = callbackServers(cleanups);

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
