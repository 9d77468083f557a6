import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "../helpers/targets";
import { connect } from "../../server/test-library";
import { inspectorTest, tempDir, writeCollection } from "./run-cli";

// Issue 64 points 4, 5, 6 and 8, for the collection `test --from-session` writes: a change is
// judged as `diff` judges it, a request's notifications and its time are compared with the
// recording, what the recording does not exercise is named, and a failure says what differs.
const FIXTURE = path.join(FIXTURES, "regression-server.mjs");
const server = (env: Record<string, string> = {}) => [
  ...Object.entries(env).flatMap(([k, v]) => ["-e", `${k}=${v}`]),
  process.execPath,
  FIXTURE,
];

const SOURCE = `steps:
  - method: tools/list
  - tool: work
  - tool: echo
    arguments: { message: hi }
  - tool: echo
    arguments: { message: 42 }
    expect: [{ isError: true }]
`;

describe("test --from-session: what a user means by a regression (issue 64)", () => {
  let made: string;
  let dir: string;
  const env = () => ({ MCP_RECORDINGS_DIR: dir });

  it("writes the notifications and time each step had, and names what the recording does not exercise", async () => {
    dir = tempDir();
    const session = path.join(dir, "rec.mcp-session.json");
    const src = writeCollection(dir, "src.mcp-tests.yaml", SOURCE);
    const rec = await inspectorTest([src, "--save-session", session, ...server()], env());
    expect(rec.code, rec.out + rec.err).toBe(0);
    made = path.join(dir, "made.mcp-tests.yaml");
    const w = await inspectorTest(["--from-session", session, made]);
    expect(w.code, w.err).toBe(0);
    const yaml = readFileSync(made, "utf8");
    expect(yaml).toContain("# Not exercised by the recording (these steps say nothing of them):\n#   add: never called");
    expect(yaml).toMatch(
      /# not exercised: the server refused these arguments \(isError\), so this step tests the refusal, not what echo does/,
    );
    expect(yaml).toContain("notifications:\n          - notifications/message\n          - notifications/progress");
    expect(yaml).toMatch(/latency:\n +recordedMs: \d+/);
    expect(w.err).toContain("inspector: not exercised: tool add: never called");
  }, 60_000);

  it("passes the unchanged server and the harmless changes; --fail-on any fails a compatible one", async () => {
    const harmless: Record<string, string>[] = [
      {},
      { ORDER: "rev" },
      { EXTRA_TOOL: "1" },
      { TYPO: "1" },
      { OPTIONAL: "1" },
      { META: "1" },
      { PROGRESS: "9" },
    ];
    for (const change of harmless) {
      const r = await inspectorTest([made, ...server(change)], env());
      expect(r.code, `${JSON.stringify(change)}\n${r.out}${r.err}`).toBe(0);
    }
    const strict = await inspectorTest([made, ...server({ TYPO: "1" }), "--fail-on", "any"], env());
    expect(strict.code, strict.out).toBe(1);
    expect(strict.out).toContain("tool echo: description changed");
  }, 120_000);

  it("fails the regressions, each saying what differs, never two whole documents", async () => {
    const run = (change: Record<string, string>, ...flags: string[]) => inspectorTest([made, ...server(change), ...flags], env());
    const required = await run({ REQUIRED: "1" });
    expect(required.code, required.out).toBe(1);
    expect(required.out).toContain('differs from snapshot "tools/list" in 1 place');
    expect(required.out).toMatch(/\+ \$\.tools\[\?\(@\.name=="echo"\)\]\.inputSchema/);
    expect(required.out).not.toContain('"Echos the message back"');

    const noProgress = await run({ NO_PROGRESS: "1" });
    expect(noProgress.code, noProgress.out).toBe(1);
    expect(noProgress.out).toContain("no longer sent: notifications/progress");

    const noLog = await run({ NO_LOG: "1" });
    expect(noLog.code, noLog.out).toBe(1);
    expect(noLog.out).toContain("no longer sent: notifications/message");

    const slow = await run({ SLOW_MS: "1500" });
    expect(slow.code, slow.out).toBe(1);
    expect(slow.out).toMatch(
      /answered in 1\d{3} ms, over the limit of \d+ ms \(10x and at least 1000 ms slower than the recorded \d+ ms\)/,
    );
    expect((await run({ SLOW_MS: "1500" }, "--latency-min-ms", "5000")).code).toBe(0);

    const rpc = await run({ RPC_ERROR: "1" });
    expect(rpc.code, rpc.out).toBe(1);
    // The SDK's McpServer answers a thrown McpError as an isError result: an error for a result all the same.
    expect(rpc.out).toContain("the tool answered isError: true: MCP error -32603: work broke");

    const crash = await run({ CRASH: "1" });
    expect(crash.code, crash.out).toBe(1);

    const changed = await run({ ECHO_CHANGED: "1" });
    expect(changed.code, changed.out).toBe(1);
    expect(changed.out).toContain('~ $.content[0].text: "Echo: hi" -> "Said: hi"');
  }, 120_000);

  it("a tool step sends a progress token, so a following notifications/progress step passes; a wait that times out names what it waited for", async () => {
    const d = tempDir();
    const file = writeCollection(
      d,
      "p.mcp-tests.yaml",
      `steps:
  - tool: work
  - notification: notifications/progress
  - notification: notifications/tools/list_changed
    timeoutMs: 300
`,
    );
    const r = await inspectorTest([file, ...server()], { MCP_RECORDINGS_DIR: d });
    expect(r.out).toMatch(/✓ 2: notification notifications\/progress/);
    expect(r.out).toContain("notifications/tools/list_changed did not come within 300 ms");
  }, 60_000);

  it("starts from a recording of real use: the test library's", async () => {
    const d = tempDir();
    const session = path.join(d, "lib.mcp-session.json");
    {
      await using mcp = await connect({ command: process.execPath, args: [FIXTURE] });
      await mcp.callTool("work", {});
      await mcp.callTool("echo", { message: "from code" });
      await mcp.saveSession(session);
    }
    const out = path.join(d, "lib.mcp-tests.yaml");
    const w = await inspectorTest(["--from-session", session, out]);
    expect(w.code, w.err).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("- notifications/message");
    expect((await inspectorTest([out, ...server()], { MCP_RECORDINGS_DIR: d })).code).toBe(0);
    const noLog = await inspectorTest([out, ...server({ NO_LOG: "1" })], { MCP_RECORDINGS_DIR: d });
    expect(noLog.code, noLog.out).toBe(1);
    expect(noLog.out).toContain("no longer sent: notifications/message");
  }, 60_000);
});
