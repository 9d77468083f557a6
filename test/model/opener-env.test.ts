import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { openBrowser, openerEnv } from "../../server/launcher/open-browser";
import { waitFor } from "../helpers/targets";

// Issue 52 item 6: the browser opener got the inspector's whole environment but the launch token
// and OAuth's secrets, so ANTHROPIC_API_KEY and OPENAI_API_KEY reached a process that outlives the
// inspector (the key store promises "never a child's environment"). A fake browser writes the
// environment it got to a file.
const SECRETS = {
  ANTHROPIC_API_KEY: "sk-ant-api03-OPENERleak0123456789abcdefgh",
  OPENAI_API_KEY: "sk-proj-OPENERleak0123456789abcdefghijkl",
  MODEL_API_KEY: "mk-OPENERleak0123456789abcdefghijklmnop",
  INSPECTOR_TOKEN: "tok-OPENERleak0123456789",
  MCP_CLIENT_SECRET: "client-secret-OPENERleak0123",
  AWS_SECRET_ACCESS_KEY: "aws-OPENERleak0123456789abcdefghijklmn",
  GITHUB_TOKEN: "ghp_OPENERleak0123456789abcdefghijklmnopq",
  DATABASE_URL: "postgres://me:OPENERleakPW@db/x",
  XDG_SESSION_TOKEN: "xdg-OPENERleak0123456789",
};

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe.skipIf(process.platform === "win32")("the browser opener's environment", () => {
  test("a fake browser started by openBrowser sees no model key, token or other secret, and keeps what a desktop needs", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "opener-env-"));
    dirs.push(dir);
    const out = path.join(dir, "env.txt");
    const program = path.join(dir, "browser.sh");
    // The output path is in the script, not in the environment (which is what is under test).
    writeFileSync(program, `#!/bin/sh\nenv > ${JSON.stringify(out)}.part && mv ${JSON.stringify(out)}.part ${JSON.stringify(out)}\n`);
    chmodSync(program, 0o755);
    const env = {
      ...SECRETS,
      INSPECTOR_BROWSER: program,
      PATH: process.env.PATH,
      HOME: "/home/someone",
      DISPLAY: ":7",
      XDG_RUNTIME_DIR: "/run/user/1000",
      LC_ALL: "C.UTF-8",
      WAYLAND_DISPLAY: "wayland-0",
    };
    expect(openBrowser("http://127.0.0.1:1/?launch=x", env)).toBe(true);
    await waitFor(() => existsSync(out) || undefined, 10_000, "the fake browser's env file");
    const seen = readFileSync(out, "utf8");
    for (const [name, value] of Object.entries(SECRETS)) {
      expect(seen, name).not.toContain(value);
      expect(seen, name).not.toContain(`${name}=`);
    }
    expect(seen).toContain("DISPLAY=:7");
    expect(seen).toContain("HOME=/home/someone");
    expect(seen).toContain("XDG_RUNTIME_DIR=/run/user/1000");
    expect(seen).toContain("WAYLAND_DISPLAY=wayland-0");
    expect(seen).toContain("LC_ALL=C.UTF-8");
  });

  test("openerEnv is an allow-list: a variable it does not know is left out whatever its name", () => {
    expect(
      openerEnv({ ...SECRETS, MY_VAR: "x", NODE_OPTIONS: "--require evil.js", DISPLAY: ":0", XAUTHORITY: "/home/me/.Xauthority" }),
    ).toEqual({
      DISPLAY: ":0",
      XAUTHORITY: "/home/me/.Xauthority",
    });
  });
});
