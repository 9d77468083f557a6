import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { watchGroup } from "../../server/engine/group-reaper";
import { openerEnv } from "../../server/launcher/open-browser";

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
