import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import type { Page } from "@playwright/test";
import { expect, repoPath, startInspector, test } from "./inspector";
import { screenshots } from "./shots";
import { pickTool } from "./protocol-helpers";

/** A folder for screenshots a person looks at (LOST_SHOTS=<folder>); none by default. */
const DIR = process.env.LOST_SHOTS;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** The everything server over Streamable HTTP on `port`, once it listens. */
async function everythingOn(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [repoPath("node_modules/@modelcontextprotocol/server-everything/dist/index.js"), "streamableHttp"], { env: { ...process.env, PORT: String(port) }, stdio: ["ignore", "pipe", "pipe"] });
  await new Promise<void>((resolve, reject) => {
    let log = "";
    const on = (d: Buffer) => ((log += d.toString()), /listening on port|running on port/i.test(log) && resolve());
    child.stdout!.on("data", on);
    child.stderr!.on("data", on);
    child.once("exit", (code) => reject(new Error(`exited ${code}: ${log}`)));
  });
  return child;
}

const shots = (page: Page, name: string) => screenshots(DIR, page, name);


test("an HTTP server that dies: the header says so within seconds, the page says when it retries, and it reconnects by itself when the server is back", async ({ page }) => {
  const port = await freePort();
  let server = await everythingOn(port);
  const inspector = await startInspector(["--server-url", `http://127.0.0.1:${port}/mcp`]);
  try {
    await page.goto(inspector.url);
    const status = page.getByTestId("session-status");
    await expect(status).toHaveText("Connected");
    const tools = await pickTool(page, "echo");
    await tools.getByRole("textbox", { name: /^message/ }).fill("anyone?");
    server.kill("SIGKILL");
    // The next call finds it gone (the everything server's event stream may tell first).
    // The event stream's end may have told the engine already (Run is then off); else the call does.
    const run = tools.getByRole("button", { name: "Run tool" });
    await run.click({ timeout: 2000 }).catch(() => undefined);
    await expect(status).toHaveText("Server unreachable, reconnecting…");
    await expect(page.getByTestId("connection-error")).toContainText(/cannot be reached|nothing is listening/);
    await expect(page.getByTestId("reconnect-status")).toContainText(/Reconnecting by itself: attempt \d+/);
    // The person may stop the attempts.
    await expect(page.getByRole("button", { name: "Disconnect" })).toBeEnabled();
    await shots(page, "server-lost");
    server = await everythingOn(port);
    await expect(status).toHaveText("Connected", { timeout: 30_000 });
    await expect(page.getByTestId("connection-error")).toHaveCount(0);
    await expect(page.getByTestId("timeline-row").filter({ hasText: "reconnected after" })).toHaveCount(1);
  } finally {
    server.kill("SIGKILL");
    await inspector.stop();
  }
});
