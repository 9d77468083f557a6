import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { SessionState } from "../../lib/session/state";
import type { Target } from "../../lib/target/target";
import { hostValueSecret, randomLooking } from "../../lib/session/secret-env";
import { writeSessionFile } from "../../server/record/session-file";
import { hostSecrets } from "../../server/tap/session";
import { recordedMessage } from "../helpers/recorded-session";

// Issue 90 point 3: every value of 8 or more characters the host gave the tap was masked. Copilot
// CLI gives its servers GIT_CONFIG_VALUE_0=explicit, and the recording read "Optional [redacted:
// marked secret] elicitation ID" where the wire said "explicit": replay and diff then saw a
// changed description. A value is a secret by its name, its form or its randomness, not its length.

const TOKEN = "Xk9pQ2mZ7rT4vB1nW8cY3hL6";
const COPILOT_ENV = {
  GIT_CONFIG_COUNT: "1",
  GIT_CONFIG_VALUE_0: "explicit",
  COPILOT_CLI_VERSION: "1.0.102-production",
  TERM_PROGRAM: "copilot-terminal",
  GITHUB_PERSONAL_ACCESS_TOKEN: "short-pat",
  SERVICE_URL: "postgres://app:hunter2hunter2@db.internal/app",
  UNNAMED_SETTING: TOKEN,
};
const TARGET: Target = { transport: "stdio", command: "node", args: ["server.js"], env: {} };

describe("a host's environment value is a secret by its name, form or randomness, not its length", () => {
  it("Copilot CLI's own words stay; a named token, a password in a URL and a random key are taken out", () => {
    const secrets = hostSecrets(COPILOT_ENV, TARGET);
    expect(secrets).not.toContain("explicit");
    expect(secrets).not.toContain("1.0.102-production");
    expect(secrets).not.toContain("copilot-terminal");
    expect(secrets).toEqual(expect.arrayContaining(["short-pat", COPILOT_ENV.SERVICE_URL, TOKEN]));
  });

  it("the recording keeps the description as the wire said it, and lists what it took out", () => {
    const entries = [
      recordedMessage(1, "server->client", {
        id: 1,
        result: { tools: [{ name: "elicit", description: "Optional explicit elicitation ID", inputSchema: { type: "object" } }] },
      }),
      recordedMessage(2, "server->client", { id: 2, result: { content: [{ type: "text", text: `env says ${TOKEN}` }] } }),
    ];
    const file = path.join(mkdtempSync(path.join(tmpdir(), "host-env-secret-")), "tap.mcp-session.json");
    writeSessionFile(
      file,
      { target: TARGET, state: { status: "disconnected" } as SessionState, entries },
      { redact: hostSecrets(COPILOT_ENV, TARGET) },
    );
    const text = readFileSync(file, "utf8");
    expect(text).toContain("Optional explicit elicitation ID");
    expect(text).not.toContain(TOKEN);
    const saved = JSON.parse(text) as { redactions: Array<{ what: string; count: number }> };
    expect(saved.redactions.reduce((n, r) => n + r.count, 0)).toBeGreaterThan(0);
  });

  it("the rule itself: names and forms it already knows, and randomness", () => {
    expect(hostValueSecret("GIT_CONFIG_VALUE_0", "explicit")).toBe(false);
    expect(hostValueSecret("MY_API_KEY", "abc12345")).toBe(true);
    expect(hostValueSecret("TAP_BEARER", "tap-bearer-0123")).toBe(true);
    expect(hostValueSecret("ANYTHING", "ghp_abcdefghijklmnopqrstuvwxyz0123456789")).toBe(true);
    expect(hostValueSecret("PWD", "/home/ada/work")).toBe(false);
    for (const word of [
      "production-environment-2024",
      "node-v22.11.0-linux-x64",
      "en_US.UTF-8",
      "/run/user/1000/vscode-git-2f3b9c1a4e.sock",
    ])
      expect(randomLooking(word), word).toBe(false);
    for (const key of [TOKEN, "a3f5c9e1b2d4f6a87c0e", "tok-9f8e7d6c5b4a3210"]) expect(randomLooking(key), key).toBe(true);
  });
});
