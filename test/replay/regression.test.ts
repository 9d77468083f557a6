import path from "node:path";
import { describe, expect, test } from "vitest";
import { recordSession } from "../helpers/sessions";
import { FIXTURES } from "../helpers/targets";
import { replayCli, saveSession } from "./helpers";

// Issue 64 points 4, 5 and 6: replay judges a change as `diff` judges it, compares a request's
// notifications as a sequence, bounds its latency, and says what the recording does not exercise.
const server = (env: Record<string, string> = {}) => ({
  transport: "stdio" as const,
  command: process.execPath,
  args: [path.join(FIXTURES, "regression-server.mjs")],
  env,
});

/** One recording of the unchanged server: the listing, a call with progress and a log line, an echo. */
async function recording(): Promise<string> {
  return saveSession(
    await recordSession(server(), async (e) => {
      await e.request("tools/list", {});
      await e.send("tools/call", { name: "work", arguments: {} }, { progress: true }).outcome;
      await e.callTool("echo", { message: "hi" });
    }),
  );
}

/** Replay the recording against the fixture with these switches on. */
const against = (file: string, env: Record<string, string>, ...flags: string[]) =>
  replayCli([
    file,
    "--yes",
    "--command",
    `${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(FIXTURES, "regression-server.mjs"))}`,
    ...Object.entries(env).flatMap(([k, v]) => ["-e", `${k}=${v}`]),
    ...flags,
  ]);

describe("replay: what a user means by a regression", () => {
  let file: string;
  test("harmless changes are reported and pass; --fail-on any fails them", async () => {
    file = await recording();
    for (const [env, said] of [
      [{ ORDER: "rev" }, "tools listed in another order"],
      [{ EXTRA_TOOL: "1" }, "tool shout added"],
      [{ TYPO: "1" }, "tool echo: description changed"],
      [{ OPTIONAL: "1" }, "tool echo: "],
      [{ META: "1" }, "tool echo: _meta added"],
      [{ PROGRESS: "7" }, ""],
    ] as const) {
      const r = await against(file, env);
      expect(r.code, `${JSON.stringify(env)}\n${r.out}${r.err}`).toBe(0);
      if (said) expect(r.out, JSON.stringify(env)).toContain(`compatible: ${said}`);
    }
    const strict = await against(file, { TYPO: "1" }, "--fail-on", "any");
    expect(strict.code, strict.out).toBe(1);
    expect(strict.out).toContain("description changed (fails with --fail-on any)");
  });

  test("regressions fail: a required argument, a lost notification, a slow answer, a crash, an error for a result", async () => {
    file ??= await recording();
    const required = await against(file, { REQUIRED: "1" });
    expect(required.code, required.out).toBe(1);
    expect(required.out).toMatch(/CHANGED +#\d+ tools\/list/);

    const noProgress = await against(file, { NO_PROGRESS: "1" });
    expect(noProgress.code, noProgress.out).toBe(1);
    expect(noProgress.out).toContain(
      "no longer sent: notifications/progress (recorded: notifications/message, notifications/progress; now: notifications/message)",
    );

    const noLog = await against(file, { NO_LOG: "1" });
    expect(noLog.code, noLog.out).toBe(1);
    expect(noLog.out).toContain("no longer sent: notifications/message");

    const slow = await against(file, { SLOW_MS: "1500" });
    expect(slow.code, slow.out).toBe(1);
    expect(slow.out).toMatch(
      /answered in 1\d{3} ms, over the limit of \d+ ms \(10x and at least 1000 ms slower than the recorded \d+ ms\)/,
    );
    // The bound is settable: a looser one passes the same answer.
    expect((await against(file, { SLOW_MS: "1500" }, "--latency-min-ms", "5000")).code).toBe(0);

    const crash = await against(file, { CRASH: "1" });
    expect(crash.code, crash.out).toBe(1);
    expect(crash.out).toMatch(/NO ANSWER +#\d+ tools\/call work/);

    const rpc = await against(file, { RPC_ERROR: "1" });
    expect(rpc.code, rpc.out).toBe(1);
    expect(rpc.out).toMatch(/NEW ERROR +#\d+ tools\/call work/);
  });

  test("the report names the tools the recording does not exercise", async () => {
    file ??= await recording();
    const r = await against(file, {});
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain("not exercised: tool add: never called");
  });
});
