import { createServer, type Server } from "node:net";
import { expect, startInspector, test } from "./inspector";

// Issue 75, break 1, in a real browser: the inspector leaves, another process takes its port,
// and the open page reconnects. It asks the port to prove it holds the page's token first; the
// squatter cannot, and gets no token (not in a socket's URL, not in a header): the page says it
// has no access instead. (test/tap/hub-doors.test.ts runs the squatter as another account.)
test("a page whose inspector left sends its token to no process that took the port after it", async ({ page }) => {
  const inspector = await startInspector([]);
  const port = Number(new URL(inspector.origin).port);
  await page.goto(inspector.url);
  await expect(page.getByTestId("session-status")).toHaveText("Not connected");

  await inspector.stop();
  let seen = "";
  const body = JSON.stringify({ proof: "0".repeat(64), port });
  const squatter: Server = createServer((s) => {
    s.on("error", () => undefined);
    s.on("data", (d) => {
      seen += d.toString("latin1");
      s.end(`HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n${body}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    squatter.once("error", reject);
    squatter.listen(port, "127.0.0.1", () => resolve());
  });
  try {
    await expect(page.getByTestId("no-access")).toBeVisible({ timeout: 20_000 });
    expect(seen).toMatch(/GET \/api\/proof\?nonce=[0-9a-f]{64}/);
    expect(seen).not.toContain(inspector.token);
    expect(seen).not.toMatch(/GET \/ws/);
  } finally {
    await new Promise((r) => squatter.close(r));
  }
});
