import path from "node:path";
import { describe, expect, test } from "vitest";
import { redactSession } from "../../lib/session/redact";
import { recordSession } from "../helpers/sessions";
import { EVERYTHING, FIXTURES } from "../helpers/targets";
import { inspectorTest, tempDir } from "../collections/run-cli";
import { replayCli, saveSession } from "../replay/helpers";

// Issue 64 points 2 and 3 on the paths a user trusts: a recording (redacted as every saved one is)
// of a structural env (PWD, max_tokens), a clock time in a text, a minted id and times in the usual
// forms replays, and makes a collection that passes, against the same server an hour later.
const FIXTURE = path.join(FIXTURES, "variation-server.mjs");
const variation = (env: Record<string, string> = {}) => ({ transport: "stdio" as const, command: process.execPath, args: [FIXTURE], env });
const AN_HOUR_LATER = ["-e", "CLOCK_OFFSET_MS=3600000"];
const KEY = "sk-test-0123456789abcdefghij";

async function recorded(env: Record<string, string> = {}) {
  const target = variation(env);
  const session = await recordSession(target, async (e) => {
    await e.callTool("get-env", {});
    await e.callTool("reference", {});
    await e.callTool("note", {});
    await e.callTool("echo", { message: "hello" });
  });
  // As every saved recording is: the target's env values are secrets.
  return redactSession(session, { secrets: target.env }).session;
}

describe("one rule for what varies and what is secret, on replay and the generated collection", () => {
  test("replay passes the same server an hour later, and fails it when the secret it echoes changed", async () => {
    const session = await recorded({ API_KEY: KEY });
    const text = JSON.stringify(session);
    expect(text).not.toContain(KEY);
    // Structural names are kept in clear, so they are compared.
    expect(text).toContain(String.raw`\"max_tokens\": 1024`);
    expect(text).toMatch(/\\"PWD\\": \\"\//);
    // The secret is a marker with a digest a live value can be compared against.
    expect(text).toMatch(/\[redacted: value of API_KEY\]\{hmac:[0-9a-f]{8}:[0-9a-f]{16}\}/);
    const file = saveSession(session);

    const later = await replayCli([file, "--yes", "-e", `API_KEY=${KEY}`, ...AN_HOUR_LATER]);
    expect(later.code, later.out + later.err).toBe(0);
    expect(later.out).toMatch(/4 same, 0 changed/);

    const otherKey = await replayCli([file, "--yes", "-e", "API_KEY=sk-test-another-key-9876543210", ...AN_HOUR_LATER]);
    expect(otherKey.code, otherKey.out).toBe(1);
    expect(otherKey.out).toMatch(/3 same, 1 changed/);
  }, 60_000);

  test("a collection made by --from-session passes the same server an hour later", async () => {
    const file = saveSession(await recorded());
    const dir = tempDir();
    const out = path.join(dir, "from.mcp-tests.yaml");
    // A failed run's recording goes to the temporary folder, not the working tree.
    const env = { MCP_RECORDINGS_DIR: dir };
    const w = await inspectorTest(["--from-session", file, out]);
    expect(w.code, w.err).toBe(0);
    const again = await inspectorTest([out, ...AN_HOUR_LATER, process.execPath, FIXTURE], env);
    expect(again.code, again.out + again.err).toBe(0);
    // And a real change still fails it.
    const changed = await inspectorTest([out, ...AN_HOUR_LATER, "-e", "ECHO_CHANGED=1", process.execPath, FIXTURE], env);
    expect(changed.code, changed.out).toBe(1);
  }, 60_000);

  test("the everything server's get-env (PWD in it) replays as the same", async () => {
    // Started through a shell, as npx and most launchers start it: the shell puts PWD in its environment.
    const target = {
      transport: "stdio" as const,
      command: "/bin/sh",
      args: ["-c", `exec "${process.execPath}" "${EVERYTHING}" stdio`],
      env: {},
    };
    const session = await recordSession(target, async (e) => void (await e.callTool("get-env", {})));
    const redacted = redactSession(session, { secrets: {} }).session;
    expect(JSON.stringify(redacted)).toMatch(/\\"PWD\\": \\"\//);
    const r = await replayCli([saveSession(redacted), "--yes"]);
    expect(r.code, r.out).toBe(0);
  }, 60_000);
});
