import WebSocket from "ws";
import { expect, test } from "vitest";
import { listenInspector } from "../../server/launcher/inspector";
import { createCore } from "../../server/launcher/inspector-core";
import { LAUNCH_PARAM, LAUNCH_PATH, LaunchCodes, launchLink } from "../../server/launcher/launch-code";
import { InspectorClient, type SocketLike } from "../../lib/wire/client";

// Issue 92 (sixth walk): a second tab had to paste the token. The page asks for a fresh one-time
// launch code over its authenticated socket; the new tab spends it as the launcher's link is spent.
test("new-tab-link: a fresh code, good once, the page's path around it", async () => {
  const token = "walk-6-token-".padEnd(40, "x");
  const codes = new LaunchCodes({ token, warn: () => undefined });
  const inspector = await listenInspector({
    port: 0,
    token,
    sandboxPort: false,
    pages: codes.wrap(() => undefined),
    loadCore: async () => createCore({ newTabLink: () => launchLink("", codes.issue()) }),
  });
  try {
    await inspector.ready;
    const ws = new WebSocket(`ws://127.0.0.1:${inspector.port}/ws`, { headers: { Authorization: `Bearer ${token}` } });
    await new Promise<void>((resolve, reject) => ws.once("open", () => resolve()).once("error", reject));
    const client = new InspectorClient(ws as unknown as SocketLike, {
      entries: () => undefined,
      accepted: () => undefined,
      state: () => undefined,
      problem: () => undefined,
    });
    await client.hello(0);
    const { link } = await client.command({ type: "new-tab-link" });
    expect(link).toMatch(new RegExp(`^/\\?r=[^#]+#${LAUNCH_PARAM}=[\\w-]+$`));
    expect(link).not.toContain(token);
    const code = link.split(`#${LAUNCH_PARAM}=`)[1];
    const spend = () => fetch(`${inspector.url}${LAUNCH_PATH}`, { method: "POST", body: code });
    const first = await spend();
    expect(first.status).toBe(200);
    expect(((await first.json()) as { token: string }).token).toBe(token);
    expect((await spend()).status).toBe(403);
    // Each ask is a new code.
    expect((await client.command({ type: "new-tab-link" })).link).not.toBe(link);
    ws.close();
  } finally {
    await inspector.close();
  }
});
