import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { runCommandLine } from "../server/commands/main";
import { replaySession } from "../server/replay/replay";
import { parseSession } from "../lib/session/file";
import { FIXTURES, everythingStdio, waitFor } from "./helpers/targets";
import { demoSession, recordSession } from "./helpers/sessions";
import { connectClient, startTestInspector } from "./helpers/inspector";

const drifting = (drift: "0" | "1") => ({
  transport: "stdio" as const,
  command: process.execPath,
  args: [path.join(FIXTURES, "drifting-server.mjs")],
  env: { DRIFT: drift },
});

async function driftSession() {
  return recordSession(drifting("0"), async (e) => {
    await e.request("tools/list", {});
    await e.callTool("add", { a: 2, b: 3 });
    await e.callTool("forecast", { city: "Oslo" });
  });
}

function saveSession(session: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "replay-")), "bug.mcp-session.json");
  writeFileSync(file, JSON.stringify(session));
  return file;
}

async function replayCli(argv: string[], env: Record<string, string> = {}) {
  let out = "";
  let err = "";
  const code = await runCommandLine(["replay", ...argv], env, { out: (s) => void (out += s + "\n"), err: (s) => void (err += s + "\n") });
  return { code, out, err };
}

// Each test starts its own servers and files, so the tests run at once: the task tool's test waits
// out the everything server's five 1 s research stages twice (record, then replay), which one after
// another was a quarter of the file's time.
describe.concurrent("replay", () => {
  test("the demo session replays against the everything server: all same", async () => {
    const session = await demoSession(everythingStdio());
    const { report } = await replaySession(session, { target: everythingStdio() });
    const notSame = report.items.filter((i) => i.status !== "same" && i.status !== "sent");
    expect(notSame, JSON.stringify(notSame, null, 1)).toEqual([]);
    expect(report.summary.same).toBeGreaterThanOrEqual(14);
  });

  test("sampling answers are replayed from the recording", async () => {
    const session = await recordSession(everythingStdio(), async (e) => {
      const call = e.callTool("trigger-sampling-request", { prompt: "hi", maxTokens: 5 });
      const p = await waitFor(() => e.getState().pending.find((p) => p.method === "sampling/createMessage"));
      await e.answer(p.pendingId, { result: { role: "assistant", content: { type: "text", text: "recorded answer" }, model: "person" } });
      await call;
    });
    expect(session.answers).toEqual([
      expect.objectContaining({ method: "sampling/createMessage", result: expect.objectContaining({ model: "person" }) }),
    ]);
    const { report } = await replaySession(session, { target: everythingStdio() });
    const item = report.items.find((i) => i.method === "tools/call")!;
    expect(item.status).toBe("same");
    expect(JSON.stringify(item.replayed)).toContain("recorded answer");
  });

  test("CLI: same -> exit 0; a changed tool result -> exit 1 with exactly that change", async () => {
    const file = saveSession(await driftSession());
    const same = await replayCli([file, "--yes", "--pass-env", "DRIFT"], { DRIFT: "0" });
    expect(same.code, same.out + same.err).toBe(0);
    expect(same.out).toMatch(/3 same, 0 changed/);

    const changed = await replayCli([file, "--yes", "--pass-env", "DRIFT"], { DRIFT: "1" });
    expect(changed.code).toBe(1);
    expect(changed.out).toMatch(
      /CHANGED {4}#\d+ tools\/call forecast\n {4}~ \$\.result\.content\[0\]\.text: "Oslo: sun, 21°C" -> "Oslo: rain, 21°C"\n/,
    );
    expect(changed.out).toMatch(/2 same, 1 changed/);
    expect(changed.out.match(/CHANGED/g)).toHaveLength(1);

    const ignored = await replayCli([file, "--yes", "--pass-env", "DRIFT", "--ignore", "$.result.content[0].text"], { DRIFT: "1" });
    expect(ignored.code).toBe(0);
  });

  test("CLI: --update rewrites the recording so the new behaviour becomes the baseline", async () => {
    const file = saveSession(await driftSession());
    const upd = await replayCli([file, "--update", "--yes", "-e", "DRIFT=1"]);
    expect(upd.code, upd.err).toBe(0);
    const reread = parseSession(readFileSync(file, "utf8"));
    expect(reread.ok).toBe(true);
    expect(readFileSync(file, "utf8")).toContain("Oslo: rain");
    expect((await replayCli([file, "--yes", "--pass-env", "DRIFT"], { DRIFT: "1" })).code).toBe(0);
  });

  test("CLI: a file's command never runs unseen: shown argument by argument, and without a terminal it needs --yes", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "replay-confirm-"));
    const marker = path.join(dir, "ran");
    const session = { ...(await driftSession()) };
    const script = `require("fs").writeFileSync(${JSON.stringify(marker)}, JSON.stringify(process.env.FAKE_SECRET ?? null))`;
    const file = saveSession({
      ...session,
      target: { transport: "stdio", command: process.execPath, args: ["-e", `${script} // \u202E`], envNames: ["FAKE_SECRET"] },
    });
    const refused = await replayCli([file], { FAKE_SECRET: "s3cr3t-value" });
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(`  arg 1:  -e`);
    expect(refused.err).toContain("\\u{202E}"); // the bidi control, shown as an escape
    expect(refused.err).toMatch(/environment passed: none/);
    expect(refused.err).toMatch(/environment the file names but you did not pass: FAKE_SECRET/);
    expect(refused.err).toMatch(/no terminal to ask you\. Read the above and pass --yes to run it/);
    expect(() => readFileSync(marker)).toThrow(); // nothing ran
    // With --yes it runs, and the value in this shell does not pass by itself.
    await replayCli([file, "--yes"], { FAKE_SECRET: "s3cr3t-value" });
    expect(readFileSync(marker, "utf8")).toBe("null");
    await replayCli([file, "--yes", "--pass-env", "FAKE_SECRET"], { FAKE_SECRET: "s3cr3t-value" });
    expect(readFileSync(marker, "utf8")).toBe('"s3cr3t-value"');
  });

  test("CLI: --update writes the file through redaction: a value passed in does not land in it", async () => {
    const session = await recordSession(everythingStdio(), async (e) => {
      await e.callTool("get-env", {});
    });
    const file = saveSession(session);
    const upd = await replayCli([file, "--update", "--yes", "-e", "API_TOKEN=supersecret-value-123"]);
    expect(upd.code, upd.err).toBe(0);
    expect(upd.err).toMatch(/secrets? redacted/);
    const written = readFileSync(file, "utf8");
    expect(written).toContain("API_TOKEN");
    expect(written).not.toContain("supersecret-value-123");
  });

  test("CLI: --command overrides the recorded target; a bad file exits 2 with a clear message", async () => {
    const file = saveSession(await driftSession());
    const r = await replayCli([file, "--command", `${process.execPath} ${path.join(FIXTURES, "drifting-server.mjs")}`, "-e", "DRIFT=1"]);
    expect(r.code).toBe(1);
    const bad = path.join(mkdtempSync(path.join(tmpdir(), "replay-")), "x.json");
    writeFileSync(bad, "{}");
    const b = await replayCli([bad]);
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/^inspector: .*x\.json: this is not a session file/);
  });

  test("through the WebSocket: the page's Reproduce replays into the live session", async () => {
    const session = await driftSession();
    const inspector = await startTestInspector();
    try {
      const { client } = await connectClient(inspector);
      await client.hello(0);
      const report = await client.command({ type: "replay", session, target: drifting("1") });
      expect(report.summary).toMatchObject({ same: 2, changed: 1 });
      const forecast = report.items.find((i) => (i.params as { name?: string }).name === "forecast")!;
      expect(inspector.record.get(forecast.replayedResponseSeq!)).toMatchObject({
        kind: "message",
        pair: { seq: forecast.replayedRequestSeq, method: "tools/call" },
      });
      expect(inspector.engine.getState().status).toBe("connected");
      expect(inspector.record.since(0).some((e) => e.kind === "message" && JSON.stringify(e.message).includes("Oslo: rain"))).toBe(true);
    } finally {
      await inspector.close();
    }
  });
});

