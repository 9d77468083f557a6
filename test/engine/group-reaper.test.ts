import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { transformSync } from "esbuild";
import { describe, expect, test } from "vitest";
import { watchGroup } from "../../server/engine/group-reaper";
import { openerEnv } from "../../server/launcher/open-browser";
import { alive } from "../helpers/launcher";
import { descendants } from "../helpers/proc";
import { ROOT, waitFor } from "../helpers/targets";

// Issue 38 item 13: the group reaper's /bin/sh inherited the inspector's whole environment, the
// launch token and MCP_CLIENT_SECRET included, readable in its /proc/PID/environ for as long as
// the target ran.
const SECRETS = {
  INSPECTOR_TOKEN: "tok-reaper-0123456789",
  MCP_PROXY_AUTH_TOKEN: "proxy-reaper-0123456789",
  MCP_ACCESS_TOKEN: "access-reaper-0123456789",
  MCP_CLIENT_SECRET: "client-secret-reaper-0123456789",
};

describe.skipIf(process.platform !== "linux")("the group reaper's environment", () => {
  test("holds none of the inspector's secrets, nor anything else of its environment", async () => {
    const saved = { ...process.env };
    Object.assign(process.env, SECRETS);
    const target = spawn("sleep", ["30"], { detached: true, stdio: "ignore" });
    let watch: ReturnType<typeof watchGroup> | undefined;
    try {
      watch = watchGroup(target.pid!);
      expect(watch.pid).toBeTypeOf("number");
      const environ = readFileSync(`/proc/${watch.pid}/environ`, "utf8");
      for (const value of Object.values(SECRETS)) expect(environ).not.toContain(value);
      expect(environ.split("\0").filter(Boolean)).toEqual(["PATH=/usr/bin:/bin"]);
    } finally {
      process.env = saved;
      watch?.stop();
      target.kill("SIGKILL");
    }
  });
});

test("the browser opener gets none of the inspector's secrets, and the rest of the environment", () => {
  const env = openerEnv({ ...SECRETS, DISPLAY: ":0", HOME: "/home/me" });
  expect(env).toEqual({ DISPLAY: ":0", HOME: "/home/me" });
});

/** A process of its own that watches two sleeping groups with the real group-reaper module, forgets one, and says their pids. */
function watcherProcess(): { child: ReturnType<typeof spawn>; pids: Promise<{ kept: number; forgotten: number; reapers: number[] }> } {
  const dir = mkdtempSync(path.join(tmpdir(), "reaper-"));
  const module = path.join(dir, "group-reaper.mjs");
  writeFileSync(
    module,
    transformSync(readFileSync(path.join(ROOT, "server/engine/group-reaper.ts"), "utf8"), { loader: "ts", format: "esm" }).code,
  );
  const script = `
    import { spawn } from "node:child_process";
    import { watchGroup } from ${JSON.stringify(module)};
    const sleeper = () => spawn("sleep", ["30"], { detached: true, stdio: "ignore" });
    const kept = sleeper(), forgotten = sleeper();
    await Promise.all([kept, forgotten].map((c) => new Promise((r) => c.once("spawn", r))));
    const a = watchGroup(kept.pid), b = watchGroup(forgotten.pid);
    b.stop();
    process.stdout.write(JSON.stringify({ kept: kept.pid, forgotten: forgotten.pid, reapers: [a.pid, b.pid] }) + "\\n");
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  const pids = new Promise<{ kept: number; forgotten: number; reapers: number[] }>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d) => {
      out += d;
      if (out.includes("\n")) resolve(JSON.parse(out));
    });
    child.once("exit", (code) => reject(new Error(`the watching process exited (${code}) before saying its pids: ${out}`)));
  });
  return { child, pids };
}

describe.skipIf(process.platform !== "linux")("one reaper per process", () => {
  test("killed with SIGKILL, the process's watched group ends and the group it forgot lives on; one reaper for both, no process per group", async () => {
    const { child, pids } = watcherProcess();
    const { kept, forgotten, reapers } = await pids;
    try {
      expect(reapers[0]).toBeGreaterThan(0);
      expect(reapers[1]).toBe(reapers[0]);
      // Below the watching process: the two sleepers and the one reaper, nothing else (no `cat` per group).
      expect(descendants(child.pid!).sort()).toEqual([kept, forgotten, reapers[0]].sort());
      child.kill("SIGKILL");
      await waitFor(() => !alive(kept), 8000, "the watched group to end after its process was killed");
      await new Promise((r) => setTimeout(r, 300));
      expect(alive(forgotten)).toBe(true);
    } finally {
      for (const pid of [kept, forgotten]) {
        try {
          process.kill(-pid, "SIGKILL");
        } catch {
          // gone
        }
      }
    }
  });
});
