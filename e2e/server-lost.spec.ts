import type { Page } from "@playwright/test";
import { startEverythingHttp } from "../test/helpers/http-everything";
import { freePort } from "../test/helpers/targets";
import { expect, startInspector, test } from "./inspector";
import { screenshots } from "./shots";
import { pickTool } from "./protocol-helpers";

/** A folder for screenshots a person looks at (LOST_SHOTS=<folder>); none by default. */
const DIR = process.env.LOST_SHOTS;

/** The everything server over Streamable HTTP on `port` (the same port again after a restart). */
const everythingOn = async (port: number) => (await startEverythingHttp("streamableHttp", port)).child;

const shots = (page: Page, name: string) => screenshots(DIR, page, name);

test("an HTTP server that dies: the header says so within seconds, the page says when it retries, and it reconnects by itself when the server is back", async ({
  page,
}) => {
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
