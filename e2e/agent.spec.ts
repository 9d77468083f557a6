import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { expect, test } from "./inspector";
import { openDemo, openTab, pickTool } from "./protocol-helpers";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * `npx -y mcp-inspector-harness <args>`, and what it printed for the person: the page's URL, its
 * token, the agent's endpoint; the agent's token is read from the file the launcher names (it is
 * in no printed line).
 */
async function launch(args: string[]) {
  const child = spawn(process.execPath, [path.join(ROOT, "bin/inspector.mjs"), "--no-open", "--port", "0", ...args], {
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
        /is up at (http:\/\/[^/\s]+)\/\S*\n^Access token[^:\n]*: (\S+)$\n^Coding agent.*\n^ {2}export INSPECTOR_AGENT_TOKEN="\$\(cat (\S+)\)"$\n^ {2}claude mcp add --scope project --transport http inspector (\S+) --header 'Authorization: Bearer \$\{INSPECTOR_AGENT_TOKEN\}'$/m.exec(
          out,
        );
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    });
    child.once("exit", (code) => (clearTimeout(timer), reject(new Error(`exited ${code}:\n${out}`))));
  });
  const [, origin, token, tokenFile, agentUrl] = printed;
  return {
    url: `${origin}/?token=${token}`,
    token,
    agentUrl,
    agentToken: readFileSync(tokenFile, "utf8"),
    printed: () => out,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

type Inspector = Awaited<ReturnType<typeof launch>>;

async function agentOn(inspector: Inspector): Promise<Client> {
  const client = new Client({ name: "e2e-agent", version: "1.0.0" });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(inspector.agentUrl), {
      requestInit: { headers: { Authorization: `Bearer ${inspector.agentToken}` } },
    }),
  );
  return client;
}

async function use(client: Client, name: string, args: Record<string, unknown> = {}) {
  const r = await client.callTool({ name, arguments: args });
  return { isError: r.isError === true, text: JSON.stringify(r.content), data: (r.structuredContent ?? {}) as Record<string, unknown> };
}

test("an agent attached over HTTP drives the page's session: its call shows in the timeline as the agent's, its sampling request is the person's to answer", async ({
  page,
}) => {
  const inspector = await launch(["--demo"]);
  const client = new Client({ name: "e2e-agent", version: "1.0.0" });
  try {
    // Issue 51.6: the agent has a token of its own, printed nowhere.
    expect(inspector.agentToken).not.toBe(inspector.token);
    expect(inspector.printed()).not.toContain(inspector.agentToken);
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

    // The agent's call raises a sampling request: it comes back to the agent as waiting for the
    // person (within its own timeoutMs), the person answers it in the page, the agent awaits it.
    const call = await use(client, "call_tool", { tool: "trigger-sampling-request", arguments: { prompt: "Say hi" }, timeoutMs: 2_000 });
    expect(call.data).toMatchObject({
      status: "waiting",
      waitingFor: "person",
      pending: [expect.objectContaining({ method: "sampling/createMessage" })],
    });
    const awaited = use(client, "await_call", { requestSeq: call.data.requestSeq, timeoutMs: 60_000 });
    const requests = await openTab(page, "Requests");
    const card = requests.getByTestId("sampling-card");
    await card.getByRole("textbox", { name: "Response text" }).fill("Answered by the person");
    await card.getByRole("button", { name: "Approve and send" }).click();
    expect((await awaited).text).toContain("Answered by the person");
  } finally {
    await client.close().catch(() => undefined);
    await inspector.stop();
  }
});

