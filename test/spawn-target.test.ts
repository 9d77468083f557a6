import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { getDefaultEnvironment } from "@modelcontextprotocol/client/stdio";
import { defaultEnvironment, EarlyTarget } from "../server/engine/spawn-target";
import { FIXTURES, waitFor } from "./helpers/targets";
import { engineFactory } from "./helpers/engine";

// The launcher starts a stdio target while the engine's half loads (server/engine/spawn-target.ts);
// the engine adopts that process instead of starting a second one, sees what it did meanwhile,
// and kills it when it is not the target it connects to.
const { newEngine, onCleanup } = engineFactory();

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const early = (args: string[], env: Record<string, string> = {}) => {
  const t = new EarlyTarget({ command: process.execPath, args, env });
  onCleanup(() => t.discard());
  return t;
};

test("the environment a target inherits is the SDK's default, written out", () => {
  expect(defaultEnvironment()).toEqual(getDefaultEnvironment());
  const env = { HOME: "/home/x", PATH: "/bin", SHELL: "() { evil; }", SECRET: "s", TERM: "xterm" };
  const saved = { ...process.env };
  try {
    for (const k of Object.keys(process.env)) delete process.env[k];
    Object.assign(process.env, env);
    expect(defaultEnvironment()).toEqual(getDefaultEnvironment());
    expect(defaultEnvironment()).toEqual({ HOME: "/home/x", PATH: "/bin", TERM: "xterm" });
  } finally {
    for (const k of Object.keys(process.env)) delete process.env[k];
    Object.assign(process.env, saved);
  }
});

test("the engine adopts the target started early: one process, connected", async () => {
  const args = [path.join(FIXTURES, "crash.mjs"), "call"];
  const t = early(args);
  await waitFor(() => t.started, 5000, "the early target started");
  const { engine, rec } = newEngine();
  const state = await engine.connect({ target: { transport: "stdio", command: process.execPath, args } }, { early: t });
  expect(state.status, JSON.stringify(state.error)).toBe("connected");
  expect(state.pid).toBe(t.pid);
  expect(engine.spawnCount).toBe(1);
  expect(rec.since(0).filter((e) => e.kind === "lifecycle" && e.event === "spawned")).toHaveLength(1);
  // Discarding after adoption leaves the engine's process alone.
  t.discard();
  expect(alive(t.pid!)).toBe(true);
  expect((await engine.callTool("fine", {})).result).toBeDefined();
});

test("an early target that died before the engine came is reported like any failed start, with its stderr", async () => {
  const args = ["-e", "process.stderr.write('no config here\\n'); process.exit(4)"];
  const t = early(args);
  await waitFor(() => t.exit, 5000, "the early target exited");
  const { engine } = newEngine();
  const state = await engine.connect({ target: { transport: "stdio", command: process.execPath, args } }, { early: t });
  expect(state.status).toBe("failed");
  expect(state.error).toMatchObject({ kind: "exited", exitCode: 4 });
  expect(state.error?.stderrTail, JSON.stringify(state.error)).toContain("no config here");
});

test("an early target that is not the one connected to is killed, and the engine starts its own", async () => {
  const t = early([path.join(FIXTURES, "hang.mjs")]);
  await waitFor(() => t.started, 5000, "the early target started");
  const { engine } = newEngine();
  const state = await engine.connect(
    { target: { transport: "stdio", command: process.execPath, args: [path.join(FIXTURES, "crash.mjs"), "call"] } },
    { early: t },
  );
  expect(state.status, JSON.stringify(state.error)).toBe("connected");
  expect(state.pid).not.toBe(t.pid);
  await waitFor(() => !alive(t.pid!), 5000, "the unadopted target gone");
});

test("a command that cannot start is reported as such when adopted", async () => {
  const t = new EarlyTarget({ command: path.join(FIXTURES, "no-such-binary"), args: [], env: {} });
  await waitFor(() => t.error, 5000, "the spawn error");
  const { engine } = newEngine();
  const state = await engine.connect(
    { target: { transport: "stdio", command: path.join(FIXTURES, "no-such-binary"), args: [] } },
    { early: t },
  );
  expect(state.status).toBe("failed");
  expect(state.error?.message).toMatch(/no-such-binary|not found|ENOENT/i);
});

test("watch(): the early target's reaper forks when asked (the launcher: right before its URL) and runs when it returns; adopted sooner, the transport makes its own", async () => {
  const launch = { command: process.execPath, args: [path.join(FIXTURES, "hang.mjs")], env: {} };
  const kill = (pid: number | undefined) => {
    try {
      if (pid !== undefined) process.kill(-pid, "SIGKILL");
    } catch {
      // gone already
    }
  };
  // Adopted before the URL: no reaper of its own yet, so none is handed over (and none forks later).
  const first = new EarlyTarget(launch, { reaper: "when-asked" });
  onCleanup(() => kill(first.pid));
  await waitFor(() => first.started, 5000, "the first early target started");
  await new Promise((r) => setTimeout(r, 50));
  const adoptedSooner = first.adopt(launch);
  expect(adoptedSooner?.started).toBe(true);
  expect(adoptedSooner?.reaper).toBeUndefined();
  first.watch();
  expect(first.adopt(launch)).toBeUndefined();

  // Asked, then adopted: the reaper is there as watch() returns, the process's live /bin/sh told of
  // the target's group, with no turn of the event loop between (a kill -9 may follow the URL at
  // once; test/engine/group-reaper.test.ts kills a watching process and sees its group end).
  const second = new EarlyTarget(launch, { reaper: "when-asked" });
  onCleanup(() => kill(second.pid));
  await waitFor(() => second.started, 5000, "the second early target started");
  second.watch();
  const reaper = second.adopt(launch)?.reaper as { stop(): void; pid?: number } | undefined;
  expect(reaper?.pid).toBeGreaterThan(0);
  expect(readFileSync(`/proc/${reaper!.pid}/cmdline`, "utf8").split("\0")[0]).toBe("/bin/sh");
  expect(alive(reaper!.pid!)).toBe(true);
  reaper!.stop();
});
