import { execFile } from "node:child_process";
import { afterEach, describe, expect, test } from "vitest";
import { callbackServers } from "./callback-servers";

// Issue 38 item 11, end to end: callback-peer-uid.test.ts hands the servers a uid reader; here a
// real process of another user (uid 65534, "nobody") delivers the code, so the default reader
// (/proc/net/tcp) is what refuses it. A reader that never found the owner would pass the
// same-user test there and fail here. Needs root to start a process as another user.
const NOBODY = 65534;
const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

/** GETs `url` from a process running as uid `uid`; resolves with its status and body. */
function fetchAs(uid: number, url: string): Promise<{ status: number; body: string }> {
  const script =
    "fetch(process.argv[1]).then(async (r) => process.stdout.write(JSON.stringify({ status: r.status, body: await r.text() })))";
  return new Promise((resolve, reject) =>
    execFile(process.execPath, ["-e", script, url], { uid, gid: uid, cwd: "/", env: {}, timeout: 20_000 }, (err, stdout, stderr) =>
      err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(JSON.parse(stdout) as { status: number; body: string }),
    ),
  );
}

const { headlessCallback, pageCallback } = callbackServers(cleanups);

describe.skipIf(process.platform !== "linux" || process.getuid?.() !== 0).each([
  ["the headless callback server (--cli, check)", headlessCallback],
  ["the page's /oauth/callback", pageCallback],
])("%s, reading the connection's owner from the OS", (_name, start) => {
  test("a code delivered by another user's process is refused and never reaches the flow", async () => {
    const { url, queries } = await start();
    const res = await fetchAs(NOBODY, `${url}?code=ATTACKER-CODE&state=s`);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.body).toContain(`another user (uid ${NOBODY})`);
    expect(queries).toEqual([]);
  });

  test("the same code from this user's process goes through", async () => {
    const { url, queries } = await start();
    const res = await fetchAs(0, `${url}?code=MINE&state=s`);
    expect(res.status).toBe(200);
    expect(queries).toEqual(["?code=MINE&state=s"]);
  });
});