test("whose request: the person's waits for them (the agent answers it only with takeOver, and the page says the agent answered); one the agent's call raised is marked as the agent's", async ({
  page,
}) => {
  test.slow(); // a launch, two sampling round trips through the page and the agent, on a loaded runner
  const inspector = await launch(["--demo"]);
  let client: Client | undefined;
  try {
    await openDemo(page, inspector.url);
    client = await agentOn(inspector);
    // The person's own call raises a sampling request: no agent mark on it.
    const panel = await pickTool(page, "trigger-sampling-request");
    await panel.getByRole("textbox", { name: /^prompt/ }).fill("Asked by the person");
    await panel.getByRole("button", { name: "Run tool" }).click();
    const requests = await openTab(page, "Requests");
    const card = requests.getByTestId("sampling-card");
    await expect(card).toHaveCount(1);
    await expect(card.getByTestId("raised-by-agent")).toHaveCount(0);
    const waiting = (await use(client, "status")).data.connections as Array<{ pending?: Array<{ pendingId: string }> }>;
    const pendingId = waiting[0]!.pending![0]!.pendingId;

    // The agent may not answer it for the person unasked; with takeOver it may, and the page says so.
    const refused = await use(client, "answer_request", { pendingId, error: { code: -1, message: "declined" } });
    expect(refused.isError).toBe(true);
    expect(refused.text).toContain("takeOver");
    await expect(card).toHaveCount(1);
    const taken = await use(client, "answer_request", { pendingId, takeOver: true, error: { code: -1, message: "declined" } });
    expect(taken.isError, taken.text).toBe(false);
    await expect(card).toHaveCount(0);
    await expect(requests.getByTestId("handled-requests").getByTestId("answered-by-agent")).toHaveCount(1);

    // The agent's own call raises one: the page marks it as raised by the agent's call.
    const call = await use(client, "call_tool", {
      tool: "trigger-sampling-request",
      arguments: { prompt: "Asked by the agent" },
      timeoutMs: 5_000,
    });
    expect(call.data).toMatchObject({ status: "waiting", waitingFor: "person" });
    const raised = requests.getByTestId("sampling-card");
    await expect(raised.getByTestId("raised-by-agent")).toBeVisible();
    // The person answers it: theirs to answer, whoever raised it.
    await raised.getByRole("textbox", { name: "Response text" }).fill("Answered by the person");
    await raised.getByRole("button", { name: "Approve and send" }).click();
    await expect(raised).toHaveCount(0);
    expect((await use(client, "await_call", { requestSeq: call.data.requestSeq, timeoutMs: 30_000 })).text).toContain(
      "Answered by the person",
    );
  } finally {
    await client?.close().catch(() => undefined);
    await inspector.stop();
  }
});

test("two at one desk: the agent sees the person's connection at once, leaves it alone unless told, and restarts it with the diff", async ({
  page,
}) => {
  const flag = path.join(mkdtempSync(path.join(os.tmpdir(), "e2e-agent-")), "mode");
  writeFileSync(flag, "v1");
  const inspector = await launch([process.execPath, path.join(ROOT, "test/fixtures/agent-fixable.mjs"), flag]);
  let client: Client | undefined;
  try {
    await openDemo(page, inspector.url);
    client = await agentOn(inspector);
    // Its first status: the person's connection, as the page shows it.
    const first = await use(client, "status");
    expect(first.data.connections).toEqual([
      expect.objectContaining({
        name: "page",
        status: "connected",
        untrusted: expect.objectContaining({ serverInfo: { name: "agent-fixable", version: "1.0.0" } }),
      }),
    ]);

    // Neither closed nor replaced without being asked: the page stays connected.
    const closed = await use(client, "disconnect");
    expect(closed.isError).toBe(true);
    expect(closed.text).toContain("takeOver");
    const replaced = await use(client, "connect", { command: process.execPath, args: ["-e", "0"] });
    expect(replaced.isError).toBe(true);
    await expect(page.getByTestId("session-status")).toHaveText("Connected");

    // The person calls from the page; the agent's timeline says whose each call was.
    await use(client, "call_tool", { tool: "weather", arguments: { city: "Oslo" } });
    const panel = await pickTool(page, "weather");
    await panel.getByRole("textbox", { name: /^city/ }).fill("Bergen");
    await panel.getByRole("button", { name: "Run tool" }).click();
    await expect
      .poll(
        async () => ((await use(client!, "timeline", { method: "tools/call", dir: "client->server" })).data.entries as unknown[]).length,
      )
      .toBe(2);
    const calls = (await use(client, "timeline", { method: "tools/call", dir: "client->server" })).data.entries as Array<{ by: string }>;
    expect(calls.map((c) => c.by)).toEqual(["person", "agent"]);

    // Fixed and restarted by the agent: the diff is against the person's process, and the page shows the new one.
    writeFileSync(flag, "v2");
    const up = await use(client, "restart");
    expect(up.isError, up.text).toBe(false);
    expect(JSON.stringify(up.data.diff)).toContain("1.0.1");
    await expect(page.getByTestId("session-status")).toHaveText("Connected");
    const lifecycle = (await use(client, "timeline", { kind: "lifecycle", last: 50 })).data.entries as Array<{ event: string; by: string }>;
    expect(lifecycle.find((r) => r.event === "connecting")).toMatchObject({ by: "agent" });
    expect(lifecycle.filter((r) => r.event === "connecting").at(-1)).toMatchObject({ by: "person" });
  } finally {
    await client?.close().catch(() => undefined);
    await inspector.stop();
  }
});
