import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { parseCommandLine } from "../server/commands/main";
import { envFromFlags, parseEnvFile } from "../server/commands/shared/env-flags";
import type { TargetArgs } from "../server/commands/shared/target-flags";

const parseLauncherArgs = (argv: string[]) => parseCommandLine(argv).args as unknown as TargetArgs;
import { runLauncher, type LauncherRun } from "./helpers/launcher";
import { EVERYTHING, waitFor } from "./helpers/targets";
import { cmdline, commandLines } from "./helpers/proc";

// Issue 22 item 11: the README recommended `-e API_KEY=…`, which puts the secret in the
// inspector's argv (/proc/PID/cmdline: any local user reads it). `--pass-env NAME` takes the
// value from the inspector's own environment by name, `--env-file FILE` from a file: the value
// reaches the server and no process's command line.

const runs: LauncherRun[] = [];
afterEach(() => {
  for (const r of runs.splice(0)) if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill("SIGKILL");
});

const SECRET = "sk-live-7Hq2pass-env-value-93xZ";
const FROM_FILE = "file-secret-41fVq8-not-in-argv";

function environOf(pid: number): Record<string, string> {
  try {
    return Object.fromEntries(
      readFileSync(`/proc/${pid}/environ`, "utf8")
        .split("\0")
        .filter(Boolean)
        .map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)]),
    );
  } catch {
    return {};
  }
}

function envFile(text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "pass-env-")), "server.env");
  writeFileSync(file, text, { mode: 0o600 });
  return file;
}

describe("secrets for a launched server without argv", () => {
  test("--cli --pass-env SECRET_X: the server gets the value; the inspector's command line never holds it", async () => {
    const r = runLauncher(
      ["--cli", "--pass-env", "SECRET_X", "--method", "tools/call", "--tool-name", "get-env", "--", process.execPath, EVERYTHING, "stdio"],
      { SECRET_X: SECRET },
    );
    runs.push(r);
    const argv = cmdline(r.child.pid!);
    const { code } = await r.exited;
    expect(code, r.stderr()).toBe(0);
    expect(argv).toContain("--pass-env SECRET_X");
    expect(argv).not.toContain(SECRET);
    // get-env answers with the server's own environment.
    const env = JSON.parse(JSON.parse(r.stdout()).content[0].text) as Record<string, string>;
    expect(env.SECRET_X).toBe(SECRET);
  });

  test("the page mode with --env-file and --pass-env: the running server's environment holds both, no command line does", async () => {
    const file = envFile(`# the server's keys\n\nFILE_Y=${FROM_FILE}\nQUOTED="a b"\n`);
    const r = runLauncher(
      ["--no-open", "--port", "0", "--env-file", file, "--pass-env", "SECRET_X", "--", process.execPath, EVERYTHING, "stdio"],
      { SECRET_X: SECRET },
    );
    runs.push(r);
    await r.ready;
    // Found by its command line, not by SECRET_X: between fork and exec a child still shows its
    // parent's environment (which holds SECRET_X and not the file's keys), and CI caught it there.
    const server = await waitFor(
      () => commandLines(r.child.pid!).find(({ line }) => line.startsWith(`${process.execPath} ${EVERYTHING}`))?.pid,
      10_000,
      "the server process",
    );
    expect(environOf(server)).toMatchObject({ SECRET_X: SECRET, FILE_Y: FROM_FILE, QUOTED: "a b" });
    for (const { line } of commandLines(r.child.pid!)) {
      expect(line).not.toContain(SECRET);
      expect(line).not.toContain(FROM_FILE);
    }
    r.child.kill("SIGTERM");
    expect((await r.exited).code).toBe(0);
  });

  test("a name not set is said, not silently dropped; the file's errors name the line, never its value", async () => {
    const r = runLauncher(["--cli", "--pass-env", "NOT_SET_ANYWHERE_X", "--method", "ping", "--", process.execPath, EVERYTHING, "stdio"]);
    runs.push(r);
    expect((await r.exited).code).toBe(0);
    expect(r.stderr()).toContain("--pass-env NOT_SET_ANYWHERE_X: not set in the inspector's environment, not passed");
    const bad = runLauncher([
      "--cli",
      "--env-file",
      envFile(`OK=1\nthis line holds ${FROM_FILE}\n`),
      "--method",
      "ping",
      "--",
      process.execPath,
      EVERYTHING,
      "stdio",
    ]);
    runs.push(bad);
    expect((await bad.exited).code).toBe(1);
    expect(bad.stderr()).toMatch(/--env-file: .*server\.env line 2 is not KEY=VALUE/);
    expect(bad.stderr()).not.toContain(FROM_FILE);
  });
});

describe("--pass-env and --env-file, parsed", () => {
  test("every launching mode takes them (one meaning with replay's --pass-env)", () => {
    for (const argv of [
      ["--pass-env", "A", "node", "s.js"],
      ["--cli", "--pass-env", "A", "--method", "ping", "node", "s.js"],
      ["check", "--pass-env", "A", "node", "s.js"],
      ["replay", "f.json", "--pass-env", "A"],
    ]) {
      expect(parseLauncherArgs(argv).passEnv).toEqual(["A"]);
    }
    expect(parseLauncherArgs(["--env-file", "a.env", "--env-file", "b.env", "node", "s.js"]).envFiles).toEqual(["a.env", "b.env"]);
    expect(() => parseLauncherArgs(["--pass-env", "A=B", "node"])).toThrow(
      "--pass-env takes a variable's name only; to set A to a value, use -e A=VALUE",
    );
  });

  test("an env file: KEY=VALUE lines, # comments, blank lines, quotes around a value", () => {
    expect(parseEnvFile("# c\n\nA=1\nB = two words \nexport C='x=y'\nD=\"q\"\nE=\n", "f")).toEqual({
      A: "1",
      B: "two words",
      C: "x=y",
      D: "q",
      E: "",
    });
    expect(() => parseEnvFile("A=1\nnot a pair\n", "f")).toThrow("--env-file: f line 2 is not KEY=VALUE");
    expect(() => parseEnvFile("1A=x\n", "f")).toThrow("--env-file: f line 1 is not KEY=VALUE");
  });

  test("the file, then -e, then --pass-env; a --pass-env name that is not set is reported", () => {
    const file = envFile("A=from-file\nB=from-file\n");
    const a = parseLauncherArgs(["--env-file", file, "-e", "B=from-flag", "--pass-env", "C", "--pass-env", "D", "node", "s.js"]);
    expect(envFromFlags(a, { C: "from-env" })).toEqual({ env: { A: "from-file", B: "from-flag", C: "from-env" }, missing: ["D"] });
  });
});
