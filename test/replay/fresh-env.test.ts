import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { recordSession } from "../helpers/sessions";
import { MEMORY } from "../helpers/targets";
import { replayCli, saveSession, tempDir } from "./helpers";

const memory = (file: string) => ({
  transport: "stdio" as const,
  command: process.execPath,
  args: [MEMORY],
  env: { MEMORY_FILE_PATH: file },
});
const ADA = { entities: [{ name: "Ada", entityType: "person", observations: ["wrote the first program"] }] };

// Issue 36 item 4: a stateful server (server-memory keeps its graph in MEMORY_FILE_PATH) replays
// the same every time only when every run starts from nothing.
describe("replay --fresh-env, --setup, --teardown", () => {
  test("without a fresh path the second replay sees the first one's state; with --fresh-env every run is the same", async () => {
    const dir = tempDir("replay-memory-");
    const stored = path.join(dir, "memory.jsonl");
    const file = saveSession(await recordSession(memory(stored), async (e) => void (await e.callTool("create_entities", ADA))), dir);
    // The recording's own file holds Ada now: replaying into it is not the recorded situation.
    const stale = await replayCli([file, "--yes", "-e", `MEMORY_FILE_PATH=${stored}`]);
    expect(stale.code).toBe(1);
    expect(stale.out).toContain("CHANGED");

    const marker = path.join(dir, "torn-down");
    const fresh = await replayCli([
      file,
      "--yes",
      "--runs",
      "2",
      "--fresh-env",
      "MEMORY_FILE_PATH",
      "--setup",
      'echo "memory at $MEMORY_FILE_PATH"',
      "--teardown",
      `node -e "require('fs').appendFileSync(process.argv[1], 'x')" ${JSON.stringify(marker)}`,
    ]);
    expect(fresh.code, fresh.out + fresh.err).toBe(0);
    expect(fresh.out).toMatch(/1 same, 0 changed/);
    expect(fresh.err).toContain("environment passed: MEMORY_FILE_PATH (a new path each run)");
    expect(fresh.err).not.toContain("did not pass");
    const paths = [...fresh.err.matchAll(/setup: memory at (\S+)/g)].map((m) => m[1]);
    expect(paths).toHaveLength(2);
    expect(paths[0]).not.toBe(paths[1]);
    expect(paths.some((p) => existsSync(p))).toBe(false); // removed after each run
    expect(existsSync(marker)).toBe(true);
  });

  test("a failing --setup stops before anything is replayed: exit 2, saying so", async () => {
    const dir = tempDir("replay-memory-");
    const file = saveSession(
      await recordSession(memory(path.join(dir, "m.jsonl")), async (e) => void (await e.request("tools/list", {}))),
      dir,
    );
    const r = await replayCli([file, "--yes", "--fresh-env", "MEMORY_FILE_PATH", "--setup", "exit 3"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--setup exited with 3 (run 1); nothing was replayed");
    expect(r.out).toBe("");
  });
});
