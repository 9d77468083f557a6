import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { expect, test } from "./inspector";
import { openDemo, openTab } from "./protocol-helpers";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** `npx inspector --demo`, and what it printed for the person: the page's URL, its token, the agent's `claude mcp add` line. */
async function launch() {
  const child = spawn(process.execPath, [path.join(ROOT, "bin/inspector.mjs"), "--no-open", "--port", "0", "--demo"], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const printed = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no agent line in 60 s:\n${out}`)), 60_000);
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const m =
        /is up at (http:\/\/[^/\s]+)\/\S*\n^Access token[^:\n]*: (\S+)$\n^.*claude mcp add --transport http inspector (\S+) --header "Authorization: Bearer (\S+)"$/m.exec(
          out,
        );
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    });
    child.once("exit", (code) => (clearTimeout(timer), reject(new Error(`exited ${code}:\n${out}`))));
  });
  const [, origin, token, agentUrl, agentToken] = printed;
  return {
    url: `${origin}/?token=${token}`,
    token,
    agentUrl,
    agentToken,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

test("an agent attached over HTTP drives the page's session: its call shows in the timeline as the agent's, its sampling request is the person's to answer", async ({
  page,
}) => {
  const inspector = await launch();
  const client = new Client({ name: "e2e-agent", version: "1.0.0" });
  try {
    expect(inspector.agentToken).toBe(inspector.token);
    await openDemo(page, inspector.url);
    await client.connect(
      new StreamableHTTPClientTransport(new URL(inspector.agentUrl), {
        requestInit: { headers: { Authorization: `Bearer ${inspector.agentToken}` } },
      }),
    );
    const echo = await client.callTool({ name: "call_tool", arguments: { tool: "echo", arguments: { message: "hello from the agent" } } });
    expect(JSON.stringify(echo.structuredContent)).toContain("Echo: hello from the agent");

    // The page's timeline shows the call as it happened, marked as the agent's; the person's own rows are not.
    const rows = page.getByTestId("timeline-row");
    await expect(rows.filter({ has: page.getByTestId("by-agent") }).filter({ hasText: "tools/call" })).toHaveCount(2);
    await expect(rows.filter({ hasText: "initialize" }).getByTestId("by-agent")).toHaveCount(0);

    // The agent's call raises a sampling request: the person answers it in the page, the agent gets the result.
    const call = client.callTool({ name: "call_tool", arguments: { tool: "trigger-sampling-request", arguments: { prompt: "Say hi" } } });
    const requests = await openTab(page, "Requests");
    const card = requests.getByTestId("sampling-card");
    await card.getByRole("textbox", { name: "Response text" }).fill("Answered by the person");
    await card.getByRole("button", { name: "Approve and send" }).click();
    expect(JSON.stringify((await call).structuredContent)).toContain("Answered by the person");
  } finally {
    await client.close().catch(() => undefined);
    await inspector.stop();
  }
});
