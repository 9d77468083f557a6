import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { SessionState } from "../../lib/session/state";
import type { Target } from "../../lib/target/target";
import { pathVariable } from "../../lib/session/secret-names";
import { writeSessionFile } from "../../server/record/session-file";
import { hostSecrets } from "../../server/tap/session";
import { recordedMessage } from "../helpers/recorded-session";

// Issue 72: the secret rule knows what is not a secret. A tap recording of a host saved its
// roots/list answer as `file://[redacted: marked secret]…` because the folder was $PWD, and every
// value of the host's environment was taken out. A path the environment names is kept; the
// secrets beside it are still taken out, on the tap's path (hostSecrets) and the target's env
// (every export, share link and session file: redactSession).

const FOLDER = "/home/ada/work/notes";
const HOST_ENV = {
  PWD: FOLDER,
  OLDPWD: "/home/ada/work",
  CLAUDE_PROJECT_DIR: FOLDER,
  MY_SERVICE_TOKEN: "tok-9f8e7d6c5b4a3210",
};
const TARGET: Target = {
  transport: "stdio",
  command: "node",
  args: ["server.js"],
  env: { PWD: FOLDER, API_KEY: "sk-live-0123456789abcdef" },
};

describe("a path the environment names is no secret", () => {
  it("a tap's recording keeps the folder the host offered as a root, and takes out the secrets beside it", () => {
    const entries = [
      recordedMessage(1, "server->client", { id: 1, method: "roots/list" }),
      recordedMessage(2, "client->server", { id: 1, result: { roots: [{ uri: `file://${FOLDER}`, name: "notes" }] } }),
      recordedMessage(3, "client->server", {
        id: 2,
        method: "tools/call",
        params: { name: "send", arguments: { token: HOST_ENV.MY_SERVICE_TOKEN, key: TARGET.env.API_KEY, from: HOST_ENV.OLDPWD } },
      }),
    ];
    const file = path.join(mkdtempSync(path.join(tmpdir(), "path-not-secret-")), "tap.mcp-session.json");
    const state = { status: "disconnected" } as SessionState;
    writeSessionFile(file, { target: TARGET, state, entries }, { redact: hostSecrets(HOST_ENV, TARGET) });
    const text = readFileSync(file, "utf8");
    expect(text).toContain(`"uri": "file://${FOLDER}"`);
    expect(text).toContain(`"from": "/home/ada/work"`);
    expect(text).not.toContain(HOST_ENV.MY_SERVICE_TOKEN);
    expect(text).not.toContain(TARGET.env.API_KEY);
  });

  it("the rule: a path-named variable holding a path; not a secret-shaped value, nor a path under another name", () => {
    for (const [name, value] of [
      ["PWD", FOLDER],
      ["OLDPWD", "/tmp"],
      ["HOME", "/root"],
      ["USERPROFILE", "C:\\Users\\ada"],
      ["XDG_CONFIG_HOME", "~/.config"],
      ["CLAUDE_PROJECT_DIR", FOLDER],
    ])
      expect(pathVariable(name, value), name).toBe(true);
    for (const [name, value] of [
      ["PWD", "hunter2-not-a-path"],
      ["API_KEY", "/looks/like/a/path"],
      ["HOME", "/home/with space"],
      ["DATA_DIR", "postgres://u:p@db/x"],
    ])
      expect(pathVariable(name, value), name).toBe(false);
  });
});
