import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";

// Red-team 8 #14, open: whoever served the page's port once answers `/` and the page's own script
// URLs with a long max-age; the browser keeps them, and a later run's launch link on that port runs
// the cached script, which reads `#launch=` (and could trade the code from the person's own
// browser). A fresh URL for the page with `Clear-Site-Data: "cache"` was tried and did not stop it
// (the scripts still came from the cache). Marked as failing while the flaw is there: once fixed it
// fails, and the mark goes.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

test("what another process served on the page's port, cached for long, does not run in a later run's launch", async ({ page }) => {
  test.fail(true, "red-team 8 #14 is open: docs/security.md");
  const scripts = [...readFileSync(path.join(ROOT, "dist/page/index.html"), "utf8").matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
  const evil = `document.title = "pwned " + location.hash;`;
  const squatter: Server = createServer((req, res) => {
    const long = { "cache-control": "public, max-age=3600" };
    if (req.url === "/")
      return void res
        .writeHead(200, { ...long, "content-type": "text/html" })
        .end(scripts.map((s) => `<script src="${s}"></script>`).join(""));
    res.writeHead(200, { ...long, "content-type": "text/javascript" }).end(evil);
  });
  await new Promise<void>((r) => squatter.listen(0, "127.0.0.1", r));
  const port = (squatter.address() as { port: number }).port;
  await page.goto(`http://127.0.0.1:${port}/`);
  await expect(page).toHaveTitle(/^pwned/);
  await new Promise((r) => squatter.close(r));
  squatter.closeAllConnections();

  const child = spawn(process.execPath, [path.join(ROOT, "bin/inspector.mjs"), "--no-open", "--port", String(port)], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  try {
    let out = "";
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout!.on("data", (d: Buffer) => {
        out += d.toString();
        const m = /is up at (\S+)/.exec(out);
        if (m) resolve(m[1]);
      });
      child.once("exit", (code) => reject(new Error(`the inspector exited (${code}):\n${out}`)));
    });
    await page.goto(url);
    // The page's scripts ran by its load event (goto waits for it): none of them may be the cached one.
    expect(await page.title()).not.toMatch(/^pwned/);
    await expect(page.getByTestId("session-status")).toHaveText("Not connected");
  } finally {
    child.kill("SIGKILL");
  }
});
