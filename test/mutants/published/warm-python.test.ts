// warm_start.py: a start through the warm server must be the script's own start in every way the
// corpus's verdicts can see (its argv, folder, environment, streams and exit), and a stop of the
// caller must stop the script, or a run would judge a server that is not the one it started.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { alive } from "../../helpers/launcher";
import { ensureVenv } from "./venv";
import { startWarm, WARM_START } from "./warm-python";

let python = "";
let warm: Awaited<ReturnType<typeof startWarm>>;
const dir = mkdtempSync(path.join(os.tmpdir(), "warm-python-test-"));
const script = path.join(dir, "echo_server.py");
// Says who it is (its pid, parent, argv, folder, one variable), echoes stdin, ends as told.
writeFileSync(
  script,
  [
    "import json, os, sys",
    "sys.stderr.write('err line\\n')",
    "print(json.dumps({'pid': os.getpid(), 'argv': sys.argv, 'cwd': os.getcwd(), 'var': os.environ.get('WARM_TEST_VAR'), 'name': __name__}), flush=True)",
    "for line in sys.stdin:",
    "    if line.strip() == 'crash':",
    "        raise RuntimeError('asked to crash')",
    "    if line.startswith('exit '):",
    "        sys.exit(int(line.split()[1]))",
    "    print('echo ' + line.strip(), flush=True)",
  ].join("\n"),
);

beforeAll(async () => {
  python = await ensureVenv();
  warm = await startWarm(python, ["json"]);
}, 300_000);
afterAll(() => {
  warm?.child.kill("SIGTERM");
  rmSync(warm?.dir ?? "", { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the script through `run` (or its socket's absence) with `input`, to its end. */
function run(input: string, socket = path.join(warm.dir, "s")) {
  const child = spawn(python, ["-S", WARM_START, "run", socket, script, "--flag", "a b"], {
    cwd: os.tmpdir(),
    env: { ...process.env, WARM_TEST_VAR: "from the caller" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (err += d.toString()));
  child.stdin.end(input);
  return new Promise<{ code: number | null; signal: string | null; out: string; err: string; pid: number }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, out, err, pid: child.pid! })),
  );
}

const said = (out: string) => JSON.parse(out.split("\n")[0]) as { pid: number; argv: string[]; cwd: string; var: string; name: string };

test("a warm start is the script's own: its argv, the caller's folder, environment and streams, its exit code", async () => {
  const ok = await run("hello\nexit 3\n");
  expect(ok.code).toBe(3);
  const who = said(ok.out);
  expect(who).toMatchObject({ argv: [script, "--flag", "a b"], cwd: os.tmpdir(), var: "from the caller", name: "__main__" });
  expect(ok.out.split("\n")[1]).toBe("echo hello");
  expect(ok.err).toBe("err line\n");
  // A process of its own, forked by the warm server, not the caller itself.
  expect(who.pid).not.toBe(ok.pid);

  const other = await run("");
  expect(other.code).toBe(0);
  expect(said(other.out).pid).not.toBe(who.pid);

  const crash = await run("crash\n");
  expect(crash.code).toBe(1);
  expect(crash.err).toContain("RuntimeError: asked to crash");
});

test("a signal to the caller ends the script, and the caller ends as the script did", async () => {
  const child = spawn(python, ["-S", WARM_START, "run", path.join(warm.dir, "s"), script], { stdio: ["pipe", "pipe", "inherit"] });
  const first = await new Promise<string>((resolve) => child.stdout.once("data", (d: Buffer) => resolve(d.toString())));
  const { pid } = said(first);
  const ended = new Promise<string | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
  child.kill("SIGTERM");
  expect(await ended).toBe("SIGTERM");
  await expect.poll(() => alive(pid)).toBe(false);
});

test("with no warm server at the socket, the script starts cold, the same way", async () => {
  const cold = await run("hi\n", path.join(dir, "no-socket"));
  expect(cold.code).toBe(0);
  expect(said(cold.out)).toMatchObject({ argv: [script, "--flag", "a b"], var: "from the caller" });
  expect(cold.out.split("\n")[1]).toBe("echo hi");
});