describe.concurrent("replay: cancelled calls and server-minted ids (issue 25 item 5)", () => {
  test("a call the recording cancelled is not re-run: it is reported cancelled, and the replay passes", async () => {
    const session = await recordSession(everythingStdio(), async (e) => {
      const stop = new AbortController();
      const long = e.send(
        "tools/call",
        { name: "trigger-long-running-operation", arguments: { duration: 30, steps: 30 } },
        { progress: true, signal: stop.signal },
      );
      await waitFor(() => e.getState().status === "connected" && long.requestSeq > 0);
      stop.abort("the person pressed Cancel");
      await long.outcome.catch(() => undefined);
      await e.callTool("echo", { message: "after the cancel" });
    });
    const { report, record } = await replaySession(session, { target: everythingStdio() });
    const long = report.items.find((i) => (i.params as { name?: string }).name === "trigger-long-running-operation")!;
    expect(long).toMatchObject({ status: "cancelled", note: expect.stringContaining("the person pressed Cancel") });
    expect(long.replayedRequestSeq).toBeUndefined();
    expect(report.items.find((i) => (i.params as { name?: string }).name === "echo")?.status).toBe("same");
    expect(report.summary.cancelled).toBe(1);
    expect(report.summary.changed).toBe(0);
    // Not sent: the live record has no second long-running call.
    const sent = record
      .since(0)
      .filter(
        (e) => e.kind === "message" && e.dir === "client->server" && JSON.stringify(e.message).includes("trigger-long-running-operation"),
      );
    expect(sent).toHaveLength(0);
  }, 30_000);

  test("a task tool: tasks/result asks for the task the live server created, not the recorded id", async () => {
    const withTasks = { sampling: true, elicitationForm: true, elicitationUrl: true, roots: true, tasks: true };
    let recordedId = "";
    const session = await recordSession(
      everythingStdio(),
      async (e) => {
        const created = await e.callTool("simulate-research-query", { topic: "tides" }, { task: {} });
        recordedId = (created.result as { task: { taskId: string } }).task.taskId;
        await e.taskResult(recordedId);
      },
      { capabilities: withTasks },
    );
    const { report } = await replaySession(session, { target: everythingStdio() });
    const result = report.items.find((i) => i.method === "tasks/result")!;
    expect(result.status, JSON.stringify(result, null, 1)).toBe("same");
    expect(result.mapped).toEqual([{ from: recordedId, to: expect.not.stringMatching(recordedId) }]);
    expect(result.note).toContain(`instead of the recorded ${recordedId}`);
    expect(JSON.stringify(result.replayed)).toContain("tides");
    const notSame = report.items.filter((i) => i.status !== "same" && i.status !== "sent");
    expect(notSame, JSON.stringify(notSame, null, 1)).toEqual([]);
  }, 40_000);
});
